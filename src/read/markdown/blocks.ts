// Block structure of markdown, line by line: headings, list entries (with what nests in them),
// paragraphs, quotes, fenced code, rules and tables. Lenient where digests are sloppy.
import { skipBlanks, type Line } from "../lines.ts";

export type LineKind = "blank" | "heading" | "list" | "quote" | "fence" | "code" | "hr" | "table" | "text";

export interface LineInfo {
  kind: LineKind;
  indent: number;
  /** Offset where the content starts, after "#", a list marker or ">". */
  content: number;
  /** Heading level; list content column; fence marker length. */
  level: number;
  ordered: boolean;
  /** For an opening fence: the line index of its closing fence. */
  pair: number;
}

export type BlockKind = "heading" | "list" | "paragraph" | "quote" | "fence" | "hr" | "table";

export interface Block {
  kind: BlockKind;
  /** Line indexes, inclusive. */
  first: number;
  last: number;
  /** Heading level, or a list entry's indent. */
  level: number;
  ordered: boolean;
  /** Offset where the first line's content starts. */
  content: number;
}

const HASH = 35;

export function classifyLine(text: string, line: Line): LineInfo {
  let at = line.start;
  let indent = 0;
  for (; at < line.end; at++) {
    const c = text.charCodeAt(at);
    if (c === 32) indent++;
    else if (c === 9) indent += 4 - (indent % 4);
    else break;
  }
  const info: LineInfo = { kind: "text", indent, content: at, level: 0, ordered: false, pair: -1 };
  if (at === line.end) return withKind(info, "blank");
  const c = text[at]!;
  if (indent <= 3 && (c === "`" || c === "~")) {
    let run = 1;
    while (text[at + run] === c) run++;
    if (run >= 3) {
      info.level = run;
      return withKind(info, "fence");
    }
  }
  if (indent <= 3 && c === "#") {
    let level = 1;
    while (level < 7 && text.charCodeAt(at + level) === HASH) level++;
    const after = text.charCodeAt(at + level);
    if (level <= 6 && (at + level === line.end || after === 32 || after === 9)) {
      let content = at + level;
      while (content < line.end && (text[content] === " " || text[content] === "\t")) content++;
      info.level = level;
      info.content = content;
      return withKind(info, "heading");
    }
  }
  if (indent <= 3 && (c === "-" || c === "*" || c === "_") && isRule(text, at, line.end, c)) return withKind(info, "hr");
  const marker = listMarkerEnd(text, at, line.end);
  if (marker > 0) {
    let content = marker;
    while (content - marker < 5 && text[content] === " ") content++;
    if (content - marker === 5) content = marker + 1;
    const ordered = c >= "0" && c <= "9";
    info.content = content;
    info.level = indent + (content - at);
    info.ordered = ordered;
    return withKind(info, "list");
  }
  if (indent <= 3 && c === ">") {
    const content = text[at + 1] === " " ? at + 2 : at + 1;
    info.content = Math.min(content, line.end);
    return withKind(info, "quote");
  }
  if (c === "|") return withKind(info, "table");
  return info;
}

/** Changed in place, not copied: every line's info keeps one object shape. */
function withKind(info: LineInfo, kind: LineKind): LineInfo {
  info.kind = kind;
  return info;
}

function isRule(text: string, at: number, end: number, mark: string): boolean {
  let count = 0;
  for (let j = at; j < end; j++) {
    const c = text[j];
    if (c === mark) count++;
    else if (c !== " " && c !== "\t") return false;
  }
  return count >= 3;
}

/** Offset just past a list marker ("- ", "* ", "+ ", "12. ", "3) ") at `at`, or -1. */
function listMarkerEnd(text: string, at: number, end: number): number {
  let j = at;
  const c = text[j]!;
  if (c === "-" || c === "*" || c === "+") j++;
  else {
    while (j < end && j - at < 3 && text[j]! >= "0" && text[j]! <= "9") j++;
    if (j === at || (text[j] !== "." && text[j] !== ")")) return -1;
    j++;
  }
  // A marker alone on its line ("128." ending a wrapped sentence) is text, not an empty entry.
  return j < end && (text[j] === " " || text[j] === "\t") && skipBlanks(text, j, end) < end ? j : -1;
}

/**
 * Classifies every line from `from` on, pairing fences. An unclosed fence is plain text; a fence
 * around headings keeps its lines as markdown (its marker lines stay "fence", unpaired).
 */
export function classifyLines(text: string, lines: readonly Line[], from: number): LineInfo[] {
  const infos = lines.map((line, i) => (i < from ? blankInfo(line) : classifyLine(text, line)));
  for (let i = from; i < infos.length; i++) {
    const open = infos[i]!;
    if (open.kind !== "fence") continue;
    const mark = text[open.content]!;
    let close = i + 1;
    for (; close < infos.length; close++) {
      const c = infos[close]!;
      if (c.kind === "fence" && text[c.content] === mark && c.level >= open.level) break;
    }
    if (close === infos.length) {
      open.kind = "text";
      continue;
    }
    // A digest wrapped whole in ``` by mistake: its headings show it is markdown, not code.
    const wrapsMarkdown = infos.slice(i + 1, close).some((line) => line.kind === "heading");
    if (!wrapsMarkdown) {
      open.pair = close;
      for (let j = i + 1; j < close; j++) infos[j]!.kind = "code";
    }
    i = close;
  }
  return infos;
}

function blankInfo(line: Line): LineInfo {
  return { kind: "blank", indent: 0, content: line.start, level: 0, ordered: false, pair: -1 };
}

/** Groups classified lines into blocks; blank lines belong to no block. */
export function groupBlocks(infos: readonly LineInfo[]): Block[] {
  const blocks: Block[] = [];
  let i = 0;
  while (i < infos.length) {
    const info = infos[i]!;
    const kind = blockKind(info.kind);
    if (kind === null) {
      i++;
      continue;
    }
    let last = i;
    if (kind === "fence") last = Math.max(info.pair, i);
    else if (kind === "list") last = listEntryEnd(infos, i);
    else if (kind !== "heading" && kind !== "hr") {
      const lazy = info.kind === "quote" ? "text" : info.kind; // text right under a quote continues it
      while (last + 1 < infos.length && (infos[last + 1]!.kind === info.kind || infos[last + 1]!.kind === lazy)) last++;
    }
    blocks.push(makeBlock(info, kind, i, last));
    i = last + 1;
  }
  return blocks;
}

function blockKind(kind: LineKind): BlockKind | null {
  if (kind === "blank" || kind === "code") return null;
  return kind === "text" ? "paragraph" : kind;
}

function makeBlock(info: LineInfo, kind: BlockKind, first: number, last: number): Block {
  const level = kind === "list" ? info.indent : info.level;
  return { kind, first, last, level, ordered: info.ordered, content: info.content };
}

/** Last line of the list entry starting at `first`: indented lines, nested lists, lazy text. */
function listEntryEnd(infos: readonly LineInfo[], first: number): number {
  const entry = infos[first]!;
  let last = first;
  let blank = false;
  for (let j = first + 1; j < infos.length; j++) {
    const line = infos[j]!;
    if (line.kind === "blank") {
      blank = true;
      continue;
    }
    const nested = line.indent >= entry.level && line.indent > entry.indent && line.kind !== "heading";
    const lazy = !blank && (line.kind === "text" || (line.kind === "list" && line.indent > entry.indent));
    if (!nested && !lazy) break;
    last = line.kind === "fence" && line.pair > j ? line.pair : j;
    j = last;
    blank = false;
  }
  return last;
}
