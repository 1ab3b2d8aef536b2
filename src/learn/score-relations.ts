// Typed relations scored as ../shared/eval/score.mjs scores them (uses, competes_with and
// partners_with in either direction), for choosing a threshold and reporting folds without
// writing files: the end-to-end figure still comes from the scorer itself (npm run eval).
import type { Annotated } from "./annotated.ts";
import { goldNames } from "./annotated.ts";

const UNORDERED = new Set(["uses", "competes_with", "partners_with"]);

export interface Triple {
  source: string;
  predicate: string;
  target: string;
}

export interface Counts {
  tp: number;
  sys: number;
  gold: number;
}

export function tripleKey(predicate: string, source: string, target: string): string {
  if (UNORDERED.has(predicate) && target < source) [source, target] = [target, source];
  return `${predicate}\u0000${source}\u0000${target}`;
}

/** System triples over entity ids, scored against the digest's gold. */
export function scoreTriples(x: Annotated, triples: readonly Triple[]): Counts {
  const names = goldNames(x.extraction, x.gold);
  const gold = new Set(x.gold.relations.map((r) => tripleKey(r.predicate, r.source, r.target)));
  const sys = new Set<string>();
  for (const t of triples) {
    const s = names.get(t.source) ?? `?${t.source}`;
    const o = names.get(t.target) ?? `?${t.target}`;
    if (s !== o) sys.add(tripleKey(t.predicate, s, o));
  }
  let tp = 0;
  for (const k of sys) if (gold.has(k)) tp++;
  return { tp, sys: sys.size, gold: gold.size };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, sys: a.sys + b.sys, gold: a.gold + b.gold };
}

export function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.sys ? c.tp / c.sys : 0;
  const r = c.gold ? c.tp / c.gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}
