// The classifier's answers for a pair (a, b) in text order: no relation, a predicate from a to b
// (">"), from b to a ("<"), or an unordered one.
import type { EntityType, Predicate } from "../../../src/types.ts";
import { loadCueRules } from "../cue-patterns/rules.ts";

export const UNORDERED_PREDICATES: ReadonlySet<Predicate> = new Set(["uses", "competes_with", "partners_with"]);

const ORDERED: Predicate[] = ["develops", "works_for", "founded", "invests_in", "acquires", "sues", "based_on", "evaluated_on"];

export const RELATION_CLASSES: readonly string[] = [
  "none",
  ...ORDERED.flatMap((p) => [`${p}>`, `${p}<`]),
  ...UNORDERED_PREDICATES,
];

export interface ClassMeaning {
  predicate: Predicate;
  /** The source is the pair's second name. */
  reversed: boolean;
}

/** What a class says, or null for "none". */
export function classMeaning(name: string): ClassMeaning | null {
  if (name === "none") return null;
  const last = name[name.length - 1];
  if (last === ">" || last === "<") return { predicate: name.slice(0, -1) as Predicate, reversed: last === "<" };
  return { predicate: name as Predicate, reversed: false };
}

/** The class of "source predicate target" for the pair (a, b). */
export function classOf(predicate: Predicate, sourceIsA: boolean): string {
  return UNORDERED_PREDICATES.has(predicate) ? predicate : `${predicate}${sourceIsA ? ">" : "<"}`;
}

/**
 * Whether a relation may join a source and a target of these types: the types each predicate's
 * rule file names (data/cues/relations/*.json); competitors are of one kind (models and
 * products count as one).
 */
export function fitsSignature(predicate: Predicate, source: EntityType, target: EntityType): boolean {
  if (predicate === "competes_with") return kind(source) === kind(target);
  const s = signatures().get(predicate);
  if (!s) return false;
  if (s.source.has(source) && s.target.has(target)) return true;
  return UNORDERED_PREDICATES.has(predicate) && s.source.has(target) && s.target.has(source);
}

/**
 * Whether an unordered relation reads the wrong way round from a to b: its signature takes b as
 * its source and a as its target, but not a as source and b as target ("Gemma 3n uses Google" is
 * Google uses Gemma 3n: an organisation is used by nothing).
 */
export function readsBackwards(predicate: Predicate, a: EntityType, b: EntityType): boolean {
  const s = signatures().get(predicate);
  return !!s && UNORDERED_PREDICATES.has(predicate) && !(s.source.has(a) && s.target.has(b)) && s.source.has(b) && s.target.has(a);
}

const kind = (t: EntityType): string => (t === "model" || t === "product" ? "model" : t);

let cachedSignatures: Map<Predicate, { source: Set<EntityType>; target: Set<EntityType> }> | undefined;

function signatures(): Map<Predicate, { source: Set<EntityType>; target: Set<EntityType> }> {
  if (cachedSignatures) return cachedSignatures;
  cachedSignatures = new Map();
  for (const file of loadCueRules.files()) cachedSignatures.set(file.predicate, { source: new Set(file.source), target: new Set(file.target) });
  return cachedSignatures;
}
