// Node size from PageRank: square-root scaled between bounds that shrink as the graph grows.
import type { KnowledgeGraph } from "../state/graph.ts";

export type SizeScale = ((pagerank: number | undefined) => number) & {
  /** What it was made from: a graph that changed needs a new scale (and every node redrawn) only when these did. */
  readonly key: string;
};

export function pagerankSize(graph: KnowledgeGraph): SizeScale {
  let min = Infinity;
  let max = -Infinity;
  graph.forEachNode((_, a) => {
    const pr = a.pagerank ?? 0;
    if (pr < min) min = pr;
    if (pr > max) max = pr;
  });
  const big = graph.order > 2000;
  // Many nodes: smaller discs, which also keeps software rendering (fill-bound) fluid.
  const [low, high] = big ? [1, 8] : [3, 16];
  const span = max - min;
  const key = `${min}|${max}|${big}`;
  if (!(span > 0)) return Object.assign(() => (low + high) / 3, { key });
  return Object.assign((pr: number | undefined) => low + (high - low) * Math.sqrt(((pr ?? min) - min) / span), { key });
}
