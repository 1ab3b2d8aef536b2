// Recognisers for the inline tokens that are not entity text: URLs, HTML tags, template tags.
// Each looks at one position of a line and returns where the token ends, or -1.
import { isAsciiAlnum } from "../lines.ts";

const PAREN_OPEN = 40;
const PAREN_CLOSE = 41;
const GREATER = 62;
/** A link destination longer than this is taken as broken markdown, not as a URL. */
const MAX_DESTINATION = 4096;
const URL_STOPS = new Set([...'<>"`|]\\'].map((c) => c.charCodeAt(0)));
const URL_TRAILERS = new Set([...".,;:!?'*"].map((c) => c.charCodeAt(0)));

/** Offset of `needle` in [from, end) of `text`, or -1: a search that never runs past the line. */
export function findWithin(text: string, needle: string, from: number, end: number): number {
  const first = needle.charCodeAt(0);
  for (let j = from; j + needle.length <= end; j++) {
    if (text.charCodeAt(j) === first && text.startsWith(needle, j)) return j;
  }
  return -1;
}

/** End of a bare http(s) URL starting at `at`, or -1. */
export function bareUrlEnd(text: string, at: number, end: number): number {
  let j: number;
  if (text.startsWith("https://", at)) j = at + 8;
  else if (text.startsWith("http://", at)) j = at + 7;
  else return -1;
  let depth = 0;
  for (; j < end; j++) {
    const c = text.charCodeAt(j);
    // URLs in digests are ASCII; CJK text or full-width punctuation right after one ends it.
    if (c <= 32 || c > 126 || URL_STOPS.has(c)) break;
    if (c === 42 && text.charCodeAt(j + 1) === 42) break; // "**" closes bold around a URL
    if (c === PAREN_OPEN) depth++;
    else if (c === PAREN_CLOSE) {
      if (depth === 0) break;
      depth--;
    }
  }
  while (j > at && URL_TRAILERS.has(text.charCodeAt(j - 1))) j--;
  return j > at + 8 ? j : -1;
}

/** Offset of the ")" closing the "(" at `open`, or -1. */
export function closingParen(text: string, open: number, end: number): number {
  const limit = Math.min(end, open + MAX_DESTINATION);
  let depth = 0;
  for (let j = open + 1; j < limit; j++) {
    const c = text.charCodeAt(j);
    if (c === 92) j++; // backslash escape
    else if (c === PAREN_OPEN) depth++;
    else if (c === PAREN_CLOSE) {
      if (depth === 0) return j;
      depth--;
    }
  }
  return -1;
}

/** The URL of a link destination "(url)", "(<url>)" or "(url "title")". */
export function destinationUrl(text: string, open: number, close: number): string {
  const inner = text.slice(open + 1, close).trim();
  if (inner.startsWith("<")) {
    const gt = inner.indexOf(">");
    return gt > 0 ? inner.slice(1, gt) : inner.slice(1);
  }
  const space = inner.search(/\s/);
  return space < 0 ? inner : inner.slice(0, space);
}

/** Offset of each "[" of the line mapped to its "]", nesting and escapes respected. */
export function matchBrackets(text: string, start: number, end: number): Map<number, number> {
  const pairs = new Map<number, number>();
  const open: number[] = [];
  for (let j = start; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c === 92) j++;
    else if (c === 91) open.push(j);
    else if (c === 93) {
      const from = open.pop();
      if (from !== undefined) pairs.set(from, j);
    }
  }
  return pairs;
}

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** End of an HTML tag or comment starting at `at` ("<br/>", "<video …>", "</a>", "<!-- … -->"), or -1. */
export function htmlTagEnd(text: string, at: number, end: number): number {
  if (text.startsWith("<!--", at)) {
    const close = findWithin(text, "-->", at + 4, end);
    return close >= 0 ? close + 3 : -1;
  }
  let j = at + 1;
  if (text.charCodeAt(j) === 47) j++;
  if (!isLetter(text.charCodeAt(j))) return -1;
  while (j < end && (isAsciiAlnum(text.charCodeAt(j)) || text.charCodeAt(j) === 45)) j++;
  const c = text.charCodeAt(j);
  if (j < end && c !== 32 && c !== 9 && c !== 47 && c !== GREATER) return -1;
  const close = findWithin(text, ">", j, end);
  return close >= 0 ? close + 1 : -1;
}

/** The href of an `<a …>` opening tag spanning [at, tagEnd), or null when it is another tag. */
export function anchorHref(text: string, at: number, tagEnd: number): string | null {
  const name = text.charCodeAt(at + 1) | 32;
  const next = text.charCodeAt(at + 2);
  if (name !== 97 || (next !== 32 && next !== 9)) return null;
  const href = findWithin(text, "href=", at, tagEnd);
  if (href < 0) return null;
  const quote = text[href + 5];
  if (quote === '"' || quote === "'") {
    const close = findWithin(text, quote, href + 6, tagEnd);
    return close > 0 ? text.slice(href + 6, close) : null;
  }
  const stop = text.slice(href + 5, tagEnd - 1).search(/[\s>]/);
  return text.slice(href + 5, stop < 0 ? tagEnd - 1 : href + 5 + stop);
}

/** End of a template tag "{% … %}" or "{{ … }}" starting at `at`, or -1. */
export function templateTagEnd(text: string, at: number, end: number): number {
  const second = text[at + 1];
  const closer = second === "%" ? "%}" : second === "{" ? "}}" : null;
  if (closer === null) return -1;
  const close = findWithin(text, closer, at + 2, end);
  return close >= 0 ? close + 2 : -1;
}
