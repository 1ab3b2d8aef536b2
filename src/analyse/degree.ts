// Degree (distinct neighbours) and weighted degree (sum of link weights) per node.
import type { KnowledgeGraph } from "../graph/types.ts";
import { undirectedProjection, type WeightedGraph } from "./projection.ts";
import { roundSignificant } from "./rng.ts";

export interface Degrees {
  degree: number;
  weightedDegree: number;
}

export function degrees(graph: WeightedGraph): Record<string, Degrees> {
  const result: Record<string, Degrees> = {};
  graph.forEachNode((node) => {
    let weighted = 0;
    graph.forEachEdge(node, (_edge, link) => {
      weighted += link.weight;
    });
    result[node] = { degree: graph.degree(node), weightedDegree: roundSignificant(weighted) };
  });
  return result;
}

degrees.assign = (graph: KnowledgeGraph, projection: WeightedGraph = undirectedProjection(graph)): void => {
  const found = degrees(projection);
  graph.forEachNode((node) => graph.mergeNodeAttributes(node, found[node]!));
};
