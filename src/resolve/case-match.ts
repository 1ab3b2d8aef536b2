// "React" is not ReAct, "Palm" not PaLM, "Squad" not SQuAD: names are looked up without case,
// so a capitalised English word would match a name that is only ever written with capitals
// inside. Such a match is the word's (or another thing's), not the name's.
import type { LexEntry } from "./lexicon.ts";
import { isOrdinaryEnglishWord } from "../../extractors/entities/english/words.ts";

const CAPITALISED_PLAIN = /^[A-Z][a-z]+$/;
const CAPITAL_INSIDE = /^.+[A-Z]/;

/** True when `surface`, a capitalised English word, matches `entry` only by ignoring case. */
export function isCaseOnlyMatch(surface: string, entry: LexEntry): boolean {
  if (!CAPITALISED_PLAIN.test(surface) || !CAPITAL_INSIDE.test(entry.name) || !isOrdinaryEnglishWord(surface)) return false;
  return entry.aliases.every((alias) => CAPITAL_INSIDE.test(alias) || !/^[A-Za-z]/.test(alias));
}

const LOWER_PLAIN = /^[a-z]+$/;
const HAS_LOWER = /[a-z]/;

/**
 * True when `surface`, an ordinary English word in lower case, matches `entry` only by ignoring
 * case, and the entry is only ever written in capitals: "a short interview clip" is no CLIP, "glue
 * code" no GLUE, "a fair point" no FAIR, "5 sec" no SEC.
 */
export function isWordForAcronym(surface: string, entry: LexEntry): boolean {
  if (!LOWER_PLAIN.test(surface)) return false;
  // The entry's forms the word matches (its name, "CLIP", or an alias) are all written in capitals.
  const forms = [entry.name, ...entry.aliases].filter((form) => form.toLowerCase() === surface);
  return forms.length > 0 && !forms.some((form) => HAS_LOWER.test(form)) && isOrdinaryEnglishWord(surface);
}
