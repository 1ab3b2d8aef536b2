// A digest's markdown, parsed once: lines, front matter, blocks and the inline marks.
import type { Span } from "../../types.ts";
import { splitLines, type Line } from "../lines.ts";
import { classifyLines, groupBlocks, type Block, type LineInfo } from "./blocks.ts";
import { readFrontMatter, type FrontMatter } from "./front-matter.ts";
import { scanLine, type InlineMarks } from "./inline.ts";

export interface Markdown {
  text: string;
  lines: Line[];
  infos: LineInfo[];
  blocks: Block[];
  frontMatter: FrontMatter | null;
  /** Links, emphasis, and what markdown alone says is not text: front matter, fence lines, URLs, tags. */
  marks: InlineMarks;
}

export function parseMarkdown(text: string): Markdown {
  const lines = splitLines(text);
  const frontMatter = readFrontMatter(text, lines);
  const from = frontMatter?.nextLine ?? 0;
  const infos = classifyLines(text, lines, from);
  const marks: InlineMarks = { links: [], excluded: frontMatter ? [frontMatter.span] : [], emphasis: [] };
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    const kind = infos[i]!.kind;
    // A fence's ``` lines are markup; the text between them is kept (digest summaries live there).
    if (kind === "fence") marks.excluded.push({ start: line.start, end: line.end });
    else if (kind !== "blank") scanLine(text, line.start, line.end, marks);
  }
  return { text, lines, infos, blocks: groupBlocks(infos), frontMatter, marks };
}

/** Span of a whole line, without its line break. */
export function lineSpan(md: Markdown, index: number): Span {
  const line = md.lines[index]!;
  return { start: line.start, end: line.end };
}

/** The raw text of a line's content (after "#", list marker or ">"). */
export function lineContent(md: Markdown, index: number): string {
  return md.text.slice(md.infos[index]!.content, md.lines[index]!.end);
}
