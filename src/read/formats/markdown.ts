// Any other markdown: items by headings and bullets (the general outline rule).
import { furnitureSpans } from "../common.ts";
import { headingContent } from "../items.ts";
import { parseMarkdown } from "../markdown/document.ts";
import { frontMatterDate } from "../markdown/front-matter.ts";
import { outlineDrafts } from "../outline.ts";
import { finishBody, plainText, settle } from "../page.ts";
import type { FormatReader } from "../types.ts";
import { headOf } from "./detect.ts";

export const markdown: FormatReader = {
  series: "markdown",
  detect(text) {
    const head = headOf(text);
    const structured = /^#{1,6} \S/m.test(head) || /^\s{0,3}[-*+] \S[^\n]*\n\s{0,3}[-*+] \S/m.test(head) || /\]\(https?:/.test(head);
    return structured ? 0.2 : 0.05;
  },
  read(text) {
    const md = parseMarkdown(text);
    const page = settle(md, furnitureSpans(md));
    const heading = md.blocks.find((b) => b.kind === "heading");
    const title = md.frontMatter?.fields.get("title") ?? (heading ? plainText(page, headingContent(md, heading)) : "");
    return finishBody(page, title, frontMatterDate(md.frontMatter), outlineDrafts(page, { boldLinesAreHeadings: true }));
  },
};
