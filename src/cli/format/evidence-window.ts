// The stretch of an evidence sentence a terminal row has room for, chosen so both names show:
// the whole sentence when it fits; else from a little before the first name to past the
// second; names too far apart for one stretch get one each, joined by " … ". Text is cut only
// between words (at spaces, or next to Chinese characters), "…" where cut.
import { displayWidth } from "./width.ts";

interface Range {
  start: number;
  end: number;
}

/** Where any of `names` first occurs in `text` (case-insensitive; Latin names as whole words). */
export function findName(text: string, names: readonly string[]): Range | undefined {
  const lower = text.toLowerCase();
  let best: Range | undefined;
  for (const name of names) {
    const n = name.toLowerCase();
    if (!n) continue;
    for (let at = lower.indexOf(n); at >= 0; at = lower.indexOf(n, at + 1)) {
      if (!wholeWord(lower, at, at + n.length)) continue;
      if (!best || at < best.start || (at === best.start && at + n.length > best.end)) best = { start: at, end: at + n.length };
      break;
    }
  }
  return best;
}

const LATIN = /[a-z0-9]/;
const wholeWord = (text: string, start: number, end: number): boolean => !LATIN.test(text[start - 1] ?? "") && !LATIN.test(text[end] ?? "");

/** Columns kept before a name when the sentence must be cut. */
const LEAD = 12;

export function evidenceWindow(text: string, namesA: readonly string[], namesB: readonly string[], columns: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (displayWidth(clean) <= columns) return clean;
  const hits = [findName(clean, namesA), findName(clean, namesB)].filter((h) => h !== undefined).sort((x, y) => x.start - y.start);
  if (hits.length === 2 && displayWidth(clean.slice(hits[0]!.start, hits[1]!.end)) > columns - 4) {
    // Too far apart for one stretch: half the row around each.
    const half = Math.floor((columns - 3) / 2);
    return `${stretch(clean, hits[0]!.start, half, false)} ${stretch(clean, hits[1]!.start, columns - 3 - half, true)}`.replace(/ … …/g, " …");
  }
  const from = hits[0]?.start ?? 0;
  const to = hits.at(-1)?.end ?? 0;
  let start = from;
  let lead = 0;
  while (start > 0 && lead < LEAD) lead += displayWidth(clean[--start]!);
  while (start < from && displayWidth(clean.slice(start, to)) > columns - 4) start++;
  return cut(clean, start, columns, false);
}

/** About `columns` of text from a little before `at`. */
function stretch(text: string, at: number, columns: number, last: boolean): string {
  let start = at;
  let lead = 0;
  while (start > 0 && lead < Math.min(LEAD, columns / 3)) lead += displayWidth(text[--start]!);
  return cut(text, start, columns, !last);
}

/** Text from `start` (moved to the next break) in at most `columns`, "…" at each cut end. */
function cut(text: string, start: number, columns: number, alwaysEllipsis: boolean): string {
  while (start > 0 && start < text.length && !isBreak(text, start)) start++;
  while (start < text.length && text[start] === " ") start++;
  const prefix = start > 0 ? "… " : "";
  let out = prefix;
  let used = displayWidth(prefix);
  let lastBreak = -1;
  let i = start;
  for (; i < text.length; i++) {
    const w = displayWidth(text[i]!);
    if (used + w > columns - 2) break;
    if (isBreak(text, i)) lastBreak = out.length;
    out += text[i];
    used += w;
  }
  if (i >= text.length && !alwaysEllipsis) return out;
  return `${(i < text.length && lastBreak > prefix.length ? out.slice(0, lastBreak) : out).trimEnd()} …`;
}

/** A place text may be cut: at a space, or next to a Chinese character. */
function isBreak(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  return before === 32 || after === 32 || isChinese(before) || isChinese(after);
}

const isChinese = (c: number): boolean => (c >= 0x3000 && c <= 0x9fff) || (c >= 0xff00 && c <= 0xffef);
