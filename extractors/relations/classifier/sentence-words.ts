// The tokens of a stretch of a sentence (tokens.ts), read from the sentence's own, tokenized once:
// the pairs of a sentence read the words between them from the same strings, which the model's
// maps then find by the hash V8 keeps on each. A stretch holds the pieces inside it; a run of
// Chinese it cuts gives the character pairs of its part (or the one character); a word or number
// it cuts, or a sentence whose lower case is not one character for one, is tokenized alone.
import type { Sentence } from "../../../src/types.ts";
import { readPieces, tokens, type Pieces } from "./tokens.ts";

export interface WordScope {
  text: string;
  sentences: readonly Sentence[];
  /** Mentions by sentence: a sentence naming few things has few stretches, tokenized alone. */
  bySentence: readonly (readonly unknown[])[];
  /** Each sentence's pieces and tokens so far (null: tokenize its stretches alone). */
  sentenceWords: Map<number, SentenceWords | null>;
}

export interface SentenceWords extends Pieces {
  /** The sentence in lower case, and where it starts in the text. */
  lower: string;
  start: number;
  tokens: string[];
}

/** What tokens(text.slice(from, to)) gives, `sentence` being the index of a sentence that may hold the stretch. */
export function windowTokens(from: number, to: number, sentence: number, scope: WordScope): string[] {
  const span = scope.sentences[sentence]?.span;
  const shared = span && from >= span.start && to <= span.end && (scope.bySentence[sentence]?.length ?? 0) >= SHARED;
  // A stretch that cuts a surrogate pair: the pair's lower case (𐲀 → 𐳀) is not its halves'.
  const words = shared && !cutsPair(scope.text, from) && !cutsPair(scope.text, to) ? wordsOf(sentence, scope) : null;
  return (words && fromPieces(words, from - words.start, to - words.start)) ?? tokens(scope.text.slice(from, to));
}

/** Whether `at` falls between the two halves of a surrogate pair. */
function cutsPair(text: string, at: number): boolean {
  const low = text.charCodeAt(at);
  const high = text.charCodeAt(at - 1);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
}

/** Sentences naming this many things or more (six pairs) are tokenized as a whole. */
export const SHARED = 4;

function wordsOf(index: number, scope: WordScope): SentenceWords | null {
  let words = scope.sentenceWords.get(index);
  if (words !== undefined) return words;
  const span = scope.sentences[index]!.span;
  const text = scope.text.slice(span.start, span.end);
  const lower = text.toLowerCase();
  // Σ lower-cases by what follows it, İ to two characters: a stretch's lower case would not be the sentence's.
  words = lower.length !== text.length || text.includes("Σ") ? null : { lower, start: span.start, tokens: [], starts: [], ends: [], cjk: [], firsts: [] };
  if (words) readPieces(lower, 0, lower.length, words.tokens, words);
  scope.sentenceWords.set(index, words);
  return words;
}

/** The tokens of lower[from, to) from the sentence's pieces, or null where the stretch cuts a piece that is no Chinese run. */
function fromPieces(words: SentenceWords, from: number, to: number): string[] | null {
  const { starts, ends, cjk, firsts, tokens: all } = words;
  const out: string[] = [];
  for (let k = firstEndingAfter(ends, from); k < starts.length && starts[k]! < to; k++) {
    const start = starts[k]!;
    const end = ends[k]!;
    if (start >= from && end <= to) {
      const last = k + 1 < firsts.length ? firsts[k + 1]! : all.length;
      for (let t = firsts[k]!; t < last; t++) out.push(all[t]!);
    } else if (cjk[k]) {
      // The part of the run inside the stretch: its pairs are the run's pairs there (its one character if that is all).
      const a = Math.max(start, from);
      const b = Math.min(end, to);
      if (b - a === 1) out.push(words.lower.slice(a, b));
      for (let i = a; i + 1 < b; i++) out.push(all[firsts[k]! + (i - start)]!);
    } else return null;
  }
  return out;
}

/** The index of the first piece ending after `at` (pieces are in order and apart). */
function firstEndingAfter(ends: readonly number[], at: number): number {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
