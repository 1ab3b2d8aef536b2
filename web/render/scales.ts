// Node size from PageRank: square-root scaled between bounds that shrink as the graph grows.
import type { KnowledgeGraph } from "../state/graph.ts";

export function pagerankSize(graph: KnowledgeGraph): (pagerank: number | undefined) => number {
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
  if (!(span > 0)) return () => (low + high) / 3;
  return (pr) => low + (high - low) * Math.sqrt(((pr ?? min) - min) / span);
}
