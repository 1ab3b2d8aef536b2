// hubtoday 日报 (AI资讯日报, AI洞察日报, AI科技日报): Hugo front matter, a masthead, a 今日摘要
// block (often fenced; its lines are items), numbered items under "###" sections, promo footers.
import type { Span } from "../../types.ts";
import { furnitureSpans, isPromoHeading } from "../common.ts";
import { blockDraft, blocksSpan, headingContent } from "../items.ts";
import { trimEnd } from "../lines.ts";
import type { Block } from "../markdown/blocks.ts";
import { lineContent, lineSpan, parseMarkdown, type Markdown } from "../markdown/document.ts";
import { frontMatterDate } from "../markdown/front-matter.ts";
import { sectionsOf, type Section } from "../markdown/sections.ts";
import { finishBody, hasText, plainText, settle, titleText, type ItemDraft, type Page } from "../page.ts";
import type { FormatReader } from "../types.ts";
import { headOf } from "./detect.ts";

const MASTHEAD = /AI(?:资讯|洞察|科技)日报/;
const SUMMARY = /今日摘要|内容摘要/;
const SECTION_HEADINGS = ["产品与功能更新", "前沿研究", "行业展望与社会影响", "开源TOP项目", "社媒分享"].map(
  (name) => new RegExp(`^### \\**(?:AI)?${name}`, "m"),
);

export const hubtoday: FormatReader = {
  series: "hubtoday",
  detect(whole) {
    const text = headOf(whole);
    let score = 0;
    if (/^(?:#{1,2} |title: ).*AI(?:资讯|洞察|科技)日报/m.test(text.slice(0, 3000))) score += 0.5;
    if (/^#{2,3} \**(?:今日摘要|AI内容摘要)/m.test(text)) score += 0.25;
    if (SECTION_HEADINGS.filter((heading) => heading.test(text)).length >= 2) score += 0.15;
    if (text.includes("hubtoday.app")) score += 0.1;
    return Math.min(1, score);
  },
  read(text) {
    const md = parseMarkdown(text);
    const sections = sectionsOf(md, false);
    const masthead = findMasthead(md);
    const promos = promoSections(md, sections);
    const excluded = [...furnitureSpans(md), ...mastheadSpans(md, masthead), ...promos.spans];
    const page = settle(md, excluded);
    const drafts = sections.filter((s) => !promos.sections.has(s)).flatMap((s) => sectionItems(page, s, masthead));
    return finishBody(page, title(page, masthead), frontMatterDate(md.frontMatter), drafts);
  },
};

/** "## AI资讯日报 2025/9/1" above the first section; newer issues have none (the title is in front matter). */
function findMasthead(md: Markdown): Block | undefined {
  for (const block of md.blocks) {
    if (block.kind !== "heading") continue;
    if (block.level > 2) return undefined;
    const words = lineContent(md, block.first);
    if (MASTHEAD.test(words) && !isPromoHeading(words)) return block;
  }
  return undefined;
}

function title(page: Page, masthead: Block | undefined): string {
  if (masthead) return titleText(page, headingContent(page.md, masthead));
  return page.md.frontMatter?.fields.get("title") ?? "";
}

/** The masthead line, and the quoted tag line ("`AI资讯` | `每日早读` | …") before the first section. */
function mastheadSpans(md: Markdown, masthead: Block | undefined): Span[] {
  const spans: Span[] = masthead ? [lineSpan(md, masthead.first)] : [];
  for (const block of md.blocks) {
    if (block.kind === "heading" && block !== masthead) break;
    if (block.kind === "quote") spans.push(blocksSpan(md, block));
  }
  return spans;
}

/** Promotional sections and everything under them, up to the next heading as high. */
function promoSections(md: Markdown, sections: readonly Section[]): { sections: Set<Section>; spans: Span[] } {
  const inside = new Set<Section>();
  const spans: Span[] = [];
  let promoLevel = 0;
  for (const section of sections) {
    const heading = section.heading;
    if (!heading) continue;
    if (promoLevel > 0 && section.level <= promoLevel) promoLevel = 0;
    if (promoLevel === 0 && section.level <= 3 && isPromoHeading(lineContent(md, heading.first))) promoLevel = section.level;
    if (promoLevel === 0) continue;
    inside.add(section);
    spans.push(blocksSpan(md, heading, section.content[section.content.length - 1] ?? heading));
  }
  return { sections: inside, spans };
}

function sectionItems(page: Page, section: Section, masthead: Block | undefined): ItemDraft[] {
  const { md } = page;
  const heading = section.heading;
  const name = heading && heading !== masthead ? plainText(page, headingContent(md, heading)) || null : null;
  if (name !== null && SUMMARY.test(name)) return section.content.flatMap((block) => summaryItems(md, block, name));
  return section.content.filter((b) => b.kind === "list" && hasText(page, blocksSpan(md, b))).map((b) => blockDraft(md, b, name));
}

/** Each line of the summary states one piece of news: one item per line. */
function summaryItems(md: Markdown, block: Block, section: string): ItemDraft[] {
  if (block.kind === "list") return [blockDraft(md, block, section)];
  const drafts: ItemDraft[] = [];
  for (let i = block.first; i <= block.last; i++) {
    const kind = md.infos[i]!.kind;
    if (kind === "fence" || kind === "blank") continue;
    const { end } = md.lines[i]!;
    const start = md.infos[i]!.content;
    const span = { start, end: trimEnd(md.text, start, end) };
    if (span.end > span.start) drafts.push({ section, span, headingSpan: { ...span } });
  }
  return drafts;
}
