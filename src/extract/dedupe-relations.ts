import type { Relation } from "../types.ts";

// Direction carries no meaning for these (and GUIDELINES score "uses" either way).
const UNORDERED = new Set(["partners_with", "competes_with", "co_mention", "uses"]);

/** One relation per (predicate, endpoints): the most confident statement of it. */
export function dedupeRelations(relations: readonly Relation[]): Relation[] {
  const best = new Map<string, Relation>();
  for (const r of relations) {
    if (r.source === r.target) continue;
    const swap = UNORDERED.has(r.predicate) && r.target < r.source;
    const a = swap ? r.target : r.source;
    const b = swap ? r.source : r.target;
    const key = `${r.predicate}|${a}|${b}`;
    const prev = best.get(key);
    if (!prev || r.confidence > prev.confidence) best.set(key, r);
  }
  return [...best.values()];
}
