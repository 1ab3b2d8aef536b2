// Betweenness centrality (hop distance, normalised): exact from every node on small graphs,
// estimated from a seeded sample of pivots on large ones, where exact costs minutes.
import { createUnweightedIndexedBrandes } from "graphology-shortest-path/indexed-brandes.js";
import type { KnowledgeGraph } from "../graph/types.ts";
import { undirectedProjection, type WeightedGraph } from "./projection.ts";
import { mulberry32, roundSignificant } from "./rng.ts";

export interface BetweennessOptions {
  /** Above this many nodes, sample pivots instead of starting from every node. */
  exactLimit: number;
  /** Pivots to sample, by graph size: each costs one breadth-first search over the graph. */
  pivots: (order: number, size: number) => number;
  seed: number;
}

export const BETWEENNESS_DEFAULTS: BetweennessOptions = {
  exactLimit: 2000,
  // About 2e7 node-or-link visits in all (≈ 1–2 s): 500 pivots on small graphs, fewer on big ones
  // (93 on the 900-digest corpus).
  pivots: (order, size) => Math.min(500, Math.max(64, Math.round(2e7 / (order + size)))),
  seed: 42,
};

export interface Betweenness {
  scores: Record<string, number>;
  method: "exact" | "sampled";
}

/** k distinct indices out of n, by a seeded partial Fisher–Yates shuffle. */
function samplePivots(n: number, k: number, seed: number): number[] {
  const rng = mulberry32(seed);
  const indices = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rng() * (n - i));
    [indices[i], indices[j]] = [indices[j]!, indices[i]!];
  }
  return indices.slice(0, k);
}

export function betweenness(graph: WeightedGraph, options: Partial<BetweennessOptions> = {}): Betweenness {
  const { exactLimit, pivots, seed } = { ...BETWEENNESS_DEFAULTS, ...options };
  const n = graph.order;
  if (n === 0) return { scores: {}, method: "exact" }; // graphology's Brandes refuses an empty graph
  const k = pivots(n, graph.size);
  const exact = n <= exactLimit || k >= n;
  const sources = exact ? Array.from({ length: n }, (_, i) => i) : samplePivots(n, k, seed);
  const brandes = createUnweightedIndexedBrandes(graph);
  const delta = new Float64Array(n);
  const centrality = new Float64Array(n);

  for (const source of sources) {
    const [stack, predecessors, sigma] = brandes(source);
    delta.fill(0);
    while (stack.size !== 0) {
      const w = stack.pop()!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (const v of predecessors[w]!) delta[v]! += sigma[v]! * coefficient;
      if (w !== source) centrality[w]! += delta[w]!;
    }
  }
  // Same scale as graphology-metrics' normalised betweenness; a sample stands for all sources.
  const scale = (n <= 2 ? 1 : 1 / ((n - 1) * (n - 2))) * (n / Math.max(1, sources.length));
  const scores: Record<string, number> = {};
  // The brandes index numbers nodes in graph.nodes() order (its typings omit `.index`).
  graph.nodes().forEach((node, i) => {
    scores[node] = roundSignificant(centrality[i]! * scale);
  });
  return { scores, method: exact ? "exact" : "sampled" };
}

betweenness.assign = (
  graph: KnowledgeGraph,
  options: Partial<BetweennessOptions> = {},
  projection: WeightedGraph = undirectedProjection(graph),
): Betweenness => {
  const found = betweenness(projection, options);
  graph.forEachNode((node) => graph.setNodeAttribute(node, "betweenness", found.scores[node] ?? 0));
  graph.setAttribute("betweenness", found.method);
  return found;
};
