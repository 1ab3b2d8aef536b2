// What the relation classifier sees of a candidate pair: both types, the words between and
// around the two names, their distance, the digest's structure (headline subject, lists,
// parentheses, possessives), what the hand rules and the lexicon say, and the series.
// Features are strings; the model maps each to a row of weights.
import type { Doc, Relation, ResolvedMention, Sentence } from "../../../src/types.ts";
import { nameKey } from "../../../src/resolve/normalize.ts";
import type { Candidate } from "./candidates.ts";
import { tokens } from "./tokens.ts";

/** What the features of one digest's candidates need beyond the pair itself. */
export interface FeatureContext {
  doc: Doc;
  text: string;
  sentences: readonly Sentence[];
  /** Typed relations the hand rules found, by unordered entity pair. */
  rules: ReadonlyMap<string, readonly Relation[]>;
  /** A person → the organisations the hand rules say employ them or they founded; a thing → who the rules say makes it. */
  heldBy: ReadonlyMap<string, ReadonlySet<string>>;
  /** entity id → the organisation the lexicon says makes it. */
  makers: ReadonlyMap<string, string>;
  /** Mentions by sentence, in text order, as candidates pair them. */
  bySentence: readonly (readonly ResolvedMention[])[];
  /** The index of each item's first sentence after its heading. */
  firstBodySentence: Int32Array;
  /** Cue classes found in each sentence so far (by sentence index). */
  sentenceCues: Map<number, readonly string[]>;
  /** Cue words of each relation (data/cues/relation-words.json), compiled. */
  cues: readonly { name: string; pattern: RegExp }[];
}

/** A score or rank: 87.8%, #1, 200/200, 第一, 92分. */
const SCORE = /\d(?:\.\d+)?\s?[%％]|#\d\b|\b\d+\/\d+\b|第[一二三123]名?|\d分/;

/** Gaps longer than this (characters) are read by their ends only. */
const NEAR = 48;

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

export function candidateFeatures(c: Candidate, ctx: FeatureContext): string[] {
  const { a, b } = c;
  const types = `${a.type}|${b.type}`;
  const f: string[] = ["bias:" + c.kind, "T:" + types, `K:${c.kind}|${types}`, `S:${ctx.doc.series}|${types}`];
  if (c.kind === "sentence") sentenceFeatures(c, ctx, types, f);
  else headingFeatures(c, ctx, types, f);
  ruleFeatures(a, b, ctx, f);
  knowledgeFeatures(a, b, ctx, types, f);
  if (a.extractor === "anaphora") f.push("anaphor:a", "anaphorT:" + types);
  if (emphasised(ctx.doc, a) && emphasised(ctx.doc, b)) f.push("bold:both");
  for (const cue of sentenceCues(b.sentence, ctx)) f.push("scue:" + cue);
  if (c.kind === "heading") for (const cue of sentenceCues(a.sentence, ctx)) f.push("scue:" + cue);
  return f;
}

/** The relations whose cue words a sentence holds anywhere, worked out once per sentence. */
function sentenceCues(index: number, ctx: FeatureContext): readonly string[] {
  let cues = ctx.sentenceCues.get(index);
  if (!cues) {
    const s = ctx.sentences[index];
    ctx.sentenceCues.set(index, (cues = s ? cueClasses(ctx.text.slice(s.span.start, s.span.end), ctx) : []));
  }
  return cues;
}

function sentenceFeatures(c: Candidate, ctx: FeatureContext, types: string, f: string[]): void {
  const { a, b } = c;
  const raw = ctx.text.slice(a.span.end, b.span.start);
  // A list between the two reads as its nearest member: "A 支持 B、C 和 D" relates A and D as A and B.
  const { from, to, listed } = listEnds(c, ctx);
  const gap = listed ? ctx.text.slice(from, to) : raw;
  if (listed) f.push("inlist", `inlistT:${types}`);
  betweenFeatures(c, ctx, types, f);
  const words = tokens(gap);
  f.push("D:" + bucket(gap.length, [0, 2, 6, 15, 30, 60, 120]), "W:" + bucket(words.length, [0, 1, 2, 4, 8, 16]));
  if (gap.length <= NEAR) for (const w of new Set(words)) f.push("b:" + w, `bT:${types}|${w}`);
  else for (const w of new Set([...words.slice(0, 3), ...words.slice(-3)])) f.push("bx:" + w);
  if (words.length) {
    f.push("bf:" + words[0], "bl:" + words[words.length - 1], `bfT:${types}|${words[0]}`, `blT:${types}|${words[words.length - 1]}`);
  }
  for (const cue of cueClasses(gap, ctx)) f.push("cue:" + cue, `cueT:${types}|${cue}`);
  const squeezed = gap.replace(/[\s*`_“”"'‘’]/g, "");
  if (squeezed.length <= 6) f.push("g:" + squeezed, `gT:${types}|${squeezed}`);
  if (/^[、,，和与及&/]$|^(?:and|or)$/i.test(squeezed)) f.push("list");
  if (/^[(（]/.test(squeezed)) f.push("paren:open", `parenT:${types}`);
  const sentence = ctx.sentences[a.sentence];
  const before = tokens(ctx.text.slice(Math.max(sentence?.span.start ?? 0, a.span.start - 16), a.span.start));
  const after = tokens(ctx.text.slice(b.span.end, Math.min(sentence?.span.end ?? b.span.end, b.span.end + 16)));
  for (const w of before.slice(-2)) f.push("l:" + w);
  for (const w of after.slice(0, 2)) f.push("r:" + w);
  if (after.length) f.push(`rT:${types}|${after[0]}`);
  for (const cue of cueClasses(ctx.text.slice(b.span.end, Math.min(sentence?.span.end ?? b.span.end, b.span.end + 12)), ctx)) f.push("rcue:" + cue);
  // A score between or right after the two: "87.8% on WeirdML", "SWE-Bench达56.4%".
  if (SCORE.test(gap)) f.push("score:gap", `scoreT:${types}|gap`);
  if (SCORE.test(ctx.text.slice(b.span.end, Math.min(sentence?.span.end ?? b.span.end, b.span.end + 16)))) f.push("score:after", `scoreT:${types}|after`);
  if (sentence && a.span.start - sentence.span.start < 3) f.push("a:opens");
}

/** The names between the two: how many, and of which types (another organisation between often has the verb). */
function betweenFeatures(c: Candidate, ctx: FeatureContext, types: string, f: string[]): void {
  const ms = ctx.bySentence[c.b.sentence] ?? [];
  let n = 0;
  const seen = new Set<string>();
  for (const m of ms) {
    if (m.span.start < c.a.span.end || m.span.end > c.b.span.start || m.entity === c.a.entity || m.entity === c.b.entity) continue;
    n++;
    if (!seen.has(m.type)) (seen.add(m.type), f.push(`ib:${m.type}`, `ibT:${types}|${m.type}`));
  }
  f.push("nb:" + bucket(n, [0, 1, 3]));
}

/**
 * Where the text that relates a and b lies once lists are read through: when b is a later member
 * of a list (its neighbours joined by 、, 和, and…), the gap up to the list's first member; when a
 * is an earlier member of one, the gap from the list's last member.
 */
function listEnds(c: Candidate, ctx: FeatureContext): { from: number; to: number; listed: boolean } {
  const ms = ctx.bySentence[c.b.sentence] ?? [];
  let j = ms.indexOf(c.b);
  let i = ms.indexOf(c.a);
  if (i < 0 || j < 0) return { from: c.a.span.end, to: c.b.span.start, listed: false };
  let listed = false;
  while (j - 1 > i && isListGap(ctx.text.slice(ms[j - 1]!.span.end, ms[j]!.span.start))) (j--, (listed = true));
  while (i + 1 < j && isListGap(ctx.text.slice(ms[i]!.span.end, ms[i + 1]!.span.start))) (i++, (listed = true));
  return { from: ms[i]!.span.end, to: ms[j]!.span.start, listed };
}

const LIST_GAP = /^\s*[*`_“”"]*\s*(?:[、,，/&]|和|与|及|以及|或|and|or|, and|, or)\s*[*`_“”"]*\s*$/i;
const isListGap = (gap: string): boolean => gap.length <= 10 && LIST_GAP.test(gap);

/** The headline's subject and a name in the body: the headline's words, and how the body's clause reaches the name. */
function headingFeatures(c: Candidate, ctx: FeatureContext, types: string, f: string[]): void {
  const { a, b } = c;
  const item = ctx.doc.items[ctx.sentences[b.sentence]?.item ?? -1];
  const heading = item ? ctx.text.slice(a.span.end, Math.min(item.headingSpan.end, a.span.end + 24)) : "";
  for (const w of tokens(heading).slice(0, 3)) f.push("h:" + w);
  for (const cue of cueClasses(heading, ctx)) f.push("hcue:" + cue, `hcueT:${types}|${cue}`);
  const sentence = ctx.sentences[b.sentence];
  const ms = ctx.bySentence[b.sentence] ?? [];
  const before = ms.filter((m) => m.span.end <= b.span.start && m.entity !== b.entity);
  f.push("hbefore:" + Math.min(before.length, 3));
  const leadStart = before.length ? before[before.length - 1]!.span.end : (sentence?.span.start ?? b.span.start);
  const lead = ctx.text.slice(Math.max(leadStart, b.span.start - 40), b.span.start);
  for (const cue of cueClasses(lead, ctx)) f.push("hlcue:" + cue, `hlcueT:${types}|${cue}${before.length ? "" : "|first"}`);
  if (SCORE.test(lead) || SCORE.test(ctx.text.slice(b.span.end, Math.min(sentence?.span.end ?? b.span.end, b.span.end + 16)))) f.push("hscore", `hscoreT:${types}`);
  const words = tokens(lead);
  for (const w of words.slice(-2)) f.push("hl:" + w, `hlT:${types}|${w}`);
  if (/^\s*[>*-]*\s*[该此这它其]/.test(ctx.text.slice(sentence?.span.start ?? 0, (sentence?.span.start ?? 0) + 8)) || /^\s*(?:it|its|the model|the company|they)\b/i.test(ctx.text.slice(sentence?.span.start ?? 0, (sentence?.span.start ?? 0) + 16))) f.push("h:anaphor");
  const firstBody = ctx.firstBodySentence[ctx.sentences[b.sentence]?.item ?? -1] ?? b.sentence;
  f.push("hsent:" + bucket(b.sentence - firstBody, [0, 1, 3]));
}

/** What the hand rules (cue patterns, name prefixes, the lexicon's makers) found for these two entities. */
function ruleFeatures(a: ResolvedMention, b: ResolvedMention, ctx: FeatureContext, f: string[]): void {
  for (const r of ctx.rules.get(pairKey(a.entity, b.entity)) ?? []) {
    const dir = r.predicate === "uses" || r.predicate === "competes_with" || r.predicate === "partners_with" ? "" : r.source === a.entity ? ">" : "<";
    f.push(`rule:${r.predicate}${dir}`, `ruleid:${r.reason.split(":")[0]}${dir}`);
  }
}

function knowledgeFeatures(a: ResolvedMention, b: ResolvedMention, ctx: FeatureContext, types: string, f: string[]): void {
  const makerOfB = ctx.makers.get(b.entity);
  const makerOfA = ctx.makers.get(a.entity);
  if (makerOfB === a.entity) f.push("maker:>");
  else if (makerOfB !== undefined && a.type === "organization" && !sameHouse(makerOfB, a.entity)) f.push("maker:other>");
  if (makerOfA === b.entity) f.push("maker:<");
  else if (makerOfA !== undefined && b.type === "organization" && !sameHouse(makerOfA, b.entity)) f.push("maker:other<");
  const elsewhere = (held: ResolvedMention, by: ResolvedMention) => {
    const orgs = ctx.heldBy.get(held.entity);
    return orgs !== undefined && !orgs.has(by.entity);
  };
  if (elsewhere(a, b)) f.push("held:elsewhere<", `heldT:${types}<`);
  if (elsewhere(b, a)) f.push("held:elsewhere>", `heldT:${types}>`);
  const ka = nameKey(a.canonical ?? a.text);
  const kb = nameKey(b.canonical ?? b.text);
  if (ka.length >= 2 && kb.startsWith(ka)) f.push("prefix:>", `prefixT:${types}>`);
  else if (kb.length >= 2 && ka.startsWith(kb)) f.push("prefix:<", `prefixT:${types}<`);
}

/** A maker and one of its divisions (Google, Google DeepMind; Alibaba, Alibaba Cloud) by their keys. */
function sameHouse(maker: string, org: string): boolean {
  return maker.startsWith(org) || org.startsWith(maker);
}

/** Whether a bold span holds the mention (Doc.emphasis is sorted and disjoint). */
/** The relations whose cue words the text holds. */
function cueClasses(text: string, ctx: FeatureContext): string[] {
  const out: string[] = [];
  for (const cue of ctx.cues) if (cue.pattern.test(text)) out.push(cue.name);
  return out;
}

function emphasised(doc: Doc, m: ResolvedMention): boolean {
  const spans = doc.emphasis;
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= m.span.start) lo = mid + 1;
    else hi = mid - 1;
  }
  const s = spans[hi];
  return s !== undefined && m.span.end <= s.end;
}

function bucket(n: number, edges: readonly number[]): string {
  let i = 0;
  while (i < edges.length && n > edges[i]!) i++;
  return i < edges.length ? `<=${edges[i]}` : `>${edges[edges.length - 1]}`;
}
