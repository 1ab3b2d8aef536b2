import type { Doc, Span } from "../types.ts";
import { firstEndingAfter } from "../read/spans.ts";

/**
 * Doc.text with every excluded span (URLs, front matter, attribution lines…) blanked to spaces
 * and non-breaking hyphens written as "-".
 * Newlines survive so that line structure, and therefore sentence splitting, is unchanged;
 * the result has the same length as Doc.text, so every offset means the same in both.
 */
export function entityText(doc: Pick<Doc, "text" | "excluded">): string {
  const { excluded } = doc;
  // A hyphen that does not break ("SWE‑Bench", "GPT‑4o") joins a name as "-" does: one character for one.
  const text = HYPHENS.test(doc.text) ? doc.text.replace(HYPHENS_ALL, "-") : doc.text;
  if (excluded.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const span of excluded) {
    const start = Math.max(span.start, at);
    const end = Math.min(span.end, text.length);
    if (end <= start) continue;
    parts.push(text.slice(at, start), blank(text, start, end));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join("");
}

const HYPHENS = /[\u2010\u2011]/;
const HYPHENS_ALL = /[\u2010\u2011]/g;

/** [start, end) of the text with every character but "\n" made a space. */
function blank(text: string, start: number, end: number): string {
  let out = "";
  let at = start;
  for (let nl = text.indexOf("\n", at); nl >= 0 && nl < end; nl = text.indexOf("\n", at)) {
    out += " ".repeat(nl - at) + "\n";
    at = nl + 1;
  }
  return out + " ".repeat(end - at);
}

/**
 * True when a bold span holds exactly [start, end) (give or take spaces): "**Cursor**" marks
 * a name, "**One model, with a router**" marks a phrase and says nothing about "One".
 */
export function emphasisIsExactly(spans: readonly Span[], text: string, start: number, end: number): boolean {
  const s = spans[firstEndingAfter(spans, start)];
  if (!s || s.start >= end) return false;
  return text.slice(s.start, start).trim() === "" && text.slice(end, s.end).trim() === "";
}
