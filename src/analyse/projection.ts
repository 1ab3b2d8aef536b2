// The analyses read the knowledge graph as a weighted, undirected simple graph: every edge
// between two entities, whatever its predicate or direction, adds its weight to one link.
import { UndirectedGraph } from "graphology";
import type { KnowledgeGraph } from "../graph/types.ts";

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
  const weights = new Map<string, number>();
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (source === target) return;
    const pair = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const weight = attributes.weight * (attributes.predicate === "co_mention" ? coMentionWeight : 1);
    weights.set(pair, (weights.get(pair) ?? 0) + weight);
  });
  const projection: WeightedGraph = new UndirectedGraph({ allowSelfLoops: false });
  graph.forEachNode((node) => {
    projection.addNode(node);
  });
  for (const [pair, weight] of weights) {
    const cut = pair.indexOf("\u0000");
    projection.addEdge(pair.slice(0, cut), pair.slice(cut + 1), { weight });
  }
  return projection;
}
