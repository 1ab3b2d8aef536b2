// A digest cut at its headings: each section is a heading and the blocks up to the next one.
import { trimEnd } from "../lines.ts";
import type { Block } from "./blocks.ts";
import type { Markdown } from "./document.ts";
import { findWithin } from "./tokens.ts";

export interface Section {
  /** The heading block; null for what comes before the first heading. */
  heading: Block | null;
  /** 1-6 for "#" headings, 7 for a line that is bold and nothing else, 0 before any heading. */
  level: number;
  content: Block[];
}

/** Level given to a paragraph line that is all bold ("**Open Source Models**"). */
export const BOLD_LINE_LEVEL = 7;

export function sectionsOf(md: Markdown, boldLinesAreHeadings: boolean): Section[] {
  const sections: Section[] = [{ heading: null, level: 0, content: [] }];
  for (const block of md.blocks) {
    const level =
      block.kind === "heading" ? block.level : boldLinesAreHeadings && isBoldLine(md, block) ? BOLD_LINE_LEVEL : 0;
    if (level > 0) sections.push({ heading: block, level, content: [] });
    else sections[sections.length - 1]!.content.push(block);
  }
  return sections.filter((s) => s.heading !== null || s.content.length > 0);
}

/** A one-line paragraph that is a single **bold** run. */
export function isBoldLine(md: Markdown, block: Block): boolean {
  if (block.kind !== "paragraph" || block.first !== block.last) return false;
  const { text } = md;
  const start = block.content;
  const end = trimEnd(text, start, md.lines[block.first]!.end);
  if (end - start < 5 || !text.startsWith("**", start) || !text.startsWith("**", end - 2)) return false;
  return findWithin(text, "**", start + 2, end) === end - 2;
}

/** Walks sections keeping the titles of the headings above each one. */
export function withParents<T>(sections: readonly Section[], title: (heading: Block) => T): { section: Section; own: T | null; parent: T | null }[] {
  const stack: { level: number; title: T }[] = [];
  return sections.map((section) => {
    if (!section.heading) return { section, own: null, parent: null };
    while (stack.length > 0 && stack[stack.length - 1]!.level >= section.level) stack.pop();
    const parent = stack[stack.length - 1]?.title ?? null;
    const own = title(section.heading);
    stack.push({ level: section.level, title: own });
    return { section, own, parent };
  });
}
