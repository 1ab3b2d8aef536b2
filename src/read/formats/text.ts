// Plain text: one item per paragraph (lines up to a blank line); URLs still excluded.
import { furnitureSpans } from "../common.ts";
import { blockDraft } from "../items.ts";
import { skipBlanks, trimEnd } from "../lines.ts";
import type { Block } from "../markdown/blocks.ts";
import { parseMarkdown, type Markdown } from "../markdown/document.ts";
import { finishBody, plainText, settle } from "../page.ts";
import type { FormatReader } from "../types.ts";

/** A title taken from the first line stops here. */
const MAX_TITLE = 120;

export const text: FormatReader = {
  series: "text",
  detect: () => 0.1,
  read(source) {
    const md = parseMarkdown(source);
    const page = settle(md, furnitureSpans(md));
    const paragraphs = paragraphsOf(md);
    const drafts = paragraphs.map((block) => blockDraft(md, block, null));
    const first = paragraphs[0];
    const title = first ? plainText(page, { start: first.content, end: Math.min(first.content + MAX_TITLE, trimEnd(source, first.content, md.lines[first.first]!.end)) }) : "";
    return finishBody(page, title, null, drafts);
  },
};

function paragraphsOf(md: Markdown): Block[] {
  const blocks: Block[] = [];
  const { lines, text: source } = md;
  let first = -1;
  for (let i = 0; i <= lines.length; i++) {
    const line = lines[i];
    const blank = !line || skipBlanks(source, line.start, line.end) === line.end;
    if (!blank && first < 0) first = i;
    if (blank && first >= 0) {
      const start = lines[first]!;
      blocks.push({ kind: "paragraph", first, last: i - 1, level: 0, ordered: false, content: skipBlanks(source, start.start, start.end) });
      first = -1;
    }
  }
  return blocks;
}
