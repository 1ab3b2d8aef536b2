// WeChat round-ups ("AI行业速递"): a "#" masthead, one "##" item per article with 分类/来源
// lines, **核心洞察：** and **内容简介：** blocks, and "##" lists of "- [headline](url)".
import type { Span } from "../../types.ts";
import { furnitureSpans } from "../common.ts";
import { blockDraft, headingContent, sectionDraft } from "../items.ts";
import { trimEnd } from "../lines.ts";
import type { Block } from "../markdown/blocks.ts";
import { lineSpan, parseMarkdown, type Markdown } from "../markdown/document.ts";
import { frontMatterDate } from "../markdown/front-matter.ts";
import { sectionsOf } from "../markdown/sections.ts";
import { finishBody, settle, titleText, type ItemDraft } from "../page.ts";
import type { FormatReader } from "../types.ts";
import { headOf } from "./detect.ts";
import { sectionName } from "./ainews-zh.ts";

export const wechat: FormatReader = {
  series: "wechat",
  detect(whole) {
    const text = headOf(whole);
    let score = 0;
    if (/^# .*AI行业速递/m.test(text.slice(0, 2000))) score += 0.5;
    if (/^> \*\*分类：\*\*/m.test(text)) score += 0.2;
    if (/^> \*\*来源：\*\*/m.test(text)) score += 0.15;
    if (/^\*\*(?:核心洞察|内容简介)：\*\*/m.test(text)) score += 0.15;
    if (text.includes("mp.weixin.qq.com")) score += 0.1;
    return Math.min(1, score);
  },
  read(text) {
    const md = parseMarkdown(text);
    const masthead = md.blocks.find((b) => b.kind === "heading" && b.level === 1);
    const excluded: Span[] = [...furnitureSpans(md), ...(masthead ? [lineSpan(md, masthead.first)] : [])];
    const page = settle(md, excluded);
    const drafts: ItemDraft[] = [];
    for (const section of sectionsOf(md, false)) {
      const content = section.content.filter((b) => b.kind !== "hr");
      const last = content[content.length - 1];
      if (!section.heading || section.heading === masthead || !last) continue;
      if (content.every((b) => isHeadlineEntry(md, b))) {
        const name = sectionName(page, section.heading);
        for (const block of content) drafts.push(blockDraft(md, block, name));
      } else drafts.push(sectionDraft(md, section.heading, last, null));
    }
    const title = masthead ? titleText(page, headingContent(md, masthead)).replace(/^[^\p{L}\p{N}]+/u, "") : "";
    return finishBody(page, title, frontMatterDate(md.frontMatter), drafts);
  },
};

/** A one-line list entry that is a single link: "- [headline](url)". */
function isHeadlineEntry(md: Markdown, block: Block): boolean {
  if (block.kind !== "list" || block.first !== block.last) return false;
  const end = trimEnd(md.text, block.content, md.lines[block.first]!.end);
  return md.text[block.content] === "[" && md.text[end - 1] === ")";
}
