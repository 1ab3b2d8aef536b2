// Merging nodes of a built graph into one (a person's curation says two nodes are one thing):
// mentions, aliases, digests and dates join the survivor, and every edge moves to it. An edge
// the two had to one neighbour becomes one edge whose evidence is the newest of both, each piece
// once (a sentence both stated counts once in the weight, as a build counts it).
import type { EdgeAttributes, Evidence } from "../types.ts";
import { BUILD_DEFAULTS, type BuildOptions } from "./build.ts";
import { maxDate, minDate } from "./dates.ts";
import { byRecency, edgeKey, evidenceCap, evidenceId, orient } from "./edges.ts";
import type { KnowledgeGraph } from "./types.ts";

/** The name first, then the other aliases in code-unit order: what a build gives a node. */
export function orderedAliases(name: string, aliases: Iterable<string>): string[] {
  const rest = [...new Set(aliases)].filter((a) => a !== name).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return [name, ...rest];
}

/** `b`'s evidence and counts joined to `a` (same edge key), in place. */
function mergeEdge(a: EdgeAttributes, b: EdgeAttributes, limits: BuildOptions): void {
  // A page's graph carries no evidence (the explorer fetches it per entity): weights then just add.
  const ours: Evidence[] = a.evidence ?? [];
  const theirs: Evidence[] = b.evidence ?? [];
  const byId = new Map(ours.map((e) => [evidenceId(e), e]));
  let shared = 0;
  for (const e of theirs) {
    const id = evidenceId(e);
    if (byId.has(id)) shared++;
    else byId.set(id, e);
  }
  if (a.evidence !== undefined || b.evidence !== undefined) a.evidence = [...byId.values()].sort(byRecency).slice(0, evidenceCap(a.predicate, limits));
  a.weight += b.weight - shared;
  const roles = new Set([...(a.roles ?? []), ...(b.roles ?? [])]);
  if (roles.size) a.roles = [...roles].sort();
  a.firstSeen = minDate(a.firstSeen, b.firstSeen);
  a.lastSeen = maxDate(a.lastSeen, b.lastSeen);
}

/**
 * Moves node `from` into node `into` and drops it; returns the nodes whose edges changed (`into`
 * and its neighbours). `into` keeps its name, type and analyses, but for PageRank, which adds up.
 * Edges that would join `into` to itself are dropped, as a build drops them.
 */
export function mergeNodes(graph: KnowledgeGraph, into: string, from: string, limits: BuildOptions = BUILD_DEFAULTS): Set<string> {
  const a = graph.getNodeAttributes(into);
  const b = graph.getNodeAttributes(from);
  graph.mergeNodeAttributes(into, {
    mentions: a.mentions + b.mentions,
    aliases: orderedAliases(a.name, [...a.aliases, ...b.aliases]),
    docs: [...new Set([...a.docs, ...b.docs])].sort(),
    firstSeen: minDate(a.firstSeen, b.firstSeen),
    lastSeen: maxDate(a.lastSeen, b.lastSeen),
    ...(a.pagerank !== undefined || b.pagerank !== undefined ? { pagerank: (a.pagerank ?? 0) + (b.pagerank ?? 0) } : {}),
  });
  const touched = new Set([into]);
  for (const edge of graph.edges(from)) {
    const attributes = graph.getEdgeAttributes(edge);
    const source = graph.source(edge) === from ? into : graph.source(edge);
    const target = graph.target(edge) === from ? into : graph.target(edge);
    touched.add(source).add(target);
    if (source === target) continue;
    const [x, y] = orient(attributes.predicate, source, target);
    const key = edgeKey(attributes.predicate, x, y);
    // Through graphology, not in place: a change recorded from its events (changes.ts) sees it.
    if (graph.hasEdge(key)) graph.updateEdgeAttributes(key, (kept) => (mergeEdge(kept, attributes, limits), kept));
    else graph.addEdgeWithKey(key, x, y, { ...attributes });
  }
  graph.dropNode(from);
  return touched;
}
