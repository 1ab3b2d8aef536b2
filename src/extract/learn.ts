// Corpus-level learning: a name found with a confident cue in one digest ("比特微创始人",
// "Liquid AI发布…") is recognised in every other digest of the same corpus.
import type { EntityType, Extraction } from "../types.ts";
import { hasCjk } from "../resolve/normalize.ts";

// Only names typed by a cue are worth spreading; a default guess or a bold phrase is not.
const LEARN_FROM = new Set(["latin-names", "cue-names", "english"]);
const MIN_CONFIDENCE = 0.75;

/** Surface form → type, for unknown names seen with a confident cue (majority type). */
export function learnNames(extractions: readonly Extraction[]): Map<string, EntityType> {
  const votes = new Map<string, Map<EntityType, number>>();
  for (const x of extractions) {
    for (const m of x.mentions) {
      if (!LEARN_FROM.has(m.extractor) || m.canonical || m.guessed || m.confidence < MIN_CONFIDENCE) continue;
      const form = m.text.trim();
      if (form.length < (hasCjk(form) ? 2 : 3)) continue;
      const v = votes.get(form) ?? new Map<EntityType, number>();
      v.set(m.type, (v.get(m.type) ?? 0) + m.confidence);
      votes.set(form, v);
    }
  }
  const learned = new Map<string, EntityType>();
  for (const [form, v] of votes) learned.set(form, [...v.entries()].sort((a, b) => b[1] - a[1])[0]![0]);
  return learned;
}
