// Twitter AI reports: Jekyll front matter (layout: post, title "twitter_ai_…"), a report line and
// "# 人工智能主题推文报告" masthead, then 简要部分 / 核心信息 / 详细分析部分 sections whose
// numbered points, bullets and "###" sub-headings are the items.
import type { Span } from "../../types.ts";
import { furnitureSpans } from "../common.ts";
import { blocksSpan } from "../items.ts";
import { lineSpan, parseMarkdown, type Markdown } from "../markdown/document.ts";
import { frontMatterDate } from "../markdown/front-matter.ts";
import { outlineDrafts } from "../outline.ts";
import { finishBody, settle } from "../page.ts";
import type { FormatReader } from "../types.ts";
import { headOf } from "./detect.ts";

export const twitterReport: FormatReader = {
  series: "twitter-report",
  detect(whole) {
    const text = headOf(whole);
    const head = text.slice(0, 1500);
    let score = 0;
    if (/^layout:\s*post/m.test(head) && /^title:\s*["']?twitter_ai_/m.test(head)) score += 0.5;
    if (/^# 人工智能主题推文报告/m.test(text)) score += 0.2;
    if (/^## 简要部分/m.test(text)) score += 0.15;
    if (/^### 核心信息/m.test(text)) score += 0.1;
    if (/^## 详细(?:分析)?部分/m.test(text)) score += 0.1;
    return Math.min(1, score);
  },
  read(text) {
    const md = parseMarkdown(text);
    const page = settle(md, [...furnitureSpans(md), ...mastheadSpans(md)]);
    const title = md.frontMatter?.fields.get("title") ?? "";
    return finishBody(page, title, frontMatterDate(md.frontMatter), outlineDrafts(page, { boldLinesAreHeadings: false }));
  },
};

/** The report line before the first heading, and the "#" title heading. */
function mastheadSpans(md: Markdown): Span[] {
  const spans: Span[] = [];
  for (const block of md.blocks) {
    if (block.kind === "heading") {
      if (block.level === 1) spans.push(lineSpan(md, block.first));
      break;
    }
    spans.push(blocksSpan(md, block));
  }
  return spans;
}
