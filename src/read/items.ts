// Where an item and its heading lie, from markdown blocks: shared by every markdown reader.
import type { Span } from "../types.ts";
import { trimEnd } from "./lines.ts";
import type { Block } from "./markdown/blocks.ts";
import type { Markdown } from "./markdown/document.ts";
import { closingParen, findWithin } from "./markdown/tokens.ts";
import type { ItemDraft } from "./page.ts";

/** A first line up to this long, with more lines after it, is the item's heading as a whole. */
const SHORT_LINE = 120;
/** A heading cut from running text stops at its first sentence, or after this many characters. */
const MAX_HEADING = 100;
const SENTENCE_ENDS = new Set([..."。！？"].map((c) => c.charCodeAt(0)));
const ASCII_ENDS = new Set([...".!?"].map((c) => c.charCodeAt(0)));
const LABEL_ENDS = /[:：。.!！?？]$/;

/** From the start of block `first`'s first line to the end of block `last`'s last line. */
export function blocksSpan(md: Markdown, first: Block, last: Block = first): Span {
  const start = md.lines[first.first]!.start;
  return { start, end: trimEnd(md.text, start, md.lines[last.last]!.end) };
}

/** A heading block's text, without "#" marks and, when asked, without a leading "3. ". */
export function headingContent(md: Markdown, heading: Block, stripNumber = false): Span {
  const { text } = md;
  let start = heading.content;
  const end = trimEnd(text, start, md.lines[heading.first]!.end);
  if (stripNumber) {
    const number = /^\d{1,3}[.、)]\s*/.exec(text.slice(start, Math.min(end, start + 8)));
    if (number) start += number[0].length;
  }
  return { start, end: Math.max(start, end) };
}

/**
 * The heading of a list entry, paragraph or quote: its whole first line when the block goes on
 * below it and the line is short; else a leading **bold** label; else the first sentence.
 */
export function leadHeading(md: Markdown, block: Block): Span {
  const { text } = md;
  const start = block.content;
  const end = trimEnd(text, start, md.lines[block.first]!.end);
  if (block.last > block.first && end - start <= SHORT_LINE) return { start, end };
  return boldLead(text, start, end) ?? { start, end: sentenceEnd(text, start, end) };
}

/** The inner span of a **bold** run that opens the line and reads as a label, or null. */
function boldLead(text: string, start: number, end: number): Span | null {
  let inner = start;
  while (inner < end && text.charCodeAt(inner) === 42) inner++;
  if (inner - start < 2) return null;
  const close = findWithin(text, "**", inner, end);
  if (close <= inner) return null;
  let after = close;
  while (after < end && text.charCodeAt(after) === 42) after++;
  const next = text[after];
  // "**Label**: …", "**Label：**", "**[Title](url)** (Activity: …)"; not "**OpenAI** 发布了…".
  const aside = next === " " && text[after + 1] === "(";
  const labelLike = after >= end || next === ":" || next === "：" || aside || LABEL_ENDS.test(text.slice(inner, close));
  return labelLike ? { start: inner, end: close } : null;
}

/** End of the first sentence, or of MAX_HEADING visible characters (link URLs not counted). */
function sentenceEnd(text: string, start: number, end: number): number {
  let visible = 0;
  let i = start;
  for (; i < end && visible < MAX_HEADING; i++, visible++) {
    const c = text.charCodeAt(i);
    if (c === 93 && text.charCodeAt(i + 1) === 40) {
      const close = closingParen(text, i + 1, end);
      if (close > 0) i = close;
    } else if (SENTENCE_ENDS.has(c)) return i + 1;
    else if (ASCII_ENDS.has(c) && (i + 1 === end || text.charCodeAt(i + 1) === 32)) return i + 1;
  }
  // Never end between the two halves of a surrogate pair.
  const last = text.charCodeAt(i - 1);
  return i < end && last >= 0xd800 && last < 0xdc00 ? i - 1 : i;
}

/** One item per block: list entries, paragraphs, quotes. */
export function blockDraft(md: Markdown, block: Block, section: string | null): ItemDraft {
  return { section, span: blocksSpan(md, block), headingSpan: leadHeading(md, block) };
}

/** One item for a heading and the blocks under it. */
export function sectionDraft(md: Markdown, heading: Block, last: Block, section: string | null, stripNumber = false): ItemDraft {
  return { section, span: blocksSpan(md, heading, last), headingSpan: headingContent(md, heading, stripNumber) };
}
