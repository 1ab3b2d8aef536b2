// Helpers every relation extractor uses: mentions grouped by sentence, gap normalisation, evidence.
import type { Doc, Evidence, Item, ResolvedMention } from "../../src/types.ts";
import { isSpace } from "../../src/segment/chars.ts";

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
  if (s.includes("[")) s = s.replace(/!?\[([^\]]*)\]\([^)]*\)?/g, "$1");
  if (s.includes("http")) s = s.replace(/\]\(https?:[^)\s]*\)?|\(?https?:\/\/\S+/g, "");
  if (s.includes("**") || s.includes("__") || s.includes("`")) s = s.replace(/\*\*|__|`/g, "");
  return s.replace(/\s+/g, " ").trim();
}

/** Evidence for two names in different sentences of one item: the item's heading. */
export function itemEvidence(doc: Doc, offset: number): Evidence | undefined {
  const item = itemAt(doc, offset);
  if (!item || item.headingSpan.end <= item.headingSpan.start) return undefined;
  const text = readableHeading(item);
  if (!text) return undefined;
  return { doc: doc.id, date: doc.date, text, span: item.headingSpan, url: firstUrl(item) };
}

// (Reading links[0] of an empty list would make V8 drop its optimised code: check the length.)
const firstUrl = (item: Item): string | null => (item.links.length > 0 ? item.links[0]!.url : null);

const headings = new WeakMap<Item, string>();

/** An item's heading as evidence text, worked out once per item (co-mentions ask again and again). */
function readableHeading(item: Item): string {
  let text = headings.get(item);
  if (text === undefined) headings.set(item, (text = readableEvidence(item.heading)));
  return text;
}

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

/** Evidence for a relation stated between two mentions: the shortest span that holds both. */
export function evidenceOf(doc: Doc, first: ResolvedMention, last: ResolvedMention, text: string): Evidence {
  const start = Math.min(first.span.start, last.span.start);
  let end = Math.max(first.span.end, last.span.end);
  // Take the rest of the clause when it is short, so "与 B 合作" keeps its verb.
  const limit = Math.min(text.length, end + 12);
  while (end < limit && !CLAUSE_ENDS.has(text.charCodeAt(end))) end++;
  const item = itemAt(doc, start);
  return {
    doc: doc.id,
    date: doc.date,
    text: readableEvidence(doc.text.slice(start, end)),
    span: { start, end },
    url: item ? firstUrl(item) : null,
  };
}
