// A Doc made straight from a few lines of text, for table tests of the extractors: one item per
// paragraph, the first line of each its heading, **bold** as emphasis, no excluded spans.
import type { Doc, Item, Series, Span } from "../../src/types.ts";

export function docFromText(text: string, series: Series = "markdown"): Doc {
  const items: Item[] = [];
  for (const m of text.matchAll(/[^\n]+(?:\n[^\n]+)*/g)) {
    const start = m.index;
    const firstLine = m[0].split("\n")[0]!;
    items.push({
      heading: firstLine,
      section: null,
      span: { start, end: start + m[0].length },
      headingSpan: { start, end: start + firstLine.length },
      links: [],
    });
  }
  const emphasis: Span[] = [...text.matchAll(/\*\*([^*\n]+)\*\*/g)].map((m) => ({ start: m.index + 2, end: m.index + 2 + m[1]!.length }));
  return { id: "test", file: "test.md", hash: "0", series, title: "", date: "2026-01-01", text, items, links: [], excluded: [], emphasis };
}
