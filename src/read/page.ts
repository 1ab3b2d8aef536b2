// A parsed digest once its reader has said what is not text: plain-text views over spans, and
// the DocBody assembled from item drafts.
import type { Item, Link, Span } from "../types.ts";
import type { Markdown } from "./markdown/document.ts";
import { mergeSpans, uncoveredParts } from "./spans.ts";
import type { DocBody } from "./types.ts";

/** Length of a heading made of an item's first words. */
const FALLBACK_HEADING = 80;

export interface Page {
  md: Markdown;
  /** Sorted, merged. */
  excluded: Span[];
}

/** An item as a reader lays it out; its heading text is read off the page at the end. */
export interface ItemDraft {
  section: string | null;
  span: Span;
  headingSpan: Span;
}

export function settle(md: Markdown, extraExcluded: readonly Span[]): Page {
  return { md, excluded: mergeSpans([...md.marks.excluded, ...extraExcluded]) };
}

/** The entity text of a span as one line: excluded parts dropped, bold and code marks removed. */
export function plainText(page: Page, span: Span): string {
  const text = page.md.text;
  const parts = uncoveredParts(page.excluded, span.start, span.end).map((part) => text.slice(part.start, part.end));
  return withoutMarks(parts.join(""));
}

/** A span's text as one line, excluded parts kept: for mastheads, which are titles but not text. */
export function titleText(page: Page, span: Span): string {
  return withoutMarks(page.md.text.slice(span.start, span.end));
}

function withoutMarks(s: string): string {
  const unmarked = s.includes("**") || s.includes("`") ? s.replace(/\*\*|`/g, "") : s;
  return unmarked.replace(/\s+/g, " ").trim();
}

/** True when a letter or digit (any script) lies in the span outside the excluded spans. */
export function hasText(page: Page, span: Span): boolean {
  const text = page.md.text;
  for (const part of uncoveredParts(page.excluded, span.start, span.end)) {
    for (let i = part.start; i < part.end; i++) if (isWordChar(text.charCodeAt(i))) return true;
  }
  return false;
}

function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return (
    (c >= 0xc0 && c < 0x2000) || (c >= 0x3040 && c < 0xa000) || (c >= 0xac00 && c < 0xd7b0) || (c >= 0xf900 && c < 0xfb00)
  );
}

export function finishBody(page: Page, title: string, date: string | null, drafts: readonly ItemDraft[]): DocBody {
  const links = [...page.md.marks.links].sort((a, b) => a.span.start - b.span.start);
  const items = [...drafts]
    .sort((a, b) => a.span.start - b.span.start)
    .filter((draft) => hasText(page, draft.span))
    .map((draft): Item => ({
      heading: headingText(page, draft),
      section: draft.section,
      span: draft.span,
      headingSpan: draft.headingSpan,
      links: linksWithin(links, draft.span),
    }));
  const emphasis = mergeSpans(page.md.marks.emphasis, true).flatMap((s) => textPart(page, s));
  return { title, date, items, links, excluded: page.excluded, emphasis };
}

/** An emphasis span narrowed to where its text is: "**[Title](url)**" → "Title"; [] if none. */
function textPart(page: Page, span: Span): Span[] {
  const parts = uncoveredParts(page.excluded, span.start, span.end);
  const first = parts[0];
  const last = parts[parts.length - 1];
  return first && last ? [{ start: first.start, end: last.end }] : [];
}

function headingText(page: Page, draft: ItemDraft): string {
  const heading = plainText(page, draft.headingSpan).replace(/[\s:：]+$/, "");
  if (heading) return heading;
  // The first line has no text (an HTML line, an image): the item's first words stand in.
  const { start, end } = draft.span;
  const words = plainText(page, { start, end: Math.min(end, start + 4 * FALLBACK_HEADING) });
  return words.slice(0, FALLBACK_HEADING).trim() || (draft.section ?? "");
}

function linksWithin(links: readonly Link[], span: Span): Link[] {
  let lo = 0;
  let hi = links.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (links[mid]!.span.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const inside: Link[] = [];
  for (let i = lo; i < links.length && links[i]!.span.start < span.end; i++) {
    if (links[i]!.span.end <= span.end) inside.push(links[i]!);
  }
  return inside;
}
