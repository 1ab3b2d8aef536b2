import type { Doc, Sentence } from "../types.ts";
import { readDataJson } from "../data-dir.ts";
import { isSpace } from "./chars.ts";
import { execAll } from "./exec-all.ts";

// A sentence ends at Chinese/ASCII terminal punctuation or a line break; an ASCII period ends
// one only before whitespace (so "GLM-4.7", "llama.cpp" and "Z.ai" stay whole), and not after
// an abbreviation ("vs.", "e.g.", "U.S.") or a name's initial ("Richard S. Sutton").
const TERMINAL = /[。！？!?；;\n]|\.(?=\s)/g;

// A line that only lists topics in a code span ("> `Reka Flash 21B, Gemma 3 27B, M1 Ultra vs M4
// Max, …`", as AINews heads its Discord recaps): each topic is a sentence of its own.
const TOPIC_LIST = /^[ \t]*>?[ \t]*`[^`\n]*,[^`\n]*,[^`\n]*`[ \t]*$/gm;

/** Splits entity text into sentences and tags each with the item it belongs to. */
export function sentences(doc: Pick<Doc, "items">, entityText: string): Sentence[] {
  const out: Sentence[] = [];
  const topics = topicLists(entityText);
  let at = 0;
  TERMINAL.lastIndex = 0;
  for (let m = TERMINAL.exec(entityText); m; m = TERMINAL.exec(entityText)) {
    if (entityText.charCodeAt(m.index) === 0x2e && continuesAfter(entityText, m.index)) continue;
    const end = m.index + (entityText.charCodeAt(m.index) === 10 ? 0 : 1);
    at = splitTopics(out, entityText, at, end, topics);
    push(out, entityText, at, end);
    at = m.index + 1;
  }
  at = splitTopics(out, entityText, at, entityText.length, topics);
  push(out, entityText, at, entityText.length);
  assignItems(out, doc.items);
  return out;
}

/** Whether the period at `dot` closes an abbreviation or an initial rather than the sentence. */
export function continuesAfter(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && isAbbreviationChar(text.charCodeAt(start - 1)) && dot - start < MAX_ABBREVIATION) start--;
  if (start === dot || (start > 0 && isWordChar(text.charCodeAt(start - 1)))) return false;
  const word = text.slice(start, dot);
  if (abbreviations().has(word.toLowerCase())) return true;
  // An initial after a capitalised name: "Richard S. Sutton", but "posted on X. Then" ends.
  return word.length === 1 && isUpper(word.charCodeAt(0)) && capitalisedWordEndsAt(text, start - 1);
}

/** "e.g", "a.k.a" and the like: letters and inner periods. */
const MAX_ABBREVIATION = 8;
const isLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isUpper = (c: number): boolean => c >= 0x41 && c <= 0x5a;
const isAbbreviationChar = (c: number): boolean => isLetter(c) || c === 0x2e;
/** A character that makes the letters before a period part of a longer word ("1st.", "GPT-5v."). */
const isWordChar = (c: number): boolean => isLetter(c) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x5f;

/** Whether a word of a capital and lower-case letters ends right before the space at `space`. */
function capitalisedWordEndsAt(text: string, space: number): boolean {
  if (space < 1 || text.charCodeAt(space) !== 0x20) return false;
  let i = space;
  while (i > 0 && isLetter(text.charCodeAt(i - 1))) i--;
  return space - i >= 2 && isUpper(text.charCodeAt(i)) && !isUpper(text.charCodeAt(i + 1));
}

let abbreviationSet: ReadonlySet<string> | undefined;

/** The words of data/words/abbreviations.json, lower case, without their last period. */
function abbreviations(): ReadonlySet<string> {
  return (abbreviationSet ??= new Set(readDataJson<{ never_end: string[] }>("words", "abbreviations.json").never_end));
}

/** Where topic-list lines are: [start, end) pairs, in order. Only lines holding a backtick can be (no match crosses a newline). */
export function topicLists(text: string): number[] {
  let tick = text.indexOf("`");
  if (tick < 0) return NO_TOPICS;
  const out: number[] = [];
  while (tick >= 0) {
    const start = text.lastIndexOf("\n", tick) + 1;
    const newline = text.indexOf("\n", tick);
    const end = newline < 0 ? text.length : newline;
    for (const m of execAll(TOPIC_LIST, text.slice(start, end))) out.push(start + m.index, start + m.index + m[0].length);
    tick = newline < 0 ? -1 : text.indexOf("`", newline);
  }
  return out;
}

const NO_TOPICS: number[] = [];

/** Pushes the topics of a topic-list line inside [at, end) up to its last comma; returns where the rest starts. */
function splitTopics(out: Sentence[], text: string, at: number, end: number, topics: readonly number[]): number {
  for (let t = 0; t < topics.length; t += 2) {
    if (topics[t + 1]! <= at || topics[t]! >= end) continue;
    for (let comma = text.indexOf(",", Math.max(at, topics[t]!)); comma >= 0 && comma < Math.min(end, topics[t + 1]!); comma = text.indexOf(",", at)) {
      push(out, text, at, comma);
      at = comma + 1;
    }
  }
  return at;
}

/** The sentence [start, end) without the whitespace around it, if anything is left. */
function push(out: Sentence[], text: string, start: number, end: number): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ span: { start, end }, item: -1 });
}

function assignItems(list: Sentence[], items: Doc["items"]): void {
  let i = 0;
  for (const s of list) {
    while (i < items.length && items[i]!.span.end <= s.span.start) i++;
    const item = items[i];
    if (item && item.span.start <= s.span.start && s.span.start < item.span.end) s.item = i;
  }
}

/**
 * 1 for each sentence (by index) where the global regex `words` matches: sentences where a costly
 * pattern that cannot match without such a word need not be tried. `words` must not match
 * across sentences (letters only, no spaces or punctuation).
 */
export function sentencesWith(words: RegExp, sentences: readonly Sentence[], text: string): Uint8Array {
  const marks = new Uint8Array(sentences.length);
  let s = 0;
  for (const m of execAll(words, text)) {
    while (s < sentences.length && sentences[s]!.span.end <= m.index) s++;
    if (s < sentences.length && sentences[s]!.span.start <= m.index) marks[s] = 1;
  }
  return marks;
}
