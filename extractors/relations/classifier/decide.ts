// From class probabilities of candidate pairs to relations: each pair of entities takes the most
// probable relation any of its candidates gives, if it is probable enough.
import type { EntityType, Predicate } from "../../../src/types.ts";
import { classMeaning, fitsSignature, readsBackwards } from "./classes.ts";
import { pairKey } from "./features.ts";

export interface ScoredPair {
  /** Entity ids, in text order, and their types. */
  a: string;
  b: string;
  typeA: EntityType;
  typeB: EntityType;
  probs: ArrayLike<number>;
}

export interface Decision {
  source: string;
  target: string;
  predicate: Predicate;
  probability: number;
  /** Index of the candidate that gave it. */
  index: number;
  /** Its class's index. */
  cls: number;
}

/** `covered`: pairs of entities (pairKey) already related by a hand rule, which the classifier leaves alone. */
export function decide(scored: readonly ScoredPair[], classes: readonly string[], threshold: number, covered: ReadonlySet<string> = NONE): Decision[] {
  const best = new Map<string, Decision>();
  scored.forEach((s, index) => {
    if (covered.size && covered.has(pairKey(s.a, s.b))) return;
    for (let c = 1; c < classes.length; c++) {
      const p = s.probs[c]!;
      if (p < threshold) continue;
      const key = pairKey(s.a, s.b);
      const prev = best.get(key);
      if (prev && prev.probability >= p) continue;
      const meaning = classMeaning(classes[c]!)!;
      const [source, target] = meaning.reversed || readsBackwards(meaning.predicate, s.typeA, s.typeB) ? [s.b, s.a] : [s.a, s.b];
      if (!fitsSignature(meaning.predicate, meaning.reversed ? s.typeB : s.typeA, meaning.reversed ? s.typeA : s.typeB)) continue;
      best.set(key, { source, target, predicate: meaning.predicate, probability: p, index, cls: c });
    }
  });
  return [...best.values()];
}

const NONE: ReadonlySet<string> = new Set();
