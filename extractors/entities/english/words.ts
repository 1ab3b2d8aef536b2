// Whether a word is ordinary English (compromise's lexicon knows it, and not as a name).
import nlp from "compromise";

const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | undefined> } }).one.lexicon;

/** compromise's tag for a word, if its lexicon lists it (FemaleName, Adjective…). */
export const compromiseTag = (word: string): string | undefined => LEXICON[word.toLowerCase()];

export function isEnglishWord(word: string): boolean {
  const tag = LEXICON[word.toLowerCase()] ?? LEXICON[word.toLowerCase().replace(/s$/, "")];
  return tag !== undefined && !/Name$|Organization|Place|Country|City/.test(tag);
}
