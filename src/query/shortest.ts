// Breadth-first shortest-path levels over any notion of "neighbour": the CLI's `path` walks the
// relations a query lets through, the explorer the edges on screen. Pure: no graph type needed.

export interface ShortestDag {
  /** Hops from the source, for every node reached. */
  depth: Map<string, number>;
  /** Every reached node's predecessors on shortest paths from the source, in discovery order. */
  predecessors: Map<string, string[]>;
}

/** Breadth-first levels from source until target's level (or maxHops); `neighbours` must not repeat a node. */
export function shortestDag(source: string, target: string, maxHops: number, neighbours: (node: string) => Iterable<string>): ShortestDag {
  const depth = new Map([[source, 0]]);
  const predecessors = new Map<string, string[]>();
  let frontier = [source];
  for (let level = 1; level <= maxHops && frontier.length > 0 && !depth.has(target); level++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const neighbour of neighbours(node)) {
        if (!depth.has(neighbour)) {
          depth.set(neighbour, level);
          next.push(neighbour);
        }
        if (depth.get(neighbour) !== level) continue;
        const list = predecessors.get(neighbour);
        if (list) list.push(node);
        else predecessors.set(neighbour, [node]);
      }
    }
    frontier = next;
  }
  return { depth, predecessors };
}
