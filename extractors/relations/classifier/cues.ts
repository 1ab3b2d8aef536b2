// The cue words of each relation (data/cues/relation-words.json), compiled once into one
// pattern per relation: Chinese words anywhere, English words whole.
import { readDataJson } from "../../../src/data-dir.ts";

interface CueFile {
  cues: { name: string; reason: string; zh: string[]; en: string[]; weak?: { zh: string[]; en: string[] }; gate?: boolean }[];
}

export interface CueClass {
  name: string;
  pattern: RegExp;
  /** The classifier states this relation only where one of its words is in the sentence. */
  gate: boolean;
  /** Its words: Chinese ones match anywhere, English ones as whole words ("'s" follows its word). */
  zh: readonly string[];
  en: readonly string[];
}

let compiled: CueClass[] | undefined;

export function cueClasses(): readonly CueClass[] {
  compiled ??= readDataJson<CueFile>("cues", "relation-words.json").cues.flatMap((c) => [
    { name: c.name, pattern: compile(c.zh, c.en), gate: c.gate ?? false, zh: c.zh, en: c.en },
    // Words too common to gate a relation, still worth weighing: "w:" marks them apart.
    ...(c.weak ? [{ name: `w:${c.name}`, pattern: compile(c.weak.zh, c.weak.en), gate: false, zh: c.weak.zh, en: c.weak.en }] : []),
  ]);
  return compiled;
}

/** Feature families that carry a cue class ("cue:works_for", "scue:works_for", …) or a rule's predicate. */
const CUE_FEATURE = /^~?(?:cue|rcue|scue|hcue|hlcue):([a-z_]+)$|^~?rule:([a-z_]+)/;
/** How every feature the gates read starts (CUE_FEATURE's and "maker:other"). */
const GATE_STARTS = ["~", "cue:", "rcue:", "scue:", "hcue:", "hlcue:", "rule:", "maker:other"];

/** Whether a feature whose name starts with `prefix` may be one the gates read: the others can be left out of their features. */
export const mayGate = (prefix: string): boolean => GATE_STARTS.some((s) => prefix.startsWith(s) || s.startsWith(prefix));

/**
 * Probabilities of gated relations set to 0 where the candidate's features hold none of their
 * cue words nor a rule stating them: "the sentence compares", not only "two models in a list";
 * and of develops where the lexicon gives the thing another maker.
 */
export function applyGates(classes: readonly string[], features: readonly string[], probs: Float64Array): Float64Array {
  const gated = gatedRelations();
  if (!gated.size) return probs;
  const cued = new Set<string>();
  // The lexicon names another maker: "美团开源 LongCat，可与 DeepSeek-V3.1 一较高下" is no develops.
  const otherMaker = new Set<string>();
  let apart = false;
  let knownElsewhere = false;
  // Between the two, words of comparison and none of use: "superior to Sora", "above Sonnet 4" say no use.
  let comparedBetween = false;
  let usedBetween = false;
  // A body sentence that names something before the name: its clauses are that name's, not the headline's subject's.
  let namedBefore = false;
  for (const f of features) {
    if (f === "cue:competes_with") comparedBetween = true;
    else if (f === "cue:uses") usedBetween = true;
    else if (f === "~other:before") namedBefore = true;
    if (f.startsWith("maker:other")) otherMaker.add("develops" + f.slice(-1));
    if (f === "~apart:clause") apart = true;
    if (f === "~known:elsewhere") knownElsewhere = true;
    const m = CUE_FEATURE.exec(f);
    // (A works_for cue elsewhere in the sentence is another clause's more often than not: "…ASML扩产缓慢，DeepSeek专家入职字节，黄仁勋…")
    if (m && !(f.startsWith("scue:works_for"))) cued.add((m[1] ?? m[2])!.replace(/[<>]$/, ""));
  }
  const relations = relationsOf(classes);
  for (let c = 1; c < classes.length; c++) {
    const relation = relations[c]!;
    if ((gated.has(relation) && !cued.has(relation)) || otherMaker.has(classes[c]!)) probs[c] = 0;
    else if (relation === "uses" && ((comparedBetween && !usedBetween) || namedBefore) && !ruled(features, relation)) probs[c] = 0;
    // "算力瓶颈致ASML扩产缓慢，DeepSeek专家入职字节，黄仁勋…": the works_for cue is the clause between's;
    // "Nvidia’s Jensen Huang … Anthropic CEO Dario Amodei": the lexicon knows where he works (founding a new one is news: not gated).
    else if (((apart && AFFILIATIONS.has(relation)) || (knownElsewhere && relation === "works_for")) && !ruled(features, relation)) probs[c] = 0;
  }
  return probs;
}

/** Relations of a person to an organisation, which a clause between, naming another, takes away. */
const AFFILIATIONS = new Set(["works_for", "founded"]);
const ruled = (features: readonly string[], relation: string): boolean => features.some((f) => f.startsWith(`rule:${relation}`));

const classRelations = new WeakMap<readonly string[], readonly string[]>();
/** Each class's relation, without its direction ("develops>" → "develops"), worked out once per list of classes. */
function relationsOf(classes: readonly string[]): readonly string[] {
  let relations = classRelations.get(classes);
  if (!relations) classRelations.set(classes, (relations = classes.map((c) => c.replace(/[<>]$/, ""))));
  return relations;
}

let gates: Set<string> | undefined;
const gatedRelations = (): Set<string> => (gates ??= new Set(cueClasses().filter((c) => c.gate).map((c) => c.name)));

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function compile(zh: readonly string[], en: readonly string[]): RegExp {
  const parts: string[] = [];
  if (zh.length) parts.push(`(?:${zh.map(escape).join("|")})`);
  const attached = en.filter((w) => /^['’]/.test(w)); // "'s" follows its word
  const words = en.filter((w) => !/^['’]/.test(w));
  if (words.length) parts.push(`(?<![A-Za-z0-9])(?:${words.map(escape).join("|")})(?![A-Za-z0-9])`);
  if (attached.length) parts.push(`(?:${attached.map(escape).join("|")})(?![A-Za-z0-9])`);
  return new RegExp(parts.join("|"), "i");
}
