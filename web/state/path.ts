// Shortest path between two entities over the edges on screen, ignoring direction: a person
// asking "how are A and B linked" means any relation, either way round.
import type { KnowledgeGraph } from "./graph.ts";

export function shortestVisiblePath(
  graph: KnowledgeGraph,
  from: string,
  to: string,
  edgeShown: (edge: string) => boolean,
): string[] | null {
  if (from === to) return [from];
  const parent = new Map<string, string>([[from, from]]);
  let frontier = [from];
  while (frontier.length) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const edge of graph.edges(node)) {
        if (!edgeShown(edge)) continue;
        const other = graph.opposite(node, edge);
        if (parent.has(other)) continue;
        parent.set(other, node);
        if (other === to) return unwind(parent, to);
        next.push(other);
      }
    }
    frontier = next;
  }
  return null;
}

function unwind(parent: Map<string, string>, end: string): string[] {
  const path = [end];
  for (let node = end; parent.get(node) !== node; ) {
    node = parent.get(node)!;
    path.push(node);
  }
  return path.reverse();
}
