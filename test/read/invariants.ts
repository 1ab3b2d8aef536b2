// What every Doc must satisfy whatever its series: the extractors rely on these.
import { coveredBy } from "../../src/read/spans.ts";
import type { Doc, Span } from "../../src/types.ts";

const URL = /https?:\/\/[A-Za-z0-9]/g;

/** Problems with a Doc's spans, one line each; empty when all is well. */
export function docProblems(doc: Doc): string[] {
  const problems: string[] = [];
  const inText = (what: string, s: Span): void => {
    if (!(s.start >= 0 && s.start <= s.end && s.end <= doc.text.length)) problems.push(`${what} ${s.start}-${s.end} outside the text`);
  };
  doc.excluded.forEach((s, i) => {
    inText("excluded", s);
    const prev = doc.excluded[i - 1];
    if (prev && s.start <= prev.end) problems.push(`excluded spans not sorted and merged at ${s.start}`);
  });
  doc.emphasis.forEach((s, i) => {
    inText("emphasis", s);
    if (doc.text.slice(s.start, s.end).includes("\n")) problems.push(`emphasis crosses a line at ${s.start}`);
    const prev = doc.emphasis[i - 1];
    if (prev && s.start < prev.end) problems.push(`emphasis spans overlap at ${s.start}`);
  });
  for (const link of doc.links) inText("link", link.span);
  doc.items.forEach((item, i) => {
    inText("item", item.span);
    const { headingSpan: h, span } = item;
    if (h.start < span.start || h.end > span.end) problems.push(`item ${i} heading span outside its span`);
    const prev = doc.items[i - 1];
    if (prev && span.start < prev.span.end) problems.push(`items ${i - 1} and ${i} overlap`);
    if (!item.heading) problems.push(`item ${i} has no heading`);
    for (const link of item.links) {
      if (link.span.start < span.start || link.span.end > span.end) problems.push(`item ${i} lists a link outside it`);
    }
  });
  for (const match of doc.text.matchAll(URL)) {
    if (!coveredBy(doc.excluded, match.index, match.index + match[0].length)) {
      problems.push(`URL text not excluded at ${match.index}: ${doc.text.slice(match.index, match.index + 40)}`);
    }
  }
  return problems;
}

/** The text a span covers: goldens show slices, not offsets, so that they can be read. */
export const slice = (doc: Doc, s: Span): string => doc.text.slice(s.start, s.end);
