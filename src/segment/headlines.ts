// Title Case headlines in English: "**DeepSeek R2 Release Rumors Swirl**", "### Gemma 4 Model
// Developments and Benchmarks", "[GPT-5 Launch Rumors Swirl](…)". In such a headline every word
// is capitalised, so capitals no longer tell a name from the words around it: a name there ends
// at the first ordinary English word that is no part of a name (latin-names/segment.ts).
import type { Doc, Span } from "../types.ts";
import { firstEndingAfter } from "../read/spans.ts";

/** Words a Title Case headline leaves in lower case. */
const SMALL_WORDS = new Set(["a", "an", "the", "and", "or", "but", "of", "for", "in", "on", "to", "with", "at", "by", "from", "as", "vs", "via", "into", "over", "per", "is", "are", "its"]);
const LATIN_WORD = /[A-Za-z0-9][A-Za-z0-9'’.\-+]*/g;
const CJK = /[\u3400-\u9fff]/;

type Source = Pick<Doc, "text" | "emphasis" | "links">;

/** Verdicts by span ("start:end"): a bold run and the bold lead of its line may start at one place and end at two. */
const memo = new WeakMap<Source, Map<string, boolean>>();

/** True when `at` lies in a bold run, a link's label or a markdown heading written in Title Case. */
export function inTitleCaseHeadline(doc: Source, text: string, at: number): boolean {
  const span = enclosing(doc, text, at);
  if (!span) return false;
  let known = memo.get(doc);
  if (!known) memo.set(doc, (known = new Map()));
  const key = `${span.start}:${span.end}`;
  let verdict = known.get(key);
  if (verdict === undefined) known.set(key, (verdict = isTitleCase(text.slice(span.start, span.end), headsItem(text, span) ? 0.5 : 0.75)));
  return verdict;
}

/**
 * A bold lead a colon closes ("- **Fusion Models Need Benchmarking, says member**: …") heads its
 * item whatever its case: half its words capitalised make it a Title Case headline.
 */
function headsItem(text: string, span: Span): boolean {
  let at = span.end;
  while (text[at] === "*") at++;
  return (text[at] === ":" || text[span.end] === ":") && startsLine(text, span.start);
}

const linkSpans = new WeakMap<readonly Doc["links"][number][], Span[]>();

/** The bold run, link label or heading line `at` lies in, if any. */
function enclosing(doc: Source, text: string, at: number): Span | undefined {
  const bold = doc.emphasis[firstEndingAfter(doc.emphasis, at)];
  // A bold run heads its line ("- **GPT-5 Launch Rumors Swirl**: …"); one inside a sentence is a name set in bold.
  if (bold && bold.start <= at && startsLine(text, bold.start)) return bold;
  const lead = boldLead(text, at);
  if (lead) return lead;
  if (bold && bold.start <= at) return undefined;
  let spans = linkSpans.get(doc.links);
  if (!spans) linkSpans.set(doc.links, (spans = doc.links.map((l) => l.span)));
  const link = doc.links[firstEndingAfter(spans, at)];
  if (link && link.span.start <= at) {
    const close = text.indexOf("](", link.span.start);
    if (text[link.span.start] === "[" && close > at) return { start: link.span.start + 1, end: close };
  }
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  if (text[lineStart] !== "#") return undefined;
  const lineEnd = text.indexOf("\n", at);
  return { start: lineStart, end: lineEnd < 0 ? text.length : lineEnd };
}

/**
 * A line's bold lead up to its colon, when bold runs nest in it ("- ****Gemini 3** Jumps Through
 * Benchmark Hoops**: …" is read as two bold runs): the headline is all of it.
 */
function boldLead(text: string, at: number): Span | undefined {
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  const lead = /^[ \t]*(?:[-*+][ \t]+|\d+[.)][ \t]+)?\*\*/.exec(text.slice(lineStart, lineStart + 12));
  if (!lead) return undefined;
  const colon = text.indexOf(":", at);
  const lineEnd = text.indexOf("\n", at);
  if (colon < 0 || (lineEnd >= 0 && colon > lineEnd) || colon - at > 200) return undefined;
  return { start: lineStart + lead[0].length, end: colon };
}

/** Only list marks, numbering, heading marks, brackets, bold or code marks between the line's start and `at`. */
function startsLine(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  return /^[\s\-*+#>\d.)[`]*$/.test(text.slice(lineStart, at));
}

/** Three words or more, no Chinese, and at least `share` (three in four) of the words that count capitalised. */
export function isTitleCase(s: string, share = 0.75): boolean {
  if (CJK.test(s)) return false;
  let words = 0;
  let capitalised = 0;
  for (const m of s.matchAll(LATIN_WORD)) {
    const w = m[0];
    if (SMALL_WORDS.has(w.toLowerCase()) && w[0] === w[0]!.toLowerCase()) continue;
    words++;
    if (!/^[a-z]/.test(w)) capitalised++;
  }
  return words >= 3 && capitalised >= words * share;
}
