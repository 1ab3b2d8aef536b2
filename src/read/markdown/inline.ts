// One pass over one line: links, images, bare URLs, HTML and template tags (not entity text),
// and the inner text of **bold**, __bold__ and `code` (emphasis). Never looks past the line.
import type { Link, Span } from "../../types.ts";
import { isAsciiAlnum } from "../lines.ts";
import {
  anchorHref,
  bareUrlEnd,
  closingParen,
  destinationUrl,
  findWithin,
  htmlTagEnd,
  matchBrackets,
  templateTagEnd,
} from "./tokens.ts";

export interface InlineMarks {
  links: Link[];
  excluded: Span[];
  emphasis: Span[];
}

/** Where the scan of one line stands. */
interface LineScan {
  text: string;
  start: number;
  end: number;
  marks: InlineMarks;
  /** Inside a link label up to here: URLs there are excluded but the link is listed once. */
  linkUntil: number;
  /** "[" offsets mapped to their "]", computed when the line has a bracket. */
  brackets: Map<number, number> | null;
  /** Link labels being read: at `at` (the "]"), skip to `to` (past the ")"). */
  jumps: { at: number; to: number }[];
  boldOpen: number;
  underOpen: number;
}

const BANG = 33;
const PAREN_OPEN = 40;
const STAR = 42;
const LESS = 60;
const OPEN_BRACKET = 91;
const UNDERSCORE = 95;
const BACKTICK = 96;
const OPEN_BRACE = 123;
const H = 104;
const T = 116;

/** ASCII characters that can start a token; every other character is skipped at once. */
const STARTS = new Uint8Array(128);
for (const c of "*_`![<{hH") STARTS[c.charCodeAt(0)] = 1;

const isSpace = (c: number): boolean => c === 32 || c === 9 || Number.isNaN(c) || c === 0x3000;

/** A link label read as plain text: nested `![x](u)`/`[x](u)` become x, bold and code marks go. */
export function plainLabel(raw: string): string {
  let s = raw;
  if (s.includes("[")) s = s.replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1");
  if (s.includes("<") || s.includes("**") || s.includes("__") || s.includes("`")) s = s.replace(/<[^>]*>|\*\*|__|`/g, "");
  return s.trim();
}

export function scanLine(text: string, start: number, end: number, marks: InlineMarks): void {
  const line: LineScan = { text, start, end, marks, linkUntil: -1, brackets: null, jumps: [], boldOpen: -1, underOpen: -1 };
  const { jumps } = line;
  let i = start;
  while (i < end) {
    // (jumps[-1] on an empty array is a slow property lookup: test the length first)
    if (jumps.length > 0 && i >= jumps[jumps.length - 1]!.at) {
      i = Math.max(i, jumps.pop()!.to);
      continue;
    }
    const c = text.charCodeAt(i);
    if (c >= 128 || STARTS[c] === 0) i++;
    else if (c === STAR || c === UNDERSCORE) i = emphasisRun(line, i, c);
    else if (c === BACKTICK) i = codeSpan(line, i);
    else if (c === OPEN_BRACKET || (c === BANG && text.charCodeAt(i + 1) === OPEN_BRACKET)) i = linkOrImage(line, i);
    else if (c === LESS) i = tag(line, i);
    else if (c === OPEN_BRACE) i = templateTag(line, i);
    else if (text.charCodeAt(i + 1) === T) i = bareUrl(line, i, end); // "ht…": perhaps http(s)://
    else i++;
  }
}

/** A run of "*" or "_": two or more open or close bold. */
function emphasisRun(line: LineScan, at: number, mark: number): number {
  const { text, start, end } = line;
  let run = 1;
  while (text.charCodeAt(at + run) === mark) run++;
  if (run < 2) return at + 1;
  const before = at > start ? text.charCodeAt(at - 1) : 32;
  const after = at + run < end ? text.charCodeAt(at + run) : 32;
  if (mark === STAR) line.boldOpen = boldMark(line, line.boldOpen, at, run, !isSpace(before), !isSpace(after));
  else {
    // __x__ only at word edges: snake_case and handles like @user__ are not bold.
    const closes = !isSpace(before) && !isAsciiAlnum(after);
    const opens = !isSpace(after) && !isAsciiAlnum(before);
    line.underOpen = boldMark(line, line.underOpen, at, run, closes, opens);
  }
  return at + run;
}

/** Opens or closes bold at a run of markers; returns the new open position (-1: none open). */
function boldMark(line: LineScan, open: number, at: number, run: number, closes: boolean, opens: boolean): number {
  if (open >= 0 && closes) {
    if (at > open) line.marks.emphasis.push({ start: open, end: at });
    return -1;
  }
  return opens ? at + run : open;
}

/** "[label](url)": brackets and destination excluded, label read on; "![alt](url)": all excluded. */
function linkOrImage(line: LineScan, at: number): number {
  const { text, end, marks } = line;
  const image = text.charCodeAt(at) === BANG;
  const open = image ? at + 1 : at;
  line.brackets ??= matchBrackets(text, open, end);
  const close = line.brackets.get(open);
  const paren = close !== undefined && text.charCodeAt(close + 1) === PAREN_OPEN ? closingParen(text, close + 1, end) : -1;
  // "[x]({{ url }})" is a template placeholder, not a link (its tags are excluded on their own).
  if (close === undefined || paren < 0 || text.charCodeAt(close + 2) === OPEN_BRACE) return at + 1;
  if (image) {
    marks.excluded.push({ start: at, end: paren + 1 });
    return paren + 1;
  }
  const span = { start: at, end: paren + 1 };
  if (at >= line.linkUntil) marks.links.push({ url: destinationUrl(text, close + 1, paren), label: plainLabel(text.slice(at + 1, close)), span });
  marks.excluded.push({ start: at, end: at + 1 }, { start: close, end: paren + 1 });
  line.jumps.push({ at: close, to: paren + 1 });
  line.linkUntil = Math.max(line.linkUntil, paren + 1);
  return at + 1;
}

function codeSpan(line: LineScan, at: number): number {
  const { text, end, marks } = line;
  let run = 1;
  while (text.charCodeAt(at + run) === BACKTICK) run++;
  for (let j = findWithin(text, "`", at + run, end); j >= 0; ) {
    let closeRun = 1;
    while (text.charCodeAt(j + closeRun) === BACKTICK) closeRun++;
    if (closeRun === run) {
      let s = at + run;
      let e = j;
      while (s < e && text.charCodeAt(s) === 32) s++;
      while (e > s && text.charCodeAt(e - 1) === 32) e--;
      if (e > s) marks.emphasis.push({ start: s, end: e });
      for (let k = s; k < e; ) k = (text.charCodeAt(k) | 32) === H ? bareUrl(line, k, e) : k + 1;
      return j + run;
    }
    j = findWithin(text, "`", j + closeRun, end);
  }
  return at + run;
}

function bareUrl(line: LineScan, at: number, end: number): number {
  const { text, marks } = line;
  const urlEnd = bareUrlEnd(text, at, end);
  if (urlEnd < 0) return at + 1;
  marks.excluded.push({ start: at, end: urlEnd });
  const url = text.slice(at, urlEnd);
  if (at >= line.linkUntil) marks.links.push({ url, label: url, span: { start: at, end: urlEnd } });
  return urlEnd;
}

function templateTag(line: LineScan, at: number): number {
  const close = templateTagEnd(line.text, at, line.end);
  if (close < 0) return at + 1;
  line.marks.excluded.push({ start: at, end: close });
  return close;
}

/** "<https://…>" autolinks, and HTML tags; an `<a href>` also lists its link, label kept as text. */
function tag(line: LineScan, at: number): number {
  const { text, end, marks } = line;
  if (text.startsWith("<http", at)) {
    const close = findWithin(text, ">", at, end);
    if (close < 0 || bareUrlEnd(text, at + 1, close) !== close) return at + 1;
    const url = text.slice(at + 1, close);
    marks.excluded.push({ start: at, end: close + 1 });
    if (at >= line.linkUntil) marks.links.push({ url, label: url, span: { start: at, end: close + 1 } });
    return close + 1;
  }
  const tagEnd = htmlTagEnd(text, at, end);
  if (tagEnd < 0) return at + 1;
  marks.excluded.push({ start: at, end: tagEnd });
  const href = anchorHref(text, at, tagEnd);
  const closeAt = href === null ? -1 : findWithin(text, "</a>", tagEnd, end);
  if (href !== null && closeAt >= 0 && at >= line.linkUntil) {
    marks.links.push({ url: href, label: plainLabel(text.slice(tagEnd, closeAt)), span: { start: at, end: closeAt + 4 } });
    line.linkUntil = closeAt + 4;
  }
  return tagEnd;
}
