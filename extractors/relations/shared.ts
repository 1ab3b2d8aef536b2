// Helpers every relation extractor uses: mentions grouped by sentence, gap normalisation, evidence.
import type { Doc, Evidence, Item, ResolvedMention } from "../../src/types.ts";
import type { ExtractContext } from "../types.ts";
import { isSpace } from "../../src/segment/chars.ts";
import { familyOf, lookup, sameHouse } from "../../src/resolve/lexicon.ts";
import { nameKey } from "../../src/resolve/normalize.ts";

/** Mentions grouped by sentence index, each group in text order; nested mentions left out. */
export function bySentence(mentions: readonly ResolvedMention[], count: number): readonly (readonly ResolvedMention[])[] {
  // Most sentences name nothing: they share one empty group.
  const groups: ResolvedMention[][] = new Array<ResolvedMention[]>(count).fill(NONE);
  for (const m of mentions) {
    if (m.nested || m.sentence < 0 || m.sentence >= count) continue;
    const group = groups[m.sentence]!;
    if (group === NONE) groups[m.sentence] = [m];
    else group.push(m);
  }
  for (const g of groups) if (g.length > 1) g.sort((a, b) => a.span.start - b.span.start);
  return groups;
}

const NONE: ResolvedMention[] = [];

/**
 * Markdown emphasis, quotes and spacing removed, so cue patterns see only the words. One pass
 * that does what these would, in order: drop [*`“”"‘’「」『』《》_]; fold each run of /\s+/ to
 * one space; drop a space next to Chinese text, as / ?([\u4e00-\u9fff，。、；：（）！？]) ?/g → "$1"
 * does ("已迅速集成到 llama.cpp" ≡ "已迅速集成到llama.cpp"); unless `keepEdges`, drop a closing
 * bracket that opens the gap, which belongs to the left name ("X（原Twitter）开源"), and trim.
 */
export function normaliseGap(gap: string, keepEdges = false): string {
  if (isPlainGap(gap, keepEdges)) return gap; // nothing above would change it
  let out = "";
  let from = 0; // start of the stretch of `gap` not yet copied to `out`
  let space = false; // whitespace seen since the last character kept
  let afterChinese = false;
  for (let i = 0; i < gap.length; i++) {
    const c = gap.charCodeAt(i);
    const drop = GAP_MARKS.has(c);
    if (!drop && !isSpace(c)) {
      const chinese = isChinese(c);
      if (space && !chinese && !afterChinese) out += " ";
      space = false;
      afterChinese = chinese;
      continue;
    }
    out += gap.slice(from, i);
    from = i + 1;
    if (!drop) space = true;
  }
  out += gap.slice(from);
  if (space && !afterChinese) out += " ";
  if (keepEdges) return out;
  const open = out.startsWith(" ") ? 1 : 0;
  const c = out.charCodeAt(open);
  return (c === 0x29 || c === 0xff09 ? out.slice(open + 1) : out).trim();
}

const GAP_MARKS = new Set([..."*`“”\"‘’「」『』《》_"].map((c) => c.charCodeAt(0)));
const CHINESE_PUNCTUATION = new Set([..."，。、；：（）！？"].map((c) => c.charCodeAt(0)));
const isChinese = (c: number): boolean => (c >= 0x4e00 && c <= 0x9fff) || CHINESE_PUNCTUATION.has(c);

/** No mark to drop, no whitespace, and (unless edges are kept) no closing bracket first. */
function isPlainGap(gap: string, keepEdges: boolean): boolean {
  if (!keepEdges && (gap.startsWith(")") || gap.startsWith("）"))) return false;
  for (let i = 0; i < gap.length; i++) {
    const c = gap.charCodeAt(i);
    if (GAP_MARKS.has(c) || isSpace(c)) return false;
  }
  return true;
}

/**
 * Evidence as a reader sees it: markdown emphasis and link targets taken out, spacing folded.
 * (Evidence.span still points at the exact text.) Each replacement runs only when its marks occur.
 */
export function readableEvidence(raw: string): string {
  let s = raw;
  if (s.includes("<")) s = s.replace(/<\/?[a-z][^>]*>?|<\/?$/gi, " "); // HTML tags (Discord recaps quote link cards), one cut open at the end
  if (s.includes("[")) s = s.replace(/!?\[([^\]]*)\]\([^)]*\)?/g, "$1");
  if (s.includes("](")) s = s.replace(/\]\([^)\s]*\)?/g, ""); // a link cut open by the span
  if (s.includes("[") || s.includes("]")) s = s.replace(/[[\]]/g, "");
  if (s.includes("http")) s = s.replace(/\(?https?:\/\/\S+/g, "");
  if (s.includes("*") || s.includes("__") || s.includes("`")) s = s.replace(/\*+|__|`/g, "");
  if (s.includes("\n")) s = s.replace(LINE_MARKS, "\n");
  return s.replace(/\s+/g, " ").trim().replace(/\s*[([]+$/, "");
}

/** A quote or list marker opening a line after the first. */
const LINE_MARKS = /\n[ \t]*(?:(?:[>#+-]+|\d+[.)、])[ \t]+)+/g;

// (Reading links[0] of an empty list would make V8 drop its optimised code: check the length.)
const firstUrl = (item: Item): string | null => (item.links.length > 0 ? item.links[0]!.url : null);

/** The item holding `offset` (items are sorted and disjoint). */
function itemAt(doc: Doc, offset: number): Doc["items"][number] | undefined {
  let lo = 0;
  let hi = doc.items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const it = doc.items[mid]!;
    if (it.span.end <= offset) lo = mid + 1;
    else if (it.span.start > offset) hi = mid - 1;
    else return it;
  }
  return undefined;
}

const CLAUSE_ENDS = new Set([..."，。；,;!?！？\n"].map((c) => c.charCodeAt(0)));

/** What evidence needs of the extraction context: entity text and its sentences. */
export type EvidenceContext = Pick<ExtractContext, "entityText" | "sentences">;

/**
 * Evidence for a relation stated between two mentions: `span` is the shortest stretch that holds
 * both (with the rest of a short clause, so "与 B 合作" keeps its verb), `text` the whole
 * sentence it was found in, as a reader sees it (two sentences apart, both, joined by " … ").
 */
export function evidenceOf(doc: Doc, first: ResolvedMention, last: ResolvedMention, ctx: EvidenceContext): Evidence {
  const text = ctx.entityText;
  const start = Math.min(first.span.start, last.span.start);
  let end = Math.max(first.span.end, last.span.end);
  const limit = Math.min(text.length, end + 12);
  let clauseEnd = end;
  while (clauseEnd < limit && !CLAUSE_ENDS.has(text.charCodeAt(clauseEnd)) && !isFullStop(text, clauseEnd)) clauseEnd++;
  if (clauseEnd < text.length && (CLAUSE_ENDS.has(text.charCodeAt(clauseEnd)) || isFullStop(text, clauseEnd) || isBreak(text, clauseEnd))) end = clauseEnd;
  const item = itemAt(doc, start);
  return {
    doc: doc.id,
    date: doc.date,
    text: sentenceText(doc, ctx, first, last),
    span: { start, end },
    url: item ? firstUrl(item) : null,
  };
}

/** A period that ends an English sentence: before a space or the end. */
const isFullStop = (text: string, at: number): boolean => text.charCodeAt(at) === 0x2e && (at + 1 >= text.length || isSpace(text.charCodeAt(at + 1)));

/** Sentences longer than this (characters of the digest) are shown around the names only. */
const LONG_SENTENCE = 360;
/** How much of a long sentence is kept on each side of the names. */
const AROUND = 140;

/** The sentence (or the two sentences) holding both mentions, readable and cut only between words. */
function sentenceText(doc: Doc, ctx: EvidenceContext, first: ResolvedMention, last: ResolvedMention): string {
  const a = ctx.sentences[first.sentence]?.span ?? first.span;
  const b = ctx.sentences[last.sentence]?.span ?? last.span;
  if (first.sentence === last.sentence || b.start <= a.end) return around(doc, a.start < b.start ? a.start : b.start, Math.max(a.end, b.end), Math.min(first.span.start, last.span.start), Math.max(first.span.end, last.span.end));
  const one = around(doc, a.start, a.end, first.span.start, first.span.end);
  const two = around(doc, b.start, b.end, last.span.start, last.span.end);
  // Sentences that follow each other in the text join with a space; with anything between (another
  // sentence, or lines no sentence holds, such as a WeChat post's 分类/来源 lines), with " … ".
  return last.sentence === first.sentence + 1 && /^\s*$/.test(doc.text.slice(a.end, b.start)) ? `${one} ${two}` : `${one} … ${two}`;
}

/** Each digest's readable stretches, by start and end: a sentence is the evidence of every pair it names (co-mentions: thousands). */
const readable = new WeakMap<Doc, Map<number, string>>();

/** [start, end) of the digest as readable text; when long, only what is around [focusStart, focusEnd), cut at spaces or between Chinese characters, with "…" where cut. */
function around(doc: Doc, start: number, end: number, focusStart: number, focusEnd: number): string {
  let from = start;
  let to = end;
  if (end - start > LONG_SENTENCE) {
    const raw = doc.text;
    from = Math.max(start, focusStart - AROUND);
    to = Math.min(end, focusEnd + AROUND);
    while (from > start && from < focusStart && !isBreak(raw, from)) from++;
    while (to < end && to > focusEnd && !isBreak(raw, to)) to--;
  }
  const body = readableStretch(doc, from, to);
  return from > start || to < end ? `${from > start ? "… " : ""}${body}${to < end ? " …" : ""}` : body;
}

/** [from, to) of the digest as readable text, remembered: the pairs of a long sentence often cut it alike. */
function readableStretch(doc: Doc, from: number, to: number): string {
  if (from >= 2 ** 20) return readableBody(doc.text, from, to);
  let cache = readable.get(doc);
  if (!cache) readable.set(doc, (cache = new Map()));
  const key = from * 2 ** 32 + to; // exact: from < 2^20
  let text = cache.get(key);
  if (text === undefined) cache.set(key, (text = readableBody(doc.text, from, to)));
  return text;
}

const readableBody = (raw: string, from: number, to: number): string => readableEvidence(raw.slice(from, to)).replace(BLOCK_MARKS, "");

/** Between two characters where text may be cut: at a space, or next to a Chinese character. */
function isBreak(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  return isSpace(before) || isSpace(after) || isChinese(before) || isChinese(after);
}

/** A list, quote or heading marker opening a line of markdown. */
const BLOCK_MARKS = /^(?:(?:[>#*+-]+|\d+[.)、])\s+)+/;

/**
 * A name that marks a quantised or packaged build of a model (gpt-oss-20b-GGUF, Qwen3-8B-AWQ,
 * Llama-3-8B-bnb-4bit, …-MLX-4bit, UD-Q3_K_XL): whoever made the build did not make the model.
 */
export function isPackagedBuild(surface: string): boolean {
  return PACKAGED.test(surface);
}

const PACKAGED = /(?:^|[\s_.-])(?:gguf|ggml|awq|gptq|exl2|mlx|bnb|nf4|fp8|int4|int8|4bit|8bit|q[2-8]_k(?:_[msl])?|q[2-8]_[01]|iq[1-4]_[a-z]+|ud-q\d\w*|[0-9]+-?bit|dwq|qat)(?:$|[\s_.-])/i;

export const PACKAGED_REASON = "a quantised or packaged build: who built it uses the model, its maker made it";

/**
 * The lexicon knows the thing but not who makes it (arXiv, vLLM, DSPy, Telegram): an organisation
 * named next to it ("Unsloth VLLM", "LlamaIndex Milvus", "Meta DSPy") uses or discusses it far
 * more often than it makes it.
 */
export function makerUnknown(thing: ResolvedMention, lexicon: ExtractContext["lexicon"]): boolean {
  const entry = lookup(lexicon, thing.canonical ?? thing.text);
  return entry !== undefined && !entry.developer && !entry.family;
}

/**
 * The lexicon gives the thing a maker that is neither this organisation nor of its house
 * (Google DeepMind is Google's): "Apple's Gemini-powered Siri" is no Apple develops Gemini.
 */
export function madeByAnother(org: ResolvedMention, thing: ResolvedMention, lexicon: ExtractContext["lexicon"]): boolean {
  const maker = makerOf(thing, lexicon);
  return maker !== undefined && !sameHouse(lexicon, nameKey(maker), org.entity);
}

/**
 * The organisation made the thing, by the lexicon (it or its house) or by name ("DeepSeek" and
 * "DeepSeek-V4-Flash"): serving its own model through its API is no use of another's.
 */
export function madeByThem(org: ResolvedMention, thing: ResolvedMention, lexicon: ExtractContext["lexicon"]): boolean {
  if (org.type !== "organization") return false;
  const maker = makerOf(thing, lexicon);
  if (maker !== undefined) return sameHouse(lexicon, nameKey(maker), org.entity);
  const name = (thing.canonical ?? thing.text).toLowerCase();
  const own = (org.canonical ?? org.text).toLowerCase();
  return name.startsWith(own) && !/[a-z0-9]/.test(name.charAt(own.length));
}

/**
 * The lexicon gives the thing a maker, and the person works for none of its house as far as the
 * lexicon knows: "Ethan Mollick展示了GPT-5.4代码能力" shows it, OpenAI made it (but "Teknium" of
 * Nous Research does develop Hermes Agent).
 */
export function notTheirMaker(person: ResolvedMention, thing: ResolvedMention, lexicon: ExtractContext["lexicon"]): boolean {
  const maker = makerOf(thing, lexicon);
  return maker !== undefined && !ofHouse(affiliationKeys(person, lexicon), nameKey(maker), lexicon);
}

/** The keys of the organisations the lexicon says the person leads, works for or founded (people.json affiliations). */
export function affiliationKeys(person: ResolvedMention, lexicon: ExtractContext["lexicon"]): string[] {
  return (lookup(lexicon, person.canonical ?? person.text)?.affiliations ?? []).map(nameKey);
}

/** Whether one of the organisations (keys) is the organisation `key` or of its house. */
export const ofHouse = (keys: readonly string[], key: string, lexicon: ExtractContext["lexicon"]): boolean => keys.some((k) => sameHouse(lexicon, k, key));

const makerOf = (thing: ResolvedMention, lexicon: ExtractContext["lexicon"]): string | undefined => {
  const name = thing.canonical ?? thing.text;
  return (lookup(lexicon, name) ?? familyOf(lexicon, name))?.developer;
};

/**
 * The lexicon knows whom the person works for (people.json affiliations), and the organisation is
 * none of them nor of their house: "Nvidia’s Jensen Huang … Anthropic CEO Dario Amodei", "Sam
 * Altman and Lisa Su at AMD's Advancing AI Event" say nothing of where he works.
 */
export function affiliatedElsewhere(person: ResolvedMention, org: ResolvedMention, lexicon: ExtractContext["lexicon"]): boolean {
  if (person.type !== "person" || org.type !== "organization") return false;
  const keys = affiliationKeys(person, lexicon);
  return keys.length > 0 && !ofHouse(keys, org.entity, lexicon);
}
