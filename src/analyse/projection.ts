// The analyses read the knowledge graph as a weighted, undirected simple graph: every edge
// between two entities, whatever its predicate or direction, adds its weight to one link.
import { UndirectedGraph } from "graphology";
import type { KnowledgeGraph } from "../graph/types.ts";
import { useDictionaryAdjacency } from "../graph/dictionary-adjacency.ts";

export interface LinkAttributes {
  weight: number;
}
export type WeightedGraph = UndirectedGraph<Record<string, unknown>, LinkAttributes>;

export interface ProjectionOptions {
  /** Multiplier for co-mention weight: a co-occurrence says less than a stated relation. */
  coMentionWeight: number;
}

export const PROJECTION_DEFAULTS: ProjectionOptions = { coMentionWeight: 0.5 };

export function undirectedProjection(graph: KnowledgeGraph, options: Partial<ProjectionOptions> = {}): WeightedGraph {
  const { coMentionWeight } = { ...PROJECTION_DEFAULTS, ...options };
  // Summed in a map first: one graph insertion per pair is much cheaper than an update per edge.
  const links = new Map<string, { source: string; target: string; weight: number }>();
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (source === target) return;
    const [a, b] = source < target ? [source, target] : [target, source];
    const pair = `${a}\u0000${b}`;
    const weight = attributes.weight * (attributes.predicate === "co_mention" ? coMentionWeight : 1);
    const link = links.get(pair);
    if (link) link.weight += weight;
    else links.set(pair, { source: a, target: b, weight });
  });
  const projection: WeightedGraph = new UndirectedGraph({ allowSelfLoops: false });
  graph.forEachNode((node) => {
    projection.addNode(node);
  });
  useDictionaryAdjacency(projection);
  for (const { source, target, weight } of links.values()) projection.addEdge(source, target, { weight });
  return projection;
}
