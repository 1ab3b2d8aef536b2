// Finds entities by any name they go by: id, name or alias, in either script, whatever the case,
// spacing or hyphens (NFKC, the same key the resolver uses). Suggests close names on a miss.
import type { KnowledgeGraph } from "../graph/types.ts";
import type { NodeAttributes } from "../types.ts";
import { freshNameKey, nameKey } from "../resolve/normalize.ts";

export interface AliasIndex {
  /** Name key → node ids, best claim first (own name before alias, then most mentioned). */
  byKey: Map<string, string[]>;
}

/** Calls `claim` with each key a node goes by: its own (id, name), then its aliases' apart from those. */
function forEachClaim(node: string, a: NodeAttributes, claim: (key: string, own: boolean) => void): void {
  // Each name is seen once here: the memo behind nameKey would only churn.
  const ofId = freshNameKey(node);
  const ofName = freshNameKey(a.name);
  if (ofId) claim(ofId, true);
  if (ofName) claim(ofName, true);
  for (const alias of a.aliases) {
    const key = alias === a.name ? ofName : freshNameKey(alias);
    if (key && key !== ofId && key !== ofName) claim(key, false);
  }
}

/** Most mentioned first, then by id: a total order, so an entry does not depend on the order of claims. */
const byRank = (graph: KnowledgeGraph) => {
  const mentions = (node: string): number => graph.getNodeAttribute(node, "mentions");
  return (a: string, b: string): number => mentions(b) - mentions(a) || (a < b ? -1 : 1);
};

/** A key's entry: the nodes it is their own name of, then those it is an alias of, each best first. */
function entry(owners: string[], aliased: string[], rank: (a: string, b: string) => number): string[] {
  if (owners.length > 1) owners.sort(rank);
  if (aliased.length === 0) return owners;
  if (aliased.length > 1) aliased.sort(rank);
  return owners.length ? [...owners, ...aliased.filter((n) => !owners.includes(n))] : aliased;
}

export function createAliasIndex(graph: KnowledgeGraph): AliasIndex {
  // Own names (id or name) and aliases apart: a node's own name outranks another's alias.
  const own = new Map<string, string[]>();
  const aliases = new Map<string, string[]>();
  graph.forEachNode((node, a) =>
    forEachClaim(node, a, (key, isOwn) => {
      const claims = isOwn ? own : aliases;
      const list = claims.get(key);
      if (!list) claims.set(key, [node]);
      else if (list[list.length - 1] !== node) list.push(node); // a node's claims come one after another
    }),
  );
  const rank = byRank(graph);
  const byKey = new Map<string, string[]>();
  for (const [key, nodes] of own) byKey.set(key, entry(nodes, [], rank));
  for (const [key, nodes] of aliases) byKey.set(key, entry(byKey.get(key) ?? [], nodes, rank));
  return { byKey };
}

/** The keys a node goes by (its id, name and aliases'), as the index files it: taken before a change, they spare reindexNodes its scan. */
export function claimedKeys(graph: KnowledgeGraph, nodes: Iterable<string>): Set<string> {
  const keys = new Set<string>();
  for (const node of nodes) if (graph.hasNode(node)) forEachClaim(node, graph.getNodeAttributes(node), (key) => keys.add(key));
  return keys;
}

/**
 * After `changed` nodes were added, dropped, merged or gained names or mentions: brings every
 * entry that names them, or that they now claim, to what createAliasIndex would build, at the
 * cost of those entries only (folding a digest into a loaded store keeps its index this way).
 * Finding the entries that name them scans the index, unless `formerKeys` gives the keys they
 * claimed before the change (claimedKeys).
 */
export function reindexNodes(index: AliasIndex, graph: KnowledgeGraph, changed: Iterable<string>, formerKeys?: Iterable<string>): void {
  const nodes = new Set(changed);
  // What the changed nodes claim now, by key: node → whether as its own name.
  const claims = new Map<string, Map<string, boolean>>();
  for (const node of nodes) {
    if (!graph.hasNode(node)) continue;
    forEachClaim(node, graph.getNodeAttributes(node), (key, isOwn) => {
      const byNode = claims.get(key) ?? new Map<string, boolean>();
      if (byNode.size === 0) claims.set(key, byNode);
      byNode.set(node, isOwn);
    });
  }
  const keys = new Set(claims.keys());
  if (formerKeys) for (const key of formerKeys) keys.add(key);
  else for (const [key, listed] of index.byKey) if (listed.some((n) => nodes.has(n))) keys.add(key);
  const rank = byRank(graph);
  for (const key of keys) {
    const owners: string[] = [];
    const aliased: string[] = [];
    // A node left unchanged still claims the keys it is listed under, as it did.
    for (const node of index.byKey.get(key) ?? []) {
      if (nodes.has(node)) continue;
      const isOwn = freshNameKey(node) === key || freshNameKey(graph.getNodeAttribute(node, "name")) === key;
      (isOwn ? owners : aliased).push(node);
    }
    for (const [node, isOwn] of claims.get(key) ?? []) (isOwn ? owners : aliased).push(node);
    const list = entry(owners, aliased, rank);
    if (list.length) index.byKey.set(key, list);
    else index.byKey.delete(key);
  }
}

/** Every node the name may mean, best first (empty when none). */
export function lookupAll(index: AliasIndex, name: string): string[] {
  return index.byKey.get(nameKey(name)) ?? [];
}

export function lookup(index: AliasIndex, name: string): string | undefined {
  return lookupAll(index, name)[0];
}

/** Edit distance, giving up (returning max + 1) once it must exceed `max`. */
export function boundedLevenshtein(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** Names of the nodes closest to a name nobody goes by: containing it, or a few edits away. */
export function suggest(index: AliasIndex, graph: KnowledgeGraph, name: string, count = 3): string[] {
  const query = nameKey(name);
  if (!query) return [];
  const max = Math.max(1, Math.floor(query.length / 3));
  const scored = new Map<string, number>();
  for (const [key, nodes] of index.byKey) {
    const contained = query.length >= 2 && key.length >= 2 && (key.includes(query) || query.includes(key));
    const distance = contained ? 0.5 + Math.abs(key.length - query.length) / 100 : boundedLevenshtein(query, key, max);
    if (distance > max) continue;
    for (const node of nodes) scored.set(node, Math.min(scored.get(node) ?? Infinity, distance));
  }
  const mentions = (node: string): number => graph.getNodeAttribute(node, "mentions");
  return [...scored]
    .sort(([a, da], [b, db]) => da - db || mentions(b) - mentions(a) || (a < b ? -1 : 1))
    .slice(0, count)
    .map(([node]) => graph.getNodeAttribute(node, "name"));
}
