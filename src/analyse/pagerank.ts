// PageRank over the undirected projection: importance from being linked to important entities.
import pagerankMetric from "graphology-metrics/centrality/pagerank.js";
import type { KnowledgeGraph } from "../graph/types.ts";
import { undirectedProjection, type WeightedGraph } from "./projection.ts";
import { roundSignificant } from "./rng.ts";

export interface PagerankOptions {
  alpha: number;
  maxIterations: number;
  tolerance: number;
}

export const PAGERANK_DEFAULTS: PagerankOptions = { alpha: 0.85, maxIterations: 100, tolerance: 1e-6 };

export function pagerank(graph: WeightedGraph, options: Partial<PagerankOptions> = {}): Record<string, number> {
  if (graph.order === 0) return {};
  const ranks = pagerankMetric(graph, { ...PAGERANK_DEFAULTS, ...options, getEdgeWeight: "weight" });
  for (const node in ranks) ranks[node] = roundSignificant(ranks[node]!);
  return ranks;
}

pagerank.assign = (
  graph: KnowledgeGraph,
  options: Partial<PagerankOptions> = {},
  projection: WeightedGraph = undirectedProjection(graph),
): void => {
  const ranks = pagerank(projection, options);
  graph.forEachNode((node) => graph.setNodeAttribute(node, "pagerank", ranks[node] ?? 0));
};
