// AINews (English): YAML front matter, a "> AI News for …" masthead, a template block pointing to
// the web version, then "AI Twitter Recap", "AI Reddit Recap" and "AI Discord Recap" sections of
// bullets (with nested sub-bullets), bold-line topic headings, @handles and many links.
import type { Span } from "../../types.ts";
import { furnitureSpans } from "../common.ts";
import { blocksSpan } from "../items.ts";
import { lineContent, parseMarkdown, type Markdown } from "../markdown/document.ts";
import { frontMatterDate } from "../markdown/front-matter.ts";
import { outlineDrafts } from "../outline.ts";
import { finishBody, settle } from "../page.ts";
import type { FormatReader } from "../types.ts";
import { headOf } from "./detect.ts";

/** A "{% if … %}" block longer than this is not the web-version notice. */
const MAX_TEMPLATE_LINES = 60;

export const ainewsEn: FormatReader = {
  series: "ainews-en",
  detect(text) {
    const head = headOf(text);
    let score = 0;
    // The recaps can start deep in a long issue: these few regexes run over the whole text.
    if (/^# AI Twitter Recap/m.test(text)) score += 0.3;
    if (/^# AI Reddit Recap/m.test(text)) score += 0.2;
    if (/^# AI Discords? (?:Recap)?/m.test(text)) score += 0.15;
    if (/^> AI News for /m.test(head)) score += 0.25;
    if (/^(?:original_slug|companies):/m.test(head.slice(0, 5000))) score += 0.1;
    return Math.min(1, score);
  },
  read(text) {
    const md = parseMarkdown(text);
    const page = settle(md, [...furnitureSpans(md), ...mastheadSpans(md), ...templateSpans(md)]);
    const title = md.frontMatter?.fields.get("title") ?? "";
    return finishBody(page, title, frontMatterDate(md.frontMatter), outlineDrafts(page, { boldLinesAreHeadings: true }));
  },
};

/** "> AI News for 3/31/2025-4/1/2025. We checked 7 subreddits…": the masthead. */
function mastheadSpans(md: Markdown): Span[] {
  return md.blocks
    .filter((b) => b.kind === "quote" && lineContent(md, b.first).startsWith("AI News for"))
    .map((b) => blocksSpan(md, b));
}

/** "{% if medium == 'web' %} … {% endif %}": the email's notice about the web version. */
function templateSpans(md: Markdown): Span[] {
  const { text, lines } = md;
  const spans: Span[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!text.startsWith("{% if", lines[i]!.start)) continue;
    const limit = Math.min(lines.length, i + MAX_TEMPLATE_LINES);
    for (let j = i + 1; j < limit; j++) {
      if (!text.slice(lines[j]!.start, lines[j]!.end).includes("{% endif")) continue;
      spans.push({ start: lines[i]!.start, end: lines[j]!.end });
      i = j;
      break;
    }
  }
  return spans;
}
