// The general item rule for markdown digests: under a heading, list entries and paragraphs are
// items when the section has a list; a section of prose alone is one item, heading included.
import type { Block } from "./markdown/blocks.ts";
import { sectionsOf, withParents } from "./markdown/sections.ts";
import { blockDraft, blocksSpan, headingContent, sectionDraft } from "./items.ts";
import { hasText, plainText, type ItemDraft, type Page } from "./page.ts";

export interface OutlineOptions {
  /** Treat a line that is all bold as a heading (English AINews, loose markdown). */
  boldLinesAreHeadings: boolean;
}

export function outlineDrafts(page: Page, options: OutlineOptions): ItemDraft[] {
  const { md } = page;
  const title = (heading: Block): string => plainText(page, headingContent(md, heading));
  const drafts: ItemDraft[] = [];
  for (const { section, own, parent } of withParents(sectionsOf(md, options.boldLinesAreHeadings), title)) {
    const content = section.content.filter((b) => b.kind !== "hr" && hasText(page, blocksSpan(md, b)));
    const last = content[content.length - 1];
    if (!last) continue;
    if (section.heading && !content.some((b) => b.kind === "list")) {
      drafts.push(sectionDraft(md, section.heading, last, parent || null));
    } else {
      for (const block of content) drafts.push(blockDraft(md, block, own || null));
    }
  }
  return drafts;
}
