// Relation cues as data (data/cues/relations/*.json): each rule says what text between two
// mentions (and optionally right after or before them) states a relation, and why.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { DATA_DIR, readDataJson } from "../../../src/data-dir.ts";
import type { EntityType, Predicate } from "../../../src/types.ts";

interface RuleRecord {
  id: string;
  /** Text between the left and the right mention (whole gap, normalised). */
  between: string;
  /** Text right after the right mention (or after the last of a list). */
  after?: string;
  /** The sentence's text before the left mention (anchored at its end). */
  before?: string;
  /** The right mention is the source ("B 由 A 开发"). */
  swap?: boolean;
  left?: EntityType[];
  right?: EntityType[];
  confidence: number;
  reason: string;
  /** Too often wrong to stand alone: a feature the relation classifier weighs, not a relation. */
  hint?: boolean;
}

export interface PredicateFile {
  predicate: Predicate;
  source: EntityType[];
  target: EntityType[];
  rules: RuleRecord[];
}

export interface CueRule {
  id: string;
  predicate: Predicate;
  between: RegExp;
  after?: RegExp;
  before?: RegExp;
  swap: boolean;
  left: ReadonlySet<EntityType>;
  right: ReadonlySet<EntityType>;
  confidence: number;
  reason: string;
  hint: boolean;
}

let cached: CueRule[] | undefined;
let cachedFiles: PredicateFile[] | undefined;

export function loadCueRules(): CueRule[] {
  cached ??= loadCueRules.files().flatMap(compile);
  return cached;
}

/** The predicate files themselves: each predicate's source and target types, and its rules. */
loadCueRules.files = (): readonly PredicateFile[] => {
  const dir = join(DATA_DIR, "cues", "relations");
  cachedFiles ??= readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => readDataJson<PredicateFile>("cues", "relations", f));
  return cachedFiles;
};

export function compile(file: PredicateFile): CueRule[] {
  return file.rules.map((r) => ({
    id: r.id,
    predicate: file.predicate,
    between: new RegExp(`^(?:${r.between})$`, "iu"),
    ...(r.after ? { after: new RegExp(`^(?:${r.after})`, "iu") } : {}),
    ...(r.before ? { before: new RegExp(`(?:${r.before})$`, "u") } : {}),
    swap: r.swap ?? false,
    left: new Set(r.left ?? (r.swap ? file.target : file.source)),
    right: new Set(r.right ?? (r.swap ? file.source : file.target)),
    confidence: r.confidence,
    reason: r.reason,
    hint: r.hint ?? false,
  }));
}
