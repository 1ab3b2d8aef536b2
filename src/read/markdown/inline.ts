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

interface LineState {
  text: string;
  end: number;
  marks: InlineMarks;
  /** Inside a link label up to here: URLs there are excluded but the link is listed once. */
  linkUntil: number;
}

const BANG = 33;
const STAR = 42;
const LESS = 60;
const OPEN_BRACKET = 91;
const UNDERSCORE = 95;
const BACKTICK = 96;
const OPEN_BRACE = 123;
const H = 104;

/** ASCII characters that can start a token; every other character is skipped at once. */
const STARTS = new Uint8Array(128);
for (const c of "*_`![<{hH") STARTS[c.charCodeAt(0)] = 1;

const isSpace = (c: number): boolean => c === 32 || c === 9 || Number.isNaN(c) || c === 0x3000;

/** A link label read as plain text: nested `![x](u)`/`[x](u)` become x, bold and code marks go. */
export function plainLabel(raw: string): string {
  return raw
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]*>|\*\*|__|`/g, "")
    .trim();
}

export function scanLine(text: string, start: number, end: number, marks: InlineMarks): void {
  const state: LineState = { text, end, marks, linkUntil: -1 };
  let brackets: Map<number, number> | null = null;
  /** Link labels being read: at `at` (the "]"), skip to `to` (past the ")"). */
  const jumps: { at: number; to: number }[] = [];
  let boldOpen = -1;
  let underOpen = -1;
  let i = start;
  while (i < end) {
    // (jumps[-1] on an empty array is a slow property lookup: test the length first)
    if (jumps.length > 0 && i >= jumps[jumps.length - 1]!.at) {
      i = Math.max(i, jumps.pop()!.to);
      continue;
    }
    const c = text.charCodeAt(i);
    if (c >= 128 || STARTS[c] === 0) i++;
    else if (c === STAR || c === UNDERSCORE) {
      let run = 1;
      while (text.charCodeAt(i + run) === c) run++;
      if (run >= 2) {
        const before = i > start ? text.charCodeAt(i - 1) : 32;
        const after = i + run < end ? text.charCodeAt(i + run) : 32;
        if (c === STAR) boldOpen = emphasisMark(marks, boldOpen, i, run, !isSpace(before), !isSpace(after));
        else {
          // __x__ only at word edges: snake_case and handles like @user__ are not bold.
          const closes = !isSpace(before) && !isAsciiAlnum(after);
          const opens = !isSpace(after) && !isAsciiAlnum(before);
          underOpen = emphasisMark(marks, underOpen, i, run, closes, opens);
        }
      }
      i += run;
    } else if (c === BACKTICK) {
      i = codeSpan(state, i);
    } else if (c === OPEN_BRACKET || (c === BANG && text.charCodeAt(i + 1) === OPEN_BRACKET)) {
      const open = c === BANG ? i + 1 : i;
      brackets ??= matchBrackets(text, open, end);
      const close = brackets.get(open);
      const paren = close !== undefined && text.charCodeAt(close + 1) === 40 ? closingParen(text, close + 1, end) : -1;
      if (close === undefined || paren < 0) i++;
      else if (c === BANG) {
        marks.excluded.push({ start: i, end: paren + 1 }); // an image: alt text and URL alike
        i = paren + 1;
      } else {
        const span = { start: i, end: paren + 1 };
        const label = plainLabel(text.slice(i + 1, close));
        if (i >= state.linkUntil) marks.links.push({ url: destinationUrl(text, close + 1, paren), label, span });
        marks.excluded.push({ start: i, end: i + 1 }, { start: close, end: paren + 1 });
        jumps.push({ at: close, to: paren + 1 });
        state.linkUntil = Math.max(state.linkUntil, paren + 1);
        i++;
      }
    } else if (c === LESS) {
      i = tag(state, i);
    } else if (c === OPEN_BRACE) {
      const close = templateTagEnd(text, i, end);
      if (close > 0) marks.excluded.push({ start: i, end: close });
      i = close > 0 ? close : i + 1;
    } else if (text.charCodeAt(i + 1) === 116) {
      i = bareUrl(state, i, end); // "ht…": perhaps http(s)://
    } else i++;
  }
}

/** Opens or closes bold at a run of markers; returns the new open position (-1: none open). */
function emphasisMark(marks: InlineMarks, open: number, at: number, run: number, closes: boolean, opens: boolean): number {
  if (open >= 0 && closes) {
    if (at > open) marks.emphasis.push({ start: open, end: at });
    return -1;
  }
  return opens ? at + run : open;
}

function codeSpan(state: LineState, at: number): number {
  const { text, end, marks } = state;
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
      for (let k = s; k < e; ) k = (text.charCodeAt(k) | 32) === H ? bareUrl(state, k, e) : k + 1;
      return j + run;
    }
    j = findWithin(text, "`", j + closeRun, end);
  }
  return at + run;
}

function bareUrl(state: LineState, at: number, end: number): number {
  const { text, marks } = state;
  const urlEnd = bareUrlEnd(text, at, end);
  if (urlEnd < 0) return at + 1;
  marks.excluded.push({ start: at, end: urlEnd });
  const url = text.slice(at, urlEnd);
  if (at >= state.linkUntil) marks.links.push({ url, label: url, span: { start: at, end: urlEnd } });
  return urlEnd;
}

function tag(state: LineState, at: number): number {
  const { text, end, marks } = state;
  if (text.startsWith("<http", at)) {
    const close = findWithin(text, ">", at, end);
    if (close < 0 || bareUrlEnd(text, at + 1, close) !== close) return at + 1;
    const url = text.slice(at + 1, close);
    marks.excluded.push({ start: at, end: close + 1 });
    if (at >= state.linkUntil) marks.links.push({ url, label: url, span: { start: at, end: close + 1 } });
    return close + 1;
  }
  const tagEnd = htmlTagEnd(text, at, end);
  if (tagEnd < 0) return at + 1;
  marks.excluded.push({ start: at, end: tagEnd });
  const href = anchorHref(text, at, tagEnd);
  const closeAt = href === null ? -1 : findWithin(text, "</a>", tagEnd, end);
  if (href !== null && closeAt >= 0 && at >= state.linkUntil) {
    const label = plainLabel(text.slice(tagEnd, closeAt));
    marks.links.push({ url: href, label, span: { start: at, end: closeAt + 4 } });
    state.linkUntil = closeAt + 4;
  }
  return tagEnd;
}
