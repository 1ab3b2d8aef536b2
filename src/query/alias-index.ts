// Finds entities by any name they go by: id, name or alias, in either script, whatever the case,
// spacing or hyphens (NFKC, the same key the resolver uses). Suggests close names on a miss.
import type { KnowledgeGraph } from "../graph/types.ts";
import { freshNameKey, nameKey } from "../resolve/normalize.ts";

export interface AliasIndex {
  /** Name key → node ids, best claim first (own name before alias, then most mentioned). */
  byKey: Map<string, string[]>;
}

export function createAliasIndex(graph: KnowledgeGraph): AliasIndex {
  // Own names (id or name) and aliases apart: a node's own name outranks another's alias.
  const own = new Map<string, string[]>();
  const aliases = new Map<string, string[]>();
  const claim = (claims: Map<string, string[]>, key: string, node: string): void => {
    if (!key) return;
    const list = claims.get(key);
    if (!list) claims.set(key, [node]);
    else if (list[list.length - 1] !== node) list.push(node); // a node's claims come one after another
  };
  graph.forEachNode((node, a) => {
    // Each name is seen once here: the memo behind nameKey would only churn.
    const ofId = freshNameKey(node);
    const ofName = freshNameKey(a.name);
    claim(own, ofId, node);
    claim(own, ofName, node);
    for (const alias of a.aliases) {
      const key = alias === a.name ? ofName : freshNameKey(alias);
      if (key !== ofId && key !== ofName) claim(aliases, key, node);
    }
  });
  const mentions = (node: string): number => graph.getNodeAttribute(node, "mentions");
  const rank = (a: string, b: string): number => mentions(b) - mentions(a) || (a < b ? -1 : 1);
  const byKey = new Map<string, string[]>();
  for (const [key, nodes] of own) byKey.set(key, nodes.length > 1 ? nodes.sort(rank) : nodes);
  for (const [key, nodes] of aliases) {
    const owners = byKey.get(key);
    if (nodes.length > 1) nodes.sort(rank);
    byKey.set(key, owners ? [...owners, ...nodes.filter((n) => !owners.includes(n))] : nodes);
  }
  return { byKey };
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
