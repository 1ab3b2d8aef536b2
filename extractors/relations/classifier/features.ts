// What the relation classifier sees of a candidate pair: both types, the words between and
// around the two names, their distance, the digest's structure (headline subject, lists,
// parentheses, possessives), what the hand rules and the lexicon say, and the series.
// A feature is named by a string, made of parts (sink.ts); the model maps each to a row of weights.
import type { Doc, Relation, ResolvedMention, Sentence } from "../../../src/types.ts";
import type { Candidate } from "./candidates.ts";
import { StringSink, type FeatureSink } from "./sink.ts";
import * as F from "./families.ts";
import { seriesFamily, typed, type Typed } from "./families.ts";
import { windowTokens, type SentenceWords } from "./sentence-words.ts";
import { isSpace } from "./tokens.ts";
import type { CueClass } from "./cues.ts";
import type { Occurrences } from "./cue-scan.ts";
import { cuesIn, sentenceCues } from "./window-cues.ts";
import { after, emphasised, headingSide, keyOf, lead, SCORE, wordsBefore, type Sides } from "./sides.ts";
import { sameHouse, type Lexicon } from "../../../src/resolve/lexicon.ts";
import { affiliatedElsewhere } from "../shared.ts";

/** What the features of one digest's candidates need beyond the pair itself. */
export interface FeatureContext {
  doc: Doc;
  text: string;
  sentences: readonly Sentence[];
  /** Typed relations the hand rules found, by unordered entity pair: the lesser id, then the greater. */
  rules: ReadonlyMap<string, ReadonlyMap<string, readonly Relation[]>>;
  /** A person → the organisations the hand rules say employ them or they founded; a thing → who the rules say makes it. */
  heldBy: ReadonlyMap<string, ReadonlySet<string>>;
  /** entity id → the organisation the lexicon says makes it. */
  makers: ReadonlyMap<string, string>;
  /** The lexicon's parents of organisations (sameHouse). */
  lexicon: Lexicon;
  /** Mentions by sentence, in text order, as candidates pair them. */
  bySentence: readonly (readonly ResolvedMention[])[];
  /** The index of each item's first sentence after its heading. */
  firstBodySentence: Int32Array;
  /** The cue relations of each sentence so far (by sentence index). */
  sentenceCues: Map<number, readonly CueClass[]>;
  /** Where the cue words are in each sentence looked at so far (by sentence index). */
  occurrences: Map<number, Occurrences>;
  /** Cue words of each relation (data/cues/relation-words.json), compiled. */
  cues: readonly CueClass[];
  /** Each sentence's tokens so far (sentence-words.ts). */
  sentenceWords: Map<number, SentenceWords | null>;
  /** What the features read around each mention so far (sides.ts). */
  sides: Map<ResolvedMention, Sides>;
}

/** Gaps longer than this (characters) are read by their ends only. */
const NEAR = 48;

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** The candidate's features as strings. */
export function candidateFeatures(c: Candidate, ctx: FeatureContext): string[] {
  const sink = new StringSink();
  writeFeatures(c, ctx, sink);
  return sink.features;
}

/** The candidate's features, in order, into the sink. */
export function writeFeatures(c: Candidate, ctx: FeatureContext, f: FeatureSink): void {
  const { a, b } = c;
  const t = typed(a.type, b.type);
  f.add(F.BIAS[c.kind]);
  f.add(t.T);
  f.add(t.kind[c.kind]);
  f.add(seriesFamily(t, ctx.doc.series));
  if (c.kind === "sentence") sentenceFeatures(c, ctx, t, f);
  else headingFeatures(c, ctx, t, f);
  ruleFeatures(a, b, ctx, f);
  knowledgeFeatures(a, b, ctx, t, f);
  if (a.extractor === "anaphora") (f.add(F.ANAPHOR), f.add(t.anaphor));
  if (emphasised(a, ctx) && emphasised(b, ctx)) f.add(F.BOLD);
  for (const cue of sentenceCues(b.sentence, ctx)) f.add(F.SENTENCE_CUE, cue.name);
  if (c.kind === "heading") for (const cue of sentenceCues(a.sentence, ctx)) f.add(F.SENTENCE_CUE, cue.name);
}

function sentenceFeatures(c: Candidate, ctx: FeatureContext, t: Typed, f: FeatureSink): void {
  const { a, b } = c;
  // A list between the two reads as its nearest member: "A 支持 B、C 和 D" relates A and D as A and B.
  const { from, to, listed } = listEnds(c, ctx);
  const gap = ctx.text.slice(from, to);
  if (listed) (f.add(F.INLIST), f.add(t.inlist));
  betweenFeatures(c, ctx, t, f);
  const words = windowTokens(from, to, a.sentence, ctx);
  f.add(F.GAP_LENGTH, bucket(gap.length, GAP_LENGTHS));
  const clauses = COUNTS[Math.min(3, clauseBreaks(ctx.text, from, to))]!;
  f.add(F.CLAUSES_BETWEEN, clauses);
  f.add(t.cl, clauses);
  f.add(F.GAP_WORDS, bucket(words.length, GAP_WORDS));
  if (gap.length <= NEAR) {
    for (let k = 0; k < words.length; k++) if (firstOf(words, k, 0)) (f.add(F.BETWEEN, words[k]!), f.add(t.b, words[k]!));
  } else {
    // The first three and the last three, each word once (the ends may overlap).
    const ends = words.length <= 6 ? words : [...words.slice(0, 3), ...words.slice(-3)];
    for (let k = 0; k < ends.length; k++) if (firstOf(ends, k, 0)) f.add(F.BETWEEN_ENDS, ends[k]!);
  }
  if (words.length) {
    const first = words[0]!;
    const last = words[words.length - 1]!;
    f.add(F.FIRST, first);
    f.add(F.LAST, last);
    f.add(t.bf, first);
    f.add(t.bl, last);
  }
  for (const cue of cuesIn(from, to, a.sentence, ctx)) (f.add(F.CUE, cue.name), f.add(t.cue, cue.name));
  // The gap without spaces, quotes and marks, when that is short ("、", "和", "(").
  const squeezed = squeezedShort(gap);
  if (squeezed !== null) (f.add(F.GAP, squeezed), f.add(t.g, squeezed));
  if (squeezed !== null && /^[、,，和与及&/]$|^(?:and|or)$/i.test(squeezed)) f.add(F.LIST);
  if (opensParen(gap)) (f.add(F.PAREN), f.add(t.paren));
  // (Both are in one sentence: what is after b is read in it.)
  const before = wordsBefore(a, ctx);
  const right = after(b, ctx);
  for (let k = Math.max(0, before.length - 2); k < before.length; k++) f.add(F.LEFT, before[k]!);
  for (let k = 0; k < Math.min(2, right.words.length); k++) f.add(F.RIGHT, right.words[k]!);
  if (right.words.length) f.add(t.r, right.words[0]!);
  for (const cue of right.cues) f.add(F.RIGHT_CUE, cue.name);
  // A score between or right after the two: "87.8% on WeirdML", "SWE-Bench达56.4%".
  if (SCORE.test(gap)) (f.add(F.SCORE_GAP), f.add(t.score, "gap"));
  if (right.score) (f.add(F.SCORE_AFTER), f.add(t.score, "after"));
  const sentence = ctx.sentences[a.sentence];
  if (sentence && a.span.start - sentence.span.start < 3) f.add(F.A_OPENS);
}

/** The names between the two: how many, and of which types (another organisation between often has the verb). */
function betweenFeatures(c: Candidate, ctx: FeatureContext, t: Typed, f: FeatureSink): void {
  const ms = ctx.bySentence[c.b.sentence] ?? [];
  // Mentions are in order of start: those starting between a's end and b's start are a stretch of them around a's and b's places.
  let lo = indexIn(ms, c.a, c.ia) + 1;
  while (lo > 0 && ms[lo - 1]!.span.start >= c.a.span.end) lo--;
  let hi = indexIn(ms, c.b, c.ib);
  if (hi < 0) hi = ms.length - 1;
  while (hi + 1 < ms.length && ms[hi + 1]!.span.start <= c.b.span.start) hi++;
  let n = 0;
  const seen: string[] = [];
  for (let k = lo; k <= hi; k++) {
    const m = ms[k]!;
    if (m.span.start < c.a.span.end || m.span.end > c.b.span.start || m.entity === c.a.entity || m.entity === c.b.entity) continue;
    n++;
    if (!seen.includes(m.type)) (seen.push(m.type), f.add(F.NAME_BETWEEN, m.type), f.add(t.ib, m.type));
  }
  f.add(F.NAMES_BETWEEN, bucket(n, FEW));
  if (seen.includes("organization") && (c.a.type === "person" || c.b.type === "person")) clauseApart(c, ctx, f);
}

/**
 * "算力瓶颈致ASML扩产缓慢，DeepSeek专家入职字节，黄仁勋…": a person and an organisation in
 * different clauses, another organisation between, and no works_for or founded word in either
 * name's own clause: the words that say so are another clause's (a gate, cues.ts).
 */
function clauseApart(c: Candidate, ctx: FeatureContext, f: FeatureSink): void {
  const { text } = ctx;
  const span = ctx.sentences[c.a.sentence]?.span;
  const aEnd = clauseBreakIn(text, c.a.span.end, c.b.span.start);
  if (!span || aEnd < 0) return;
  let bStart = c.b.span.start;
  while (bStart > aEnd && !isClauseBreak(text.charCodeAt(bStart - 1))) bStart--;
  let aStart = c.a.span.start;
  while (aStart > span.start && !isClauseBreak(text.charCodeAt(aStart - 1))) aStart--;
  let bEnd = c.b.span.end;
  while (bEnd < span.end && !isClauseBreak(text.charCodeAt(bEnd))) bEnd++;
  const own = [...cuesIn(aStart, aEnd, c.a.sentence, ctx), ...cuesIn(bStart, bEnd, c.a.sentence, ctx)];
  if (!own.some((cue) => cue.name === "works_for" || cue.name === "founded")) f.add(F.CLAUSE_APART);
}

/** Where the first clause break (，；;) in text[from, to) is, or -1. */
function clauseBreakIn(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (isClauseBreak(text.charCodeAt(i))) return i;
  return -1;
}

const isClauseBreak = (ch: number): boolean => ch === 0xff0c || ch === 0xff1b || ch === 0x3b || ch === 0x3002;

/** How many clause breaks lie in text[from, to): the Chinese ones, ";" and an English comma before a space. */
function clauseBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (isClauseBreak(ch) || (ch === 0x2c && text.charCodeAt(i + 1) === 0x20)) n++;
  }
  return n;
}

/**
 * Where the text that relates a and b lies once lists are read through: when b is a later member
 * of a list (its neighbours joined by 、, 和, and…), the gap up to the list's first member; when a
 * is an earlier member of one, the gap from the list's last member.
 */
function listEnds(c: Candidate, ctx: FeatureContext): { from: number; to: number; listed: boolean } {
  const ms = ctx.bySentence[c.b.sentence] ?? [];
  let j = indexIn(ms, c.b, c.ib);
  let i = indexIn(ms, c.a, c.ia);
  if (i < 0 || j < 0) return { from: c.a.span.end, to: c.b.span.start, listed: false };
  let listed = false;
  while (j - 1 > i && isListGap(ctx.text, ms[j - 1]!.span.end, ms[j]!.span.start)) (j--, (listed = true));
  while (i + 1 < j && isListGap(ctx.text, ms[i]!.span.end, ms[i + 1]!.span.start)) (i++, (listed = true));
  return { from: ms[i]!.span.end, to: ms[j]!.span.start, listed };
}

const LIST_GAP = /^\s*[*`_“”"]*\s*(?:[、,，/&]|和|与|及|以及|或|and|or|, and|, or)\s*[*`_“”"]*\s*$/i;
const isListGap = (text: string, from: number, to: number): boolean => to - from <= 10 && LIST_GAP.test(text.slice(from, to));

/** Where m is among ms: at `hint` (where candidatePairs found it), else looked for (-1: not there). */
const indexIn = (ms: readonly ResolvedMention[], m: ResolvedMention, hint: number): number => (ms[hint] === m ? hint : ms.indexOf(m));

/** What gap.replace(/[\s*`_“”"'‘’]/g, "") gives, if six characters or fewer; else null (a long gap is not read whole). */
export function squeezedShort(gap: string): string | null {
  let kept = 0;
  for (let i = 0; i < gap.length; i++) if (!isSqueezed(gap.charCodeAt(i)) && ++kept > 6) return null;
  return kept === gap.length ? gap : gap.replace(/[\s*`_“”"'‘’]/g, "");
}

/** Whether the gap's first character that is no space, quote or mark opens a parenthesis. */
export function opensParen(gap: string): boolean {
  for (let i = 0; i < gap.length; i++) {
    const c = gap.charCodeAt(i);
    if (!isSqueezed(c)) return c === 0x28 || c === 0xff08;
  }
  return false;
}

const SQUEEZED = new Set([..."*`_“”\"'‘’"].map((ch) => ch.charCodeAt(0)));
const isSqueezed = (c: number): boolean => isSpace(c) || SQUEEZED.has(c);

/** Whether words[k] is not among words[from, k): a word's first time. */
function firstOf(words: readonly string[], k: number, from: number): boolean {
  for (let i = from; i < k; i++) if (words[i] === words[k]) return false;
  return true;
}

/** The headline's subject and a name in the body: the headline's words, and how the body's clause reaches the name. */
function headingFeatures(c: Candidate, ctx: FeatureContext, t: Typed, f: FeatureSink): void {
  const { a, b } = c;
  const heading = headingSide(a, ctx.sentences[b.sentence]?.item ?? -1, ctx);
  for (const w of heading.words) f.add(F.HEADING, w);
  for (const cue of heading.cues) (f.add(F.HEADING_CUE, cue.name), f.add(t.hcue, cue.name));
  const body = lead(b, ctx);
  f.add(F.HEADING_BEFORE, COUNTS[Math.min(body.before, 3)]!);
  for (const cue of body.cues) (f.add(F.LEAD_CUE, cue.name), f.add(t.hlcue, body.before ? cue.name : cue.name + "|first"));
  if (body.score) (f.add(F.HEADING_SCORE), f.add(t.hscore));
  for (const w of body.words) (f.add(F.LEAD, w), f.add(t.hl, w));
  if (body.anaphor) f.add(F.ANAPHOR_HEADING);
  f.add(F.HEADING_SENTENCE, bucket(body.sentence, FEW));
  if (namedBeforeInBody(a, b, ctx)) f.add(F.OTHER_BEFORE);
}

/**
 * Whether the body sentence opens on a name other than the headline's subject, before b and
 * not in b's list: then the sentence, b's clause included, is that name's ("GitHub推出Agent HQ"
 * … "VS Code提供Agent Sessions视图，支持Codex": VS Code's, not Agent HQ's; but "vLLM已支持
 * DeepSeek-V3.2…，可在H200上部署" is vLLM's). A gate (cues.ts).
 */
function namedBeforeInBody(a: ResolvedMention, b: ResolvedMention, ctx: FeatureContext): boolean {
  const ms = ctx.bySentence[b.sentence] ?? [];
  let k = ms.indexOf(b);
  // Walk left over b's list ("vLLM、SGLang等"): its members are no subject of b's clause.
  while (k > 0 && isListGap(ctx.text, ms[k - 1]!.span.end, ms[k]!.span.start)) k--;
  const first = ms[0];
  return k > 0 && first !== undefined && first.entity !== a.entity && first.entity !== b.entity;
}

/** What the hand rules (cue patterns, name prefixes, the lexicon's makers) found for these two entities. */
function ruleFeatures(a: ResolvedMention, b: ResolvedMention, ctx: FeatureContext, f: FeatureSink): void {
  const [lo, hi] = a.entity < b.entity ? [a.entity, b.entity] : [b.entity, a.entity];
  for (const r of ctx.rules.get(lo)?.get(hi) ?? []) {
    const dir = r.predicate === "uses" || r.predicate === "competes_with" || r.predicate === "partners_with" ? "" : r.source === a.entity ? ">" : "<";
    f.add(F.RULE, r.predicate + dir);
    f.add(F.RULE_ID, r.reason.split(":")[0]! + dir);
  }
}

function knowledgeFeatures(a: ResolvedMention, b: ResolvedMention, ctx: FeatureContext, t: Typed, f: FeatureSink): void {
  const makerOfB = ctx.makers.get(b.entity);
  const makerOfA = ctx.makers.get(a.entity);
  if (makerOfB === a.entity) f.add(F.MAKER.a);
  else if (makerOfB !== undefined && a.type === "organization" && !sameHouse(ctx.lexicon, makerOfB, a.entity)) f.add(F.MAKER.otherA);
  if (makerOfA === b.entity) f.add(F.MAKER.b);
  else if (makerOfA !== undefined && b.type === "organization" && !sameHouse(ctx.lexicon, makerOfA, b.entity)) f.add(F.MAKER.otherB);
  // (A gate, cues.ts: "Nvidia’s Jensen Huang says he disagrees with … Anthropic CEO Dario Amodei".)
  if (affiliatedElsewhere(a, b, ctx.lexicon) || affiliatedElsewhere(b, a, ctx.lexicon)) f.add(F.KNOWN_ELSEWHERE);
  if (heldElsewhere(a, b, ctx)) (f.add(F.HELD.a), f.add(t.held, "<"));
  if (heldElsewhere(b, a, ctx)) (f.add(F.HELD.b), f.add(t.held, ">"));
  const ka = keyOf(a, ctx);
  const kb = keyOf(b, ctx);
  if (ka.length >= 2 && kb.startsWith(ka)) (f.add(F.PREFIX.a), f.add(t.prefix, ">"));
  else if (kb.length >= 2 && ka.startsWith(kb)) (f.add(F.PREFIX.b), f.add(t.prefix, "<"));
}

/** The hand rules place `held` (a person, a thing) with organisations, and `by` is none of them. */
function heldElsewhere(held: ResolvedMention, by: ResolvedMention, ctx: FeatureContext): boolean {
  const orgs = ctx.heldBy.get(held.entity);
  return orgs !== undefined && !orgs.has(by.entity);
}

/** Bucket edges and their names ("<=2", …, ">120"), named once. */
interface Buckets {
  edges: readonly number[];
  names: readonly string[];
}

const buckets = (edges: readonly number[]): Buckets => ({ edges, names: [...edges.map((e) => `<=${e}`), `>${edges[edges.length - 1]}`] });
const GAP_LENGTHS = buckets([0, 2, 6, 15, 30, 60, 120]);
const GAP_WORDS = buckets([0, 1, 2, 4, 8, 16]);
const FEW = buckets([0, 1, 3]);
const COUNTS = ["0", "1", "2", "3"];

function bucket(n: number, { edges, names }: Buckets): string {
  let i = 0;
  while (i < edges.length && n > edges[i]!) i++;
  return names[i]!;
}
