// Latin-script name runs inside mixed text: "Claude Opus 4.5", "GLM-4.7-Flash", "LFM2.5 1B q4".
import type { Span } from "../../../src/types.ts";
import { isCommonWord } from "../english/words.ts";

export interface Token {
  text: string;
  span: Span;
}

/** Lower-case words that continue a model name ("o4 mini", "Gemini 2.5 flash"). */
const CONTINUATIONS = new Set([
  "mini", "pro", "max", "flash", "turbo", "lite", "nano", "preview", "instruct", "thinking", "coder",
  "chat", "base", "exp", "air", "plus", "ultra", "large", "small", "medium", "vision", "omni", "it",
]);

const AT = 64;
// Char tests are local: under tsx an imported function is read through a getter at every call.
/** Latin letters with accents (é, ő, ü, ł…: "Erdős", "Jörg", "Łukasz"), not × or ÷. */
const isAccented = (c: number) => c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7;
const isWord = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && isAccented(c));
const SPACE = 32;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isUpper = (c: number) => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);

function some(s: string, test: (c: number) => boolean): boolean {
  for (let i = 0; i < s.length; i++) if (test(s.charCodeAt(i))) return true;
  return false;
}

function every(s: string, test: (c: number) => boolean): boolean {
  for (let i = 0; i < s.length; i++) if (!test(s.charCodeAt(i))) return false;
  return true;
}

const isLowerLetter = (c: number) => c >= 97 && c <= 122;
const isDigitOrDot = (c: number) => isDigit(c) || c === 46;
const isDashOrDot = (c: number) => c === 45 || c === 46;

function continues(prev: string, next: string): boolean {
  // A bare number continues a name ("Gemini 2.5") but not a setting ("temp 0.2").
  if (next.length > 0 && every(next, isDigitOrDot)) return isUpper(prev.charCodeAt(0)) || some(prev, isDigit);
  const first = next.charCodeAt(0);
  if (isUpper(first) || first === AT || some(next, isDigit) || CONTINUATIONS.has(next.toLowerCase())) return true;
  return some(next, isDashOrDot) && !isOrdinaryCompound(next);
}

/**
 * A compound of ordinary lower-case English words neither continues nor starts a name
 * ("ByteDance open-sourced ByteCheckpoint", "Qwen3 fine-tuned on…"); one of other words may
 * ("gpt-oss 120b"), and so may the words that continue names ("Gemini 2.5 flash-lite").
 */
const isOrdinaryCompound = (word: string): boolean => {
  if (!LOWER_COMPOUND.test(word)) return false;
  const parts = word.split("-");
  return !parts.every((part) => CONTINUATIONS.has(part)) && parts.every(isCommonWord);
};
const LOWER_COMPOUND = /^[a-z]+(?:-[a-z]+)+$/;

/** A bare number and a unit after it is an amount, not a version: "realtime-1.5 3 months ago", "Qwen3 2 weeks later". */
const UNIT_AFTER = /^ (?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|times)\b/;
/** A bare number over another, either of two or three digits, is a score: "Hermes 21/28", not "Llama 3/4", "AIME 2024/2025" nor "RTX 5000/6000". */
const FRACTION_AFTER = /^\/\d{1,3}(?!\d|\.\d)/;
/** A multiplier ("20x", "5×"): a plan's or a speed-up's size after a name, not its version ("Claude Max 20x"; "8x7B" is a size). */
const MULTIPLIER = /^\d+(?:\.\d+)?[x×]$/;
const isAmount = (text: string, token: Token): boolean => {
  if (MULTIPLIER.test(token.text)) return true;
  if (!every(token.text, isDigit)) return false;
  const after = text.slice(token.span.end, token.span.end + 9);
  const fraction = FRACTION_AFTER.exec(after);
  return UNIT_AFTER.test(after) || (fraction !== null && token.text.length <= 3 && (token.text.length >= 2 || fraction[0].length >= 3));
};

let last: { text: string; runs: Token[][] } | undefined;

/** Groups the Latin tokens of `text` into runs of words joined by single spaces (the last text's runs are remembered: several extractors ask). */
export function latinRuns(text: string): Token[][] {
  if (last?.text !== text) last = { text, runs: computeRuns(text) };
  return last.runs;
}

function computeRuns(text: string): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  for (let at = 0, start = nextTokenStart(text, 0); start >= 0; start = nextTokenStart(text, at)) {
    const end = tokenEnd(text, start);
    at = end;
    const handle = text.charCodeAt(start) === AT;
    // An "@" glued to a preceding word is an e-mail address, not a handle.
    if (handle && isWord(text.charCodeAt(start - 1))) continue;
    const token = { text: text.slice(start, end), span: { start, end } };
    const prev = run[run.length - 1];
    const spaced = prev !== undefined && start === prev.span.end + 1 && text.charCodeAt(prev.span.end) === SPACE;
    // An ordinary lower-case word starts no name ("against gpt-oss-20b", "native 256K").
    if (spaced && !handle && !(run.length === 1 && (every(prev.text, isLowerLetter) || isOrdinaryCompound(prev.text))) && continues(prev.text, token.text) && !isAmount(text, token)) run.push(token);
    else {
      if (run.length) runs.push(run);
      run = [token];
    }
  }
  if (run.length) runs.push(run);
  return runs;
}

// A token, as /@?[A-Za-z0-9](?:[A-Za-z0-9_]*[A-Za-z0-9])?(?:[.\-][A-Za-z0-9_]*[A-Za-z0-9])*\+*/g
// would match it, scanned by hand (a regex match allocates an array per word of English text):
// internal dots and hyphens ("llama.cpp", "Z.ai", "30B-A3B") and a trailing "+" ("C++").
const UNDERSCORE = 95;
const PLUS = 43;
const isWordOrUnderscore = (c: number) => isWord(c) || c === UNDERSCORE;

/** Where the next token starts at or after `from` (a letter or digit, or an "@" before one); -1 if none. */
function nextTokenStart(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isWord(c)) return i;
    if (c === AT && isWord(text.charCodeAt(i + 1))) return i;
  }
  return -1;
}

/** The end of the token starting at `start`. */
function tokenEnd(text: string, start: number): number {
  let end = wordPartEnd(text, text.charCodeAt(start) === AT ? start + 1 : start);
  for (;;) {
    const c = text.charCodeAt(end);
    if (!isDashOrDot(c)) break; // "." or "-" joins a part that ends in a letter or digit
    const after = wordPartEnd(text, end + 1);
    if (after === end + 1) break;
    // "DeepSeek-R1.Blog": a dot between a version and a capitalised word ends a sentence, not a name.
    if (c === 46 && isDigit(text.charCodeAt(end - 1)) && isCapitalisedWord(text, end + 1, after)) break;
    // "Mythos-based", "Qwen 3.8-style": an adjective made of the name ends it.
    if (c === 45 && ADJECTIVE_ENDINGS.has(text.slice(end + 1, after))) break;
    end = after;
  }
  while (text.charCodeAt(end) === PLUS) end++;
  return end;
}

/** Words that make an adjective of the name before them ("Mythos-based", "GPT-4-class"). */
export const ADJECTIVE_ENDINGS = new Set(["based", "style", "like", "level", "class", "sized", "size", "powered", "grade", "tier", "scale", "native", "compatible", "specific", "only", "free", "ready", "optimized", "tuned", "generated", "driven", "backed", "inspired", "related", "focused", "centric", "esque", "hosted"]);

/** A capital, then lower-case letters only, over [start, end): "Blog", not "Q4" or "MoE". */
function isCapitalisedWord(text: string, start: number, end: number): boolean {
  if (end - start < 2 || !isUpper(text.charCodeAt(start))) return false;
  for (let i = start + 1; i < end; i++) if (!isLowerLetter(text.charCodeAt(i))) return false;
  return true;
}

/** After the last letter or digit of the run of letters, digits and "_" at `from` (`from` if none). */
function wordPartEnd(text: string, from: number): number {
  let end = from;
  for (let i = from; i < text.length && isWordOrUnderscore(text.charCodeAt(i)); i++) if (text.charCodeAt(i) !== UNDERSCORE) end = i + 1;
  return end;
}

export const runText = (text: string, run: readonly Token[]): string =>
  text.slice(run[0]!.span.start, run[run.length - 1]!.span.end);

export const runSpan = (run: readonly Token[]): Span => ({
  start: run[0]!.span.start,
  end: run[run.length - 1]!.span.end,
});
