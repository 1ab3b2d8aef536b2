// Shortest path between two entities over the edges on screen, ignoring direction: a person
// asking "how are A and B linked" means any relation, either way round. The search itself is the
// CLI's (src/query/shortest.ts); only "neighbour" differs: an edge the filters let through.
import { shortestDag } from "../../src/query/shortest.ts";
import type { KnowledgeGraph } from "./graph.ts";

function visibleNeighbours(graph: KnowledgeGraph, node: string, edgeShown: (edge: string) => boolean): Set<string> {
  const out = new Set<string>();
  graph.forEachEdge(node, (edge, _a, source, target) => {
    if (edgeShown(edge)) out.add(source === node ? target : source);
  });
  return out;
}

/** Node ids from `from` to `to`, or null when the edges on screen do not link them. */
export function shortestVisiblePath(
  graph: KnowledgeGraph,
  from: string,
  to: string,
  edgeShown: (edge: string) => boolean,
): string[] | null {
  if (from === to) return [from];
  const { depth, predecessors } = shortestDag(from, to, Infinity, (node) => visibleNeighbours(graph, node, edgeShown));
  if (!depth.has(to)) return null;
  // Back from the target along each node's first predecessor: the first path the search found.
  const path = [to];
  for (let node = to; node !== from; ) {
    node = predecessors.get(node)![0]!;
    path.push(node);
  }
  return path.reverse();
}
