// Merging two nodes of a built graph into one (the incremental path, when a new digest shows
// two nodes are one thing): mentions, aliases, digests and every edge move to the survivor.
import type { EdgeAttributes } from "../types.ts";
import type { BuildOptions } from "./build.ts";
import { maxDate, minDate } from "./dates.ts";
import { byRecency, edgeKey, evidenceCap, evidenceId, orient } from "./edges.ts";
import type { KnowledgeGraph } from "./types.ts";

function mergeEdge(a: EdgeAttributes, b: EdgeAttributes, limits: BuildOptions): void {
  const cap = evidenceCap(a.predicate, limits);
  const byId = new Map([...a.evidence, ...b.evidence].map((e) => [evidenceId(e), e]));
  a.evidence = [...byId.values()].sort(byRecency).slice(0, cap);
  a.weight += b.weight;
  const roles = new Set([...(a.roles ?? []), ...(b.roles ?? [])]);
  if (roles.size) a.roles = [...roles].sort();
  a.firstSeen = minDate(a.firstSeen, b.firstSeen);
  a.lastSeen = maxDate(a.lastSeen, b.lastSeen);
}

/** Moves node `from` into node `into` and drops it. Edges that would join `into` to itself are dropped, as a build drops them. */
export function mergeNodes(graph: KnowledgeGraph, into: string, from: string, limits: BuildOptions): void {
  const a = graph.getNodeAttributes(into);
  const b = graph.getNodeAttributes(from);
  a.mentions += b.mentions;
  for (const alias of b.aliases) if (!a.aliases.includes(alias)) a.aliases.push(alias);
  a.docs = [...new Set([...a.docs, ...b.docs])].sort();
  a.firstSeen = minDate(a.firstSeen, b.firstSeen);
  a.lastSeen = maxDate(a.lastSeen, b.lastSeen);
  for (const edge of graph.edges(from)) {
    const attributes = graph.getEdgeAttributes(edge);
    const source = graph.source(edge) === from ? into : graph.source(edge);
    const target = graph.target(edge) === from ? into : graph.target(edge);
    if (source === target) continue;
    const [x, y] = orient(attributes.predicate, source, target);
    const key = edgeKey(attributes.predicate, x, y);
    if (graph.hasEdge(key)) mergeEdge(graph.getEdgeAttributes(key), attributes, limits);
    else graph.addEdgeWithKey(key, x, y, { ...attributes });
  }
  graph.dropNode(from);
}
