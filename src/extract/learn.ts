// Corpus-level learning: a name found with a confident cue in one digest ("比特微创始人",
// "Liquid AI发布…") is recognised in every other digest of the same corpus.
import { ownCopy } from "../memo.ts";
import type { EntityType, ResolvedMention } from "../types.ts";
import { hasCjk } from "../resolve/normalize.ts";
import { isEnglishWord, isOrdinaryEnglishWord } from "../../extractors/entities/english/words.ts";

// Only names typed by a cue are worth spreading; a default guess or a bold phrase is not.
const LEARN_FROM = new Set(["latin-names", "cue-names", "english"]);
const MIN_CONFIDENCE = 0.75;

/**
 * A learnt name is looked for in every digest, where an ordinary word is almost always just the
 * word: "`time` library", "**open-weight** model" or "**Fast** model" typed one mention each,
 * and once learnt made "time", "open-weight" and "Fast" entities all over the corpus. The digest
 * whose cue typed such a word keeps it; only spreading it is left out. A word or hyphenated
 * compound of common words is ordinary ("open-weight", "Text-to-Image"); words apart are names
 * as often as not ("Reality Labs", "Rob Pike"), and so is one capitalised word ("Arena",
 * "Atlas") unless compromise knows it (an adjective, a verb: "Fast").
 */
function isOrdinaryWords(form: string): boolean {
  if (!COMPOUND.test(form)) return false;
  const parts = form.split("-");
  if (parts.length > 1 && parts.some((p) => NAME_PARTS.test(p))) return false; // "Cute-Bench", "Sonar-pro"
  return /^[A-Z]/.test(form) && parts.length === 1 ? isEnglishWord(form) : parts.every(isOrdinaryEnglishWord);
}

const COMPOUND = /^[A-Za-z][a-z]+(?:-[A-Za-z][a-z]*)*$/;
/** Words that, joined to others, make a product's or a benchmark's name. */
const NAME_PARTS = /^(?:bench|pro|mini|max|lite|turbo|plus|flash|ultra|nano|instruct|coder)$/i;

export type VotesJson = [form: string, types: [EntityType, number][]][];

/** Votes for the type of each confidently cued unknown name, digest by digest. */
export class NameVotes {
  private votes = new Map<string, Map<EntityType, number>>();

  /** A digest's votes: its resolved mentions. */
  add(mentions: readonly ResolvedMention[]): void {
    for (const m of mentions) {
      if (!LEARN_FROM.has(m.extractor) || m.canonical || m.guessed || m.shortForm || m.confidence < MIN_CONFIDENCE) continue;
      const form = m.text.trim();
      if (form.length < (hasCjk(form) ? 2 : 3) || isOrdinaryWords(form)) continue;
      // Votes in thousandths: integer sums do not depend on the order digests were added in.
      this.vote(form, m.type, Math.round(m.confidence * 1000));
    }
  }

  private vote(form: string, type: EntityType, weight: number): void {
    const v = this.votes.get(form) ?? new Map<EntityType, number>();
    v.set(type, (v.get(type) ?? 0) + weight);
    if (!this.votes.has(form)) this.votes.set(ownCopy(form), v);
  }

  /** Adds another batch's votes (see toJSON). */
  merge(other: NameVotes | VotesJson): void {
    const entries = other instanceof NameVotes ? other.toJSON() : other;
    for (const [form, types] of entries) for (const [type, weight] of types) this.vote(form, type, weight);
  }

  /** The votes as plain data, to send between threads. */
  toJSON(): VotesJson {
    return [...this.votes].map(([form, v]) => [form, [...v]]);
  }

  /**
   * Surface form → the type most confidently voted for it, in the order of the forms (code
   * units): where two forms match one span ("EXL3", "exl3"), the scan keeps the first, so the
   * order may not be the order votes came in, which differs with the threads a build used.
   */
  learned(): Map<string, EntityType> {
    const out = new Map<string, EntityType>();
    // Ties go to the type that sorts first, so the result does not depend on the order of votes.
    const best = (v: Map<EntityType, number>): EntityType =>
      [...v].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
    const forms = [...this.votes.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const form of forms) out.set(form, best(this.votes.get(form)!));
    return out;
  }
}
