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
}

interface PredicateFile {
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
}

let cached: CueRule[] | undefined;

export function loadCueRules(): CueRule[] {
  if (cached) return cached;
  const dir = join(DATA_DIR, "cues", "relations");
  cached = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .flatMap((f) => compile(readDataJson<PredicateFile>("cues", "relations", f)));
  return cached;
}

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
  }));
}
