// Whether a word is ordinary English (compromise's lexicon knows it, and not as a name).
import { compromise } from "./compromise.ts";

type WordTags = Record<string, string | undefined>;
let lexicon: WordTags | undefined;
const words = (): WordTags => (lexicon ??= (compromise().model() as { one: { lexicon: WordTags } }).one.lexicon);

/** compromise's tag for a word, if its lexicon lists it (FemaleName, Adjective…). */
export const compromiseTag = (word: string): string | undefined => words()[word.toLowerCase()];

export function isEnglishWord(word: string): boolean {
  const tag = words()[word.toLowerCase()] ?? words()[word.toLowerCase().replace(/s$/, "")];
  return tag !== undefined && !/Name$|Organization|Place|Country|City/.test(tag);
}
