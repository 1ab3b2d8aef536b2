// Suggestions for the search box over every name and alias in either script (typing 谷歌 offers
// Google), through the query layer's alias index and name keys. Whole-key matches rank first,
// then prefixes, then keys containing the text; near misses fall back to the index's suggest().
import { createAliasIndex, lookup, suggest } from "../../src/query/alias-index.ts";
import type { AliasIndex } from "../../src/query/alias-index.ts";
import { nameKey } from "../../src/resolve/normalize.ts";
import type { EntityType } from "../../src/types.ts";
import type { KnowledgeGraph } from "./graph.ts";

export interface Suggestion {
  node: string;
  name: string;
  type: EntityType;
  /** The alias that matched when it is not the name itself. */
  via: string | null;
}

const matchScore = (key: string, query: string): number =>
  key === query ? 3 : key.startsWith(query) ? 2 : key.includes(query) ? 1 : 0;

export type Search = (text: string, limit?: number) => Suggestion[];

/** `stored`: the alias index the store sent with the graph, when it has one. */
export function createSearch(graph: KnowledgeGraph, stored?: AliasIndex): Search {
  const index = stored ?? createAliasIndex(graph);
  const suggestion = (node: string, query: string): Suggestion => {
    const a = graph.getNodeAttributes(node);
    const nameMatches = nameKey(a.name).includes(query);
    const via = nameMatches ? null : (a.aliases.find((alias) => nameKey(alias).includes(query)) ?? null);
    return { node, name: a.name || node, type: a.type, via };
  };
  return (text, limit = 10) => {
    const query = nameKey(text);
    if (!query) return [];
    const best = new Map<string, number>();
    for (const [key, nodes] of index.byKey) {
      const score = matchScore(key, query);
      if (score === 0) continue;
      for (const node of nodes) if (score > (best.get(node) ?? 0)) best.set(node, score);
    }
    const rank = (node: string): number => graph.getNodeAttribute(node, "pagerank") ?? 0;
    const found = [...best]
      .sort(([a, sa], [b, sb]) => sb - sa || rank(b) - rank(a) || (a < b ? -1 : 1))
      .slice(0, limit)
      .map(([node]) => node);
    const nodes = found.length
      ? found
      : suggest(index, graph, text, limit).flatMap((name) => lookup(index, name) ?? []);
    return nodes.map((node) => suggestion(node, query));
  };
}
