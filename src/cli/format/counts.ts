// Entities by type and relations by predicate, counted from a graph for summaries.
import type { KnowledgeGraph } from "../../graph/types.ts";
import { formatNumber } from "./table.ts";

export function countBy<T extends string>(values: Iterable<T>): [T, number][] {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

export const entitiesByType = (graph: KnowledgeGraph): [string, number][] => countBy(graph.mapNodes((_n, a) => a.type));

export const relationsByPredicate = (graph: KnowledgeGraph): [string, number][] => countBy(graph.mapEdges((_e, a) => a.predicate));

/** "organization 12, model 9, person 3" */
export const countList = (counts: readonly [string, number][]): string =>
  counts.length ? counts.map(([k, n]) => `${k} ${formatNumber(n)}`).join(", ") : "none";

const PLURALS: Record<string, string> = { entity: "entities", hop: "hops", path: "paths", community: "communities", "piece of evidence": "pieces of evidence" };

/** "1 digest", "2 digests", "1 entity", "3 entities". */
export const counted = (n: number, word: string): string => `${formatNumber(n)} ${n === 1 ? word : (PLURALS[word] ?? `${word}s`)}`;
