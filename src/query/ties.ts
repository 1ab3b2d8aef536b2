// Searches (who at depth 2, path) weigh thousands of ties and show a few: they weigh ties from
// the edges' weights alone, and build relation views (with evidence) only for the ties shown.
import type { KnowledgeGraph } from "../graph/types.ts";
import { relationsByNeighbour, relationStrength, relationView, strength, strongestFirst, type RelationFilter, type RelationView } from "./relations.ts";

/** How strongly `node` is tied to each neighbour: what strength(relationsByNeighbour(…)) gives, for less. */
export function tieStrengths(graph: KnowledgeGraph, node: string, filter: RelationFilter = {}): Map<string, number> {
  const out = new Map<string, number>();
  if (filter.since || filter.until) {
    // Inside a date window, a tie's weight depends on its evidence: the full views are needed.
    for (const [other, relations] of relationsByNeighbour(graph, node, filter)) out.set(other, strength(relations));
    return out;
  }
  graph.forEachEdge(node, (_edge, a, source, target) => {
    const other = source === node ? target : source;
    if (other === node || (filter.typedOnly && a.predicate === "co_mention")) return;
    out.set(other, (out.get(other) ?? 0) + relationStrength(a));
  });
  return out;
}

/** The relations between two nodes, seen from `node`, strongest first: relationsByNeighbour(…).get(other), for one pair. */
export function relationsBetween(graph: KnowledgeGraph, node: string, other: string, filter: RelationFilter = {}): RelationView[] {
  const views: RelationView[] = [];
  for (const edge of new Set([...graph.edges(node, other), ...graph.edges(other, node)])) {
    const view = relationView(graph, edge, node, filter);
    if (view) views.push(view);
  }
  return views.sort(strongestFirst);
}
