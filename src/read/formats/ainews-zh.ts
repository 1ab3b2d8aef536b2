// AINews 中文: "## AINews - DATE" masthead, a "[原文链接](…)" line, "## 📰 十大AI新闻要点" and
// "## 🛠️ 十大工具产品要点" sections of "### N. heading" items with quoted bodies and 来源 lines.
import type { Span } from "../../types.ts";
import { furnitureSpans } from "../common.ts";
import { headingContent, sectionDraft } from "../items.ts";
import type { Block } from "../markdown/blocks.ts";
import { lineContent, lineSpan, parseMarkdown } from "../markdown/document.ts";
import { frontMatterDate } from "../markdown/front-matter.ts";
import { sectionsOf, withParents } from "../markdown/sections.ts";
import { finishBody, hasText, plainText, settle, titleText, type ItemDraft, type Page } from "../page.ts";
import type { FormatReader } from "../types.ts";
import { headOf } from "./detect.ts";

const MASTHEAD = /^AINews\s*[-–—]/;

export const ainewsZh: FormatReader = {
  series: "ainews-zh",
  detect(whole) {
    const text = headOf(whole);
    let score = 0;
    if (/^#{1,2} AINews\s*[-–—]/m.test(text.slice(0, 2000))) score += 0.4;
    if (/^## .*十大AI新闻要点/m.test(text)) score += 0.3;
    if (/^## .*十大工具产品要点/m.test(text)) score += 0.2;
    if (text.includes("[原文链接](https://news.smol.ai")) score += 0.2;
    return Math.min(1, score);
  },
  read(text) {
    const md = parseMarkdown(text);
    const masthead = md.blocks.find((b) => b.kind === "heading" && b.level <= 2 && MASTHEAD.test(lineContent(md, b.first)));
    const excluded: Span[] = [...furnitureSpans(md), ...(masthead ? [lineSpan(md, masthead.first)] : [])];
    const page = settle(md, excluded);
    const drafts: ItemDraft[] = [];
    const sectionTitle = (heading: Block): string => (heading === masthead ? "" : sectionName(page, heading));
    for (const { section, parent } of withParents(sectionsOf(md, false), sectionTitle)) {
      const content = section.content.filter((b) => b.kind !== "hr");
      const last = content[content.length - 1];
      if (!section.heading || section.level < 3 || !last) continue;
      const draft = sectionDraft(md, section.heading, last, parent || null, true);
      if (hasText(page, draft.span)) drafts.push(draft);
    }
    const title = masthead ? titleText(page, headingContent(md, masthead)) : "";
    return finishBody(page, title, frontMatterDate(md.frontMatter), drafts);
  },
};

/** "📰 十大AI新闻要点" → "十大AI新闻要点": the section's words without its emoji. */
export function sectionName(page: Page, heading: Block): string {
  return plainText(page, headingContent(page.md, heading)).replace(/^[^\p{L}\p{N}]+/u, "");
}
