// Corpus-level learning: a name found with a confident cue in one digest ("比特微创始人",
// "Liquid AI发布…") is recognised in every other digest of the same corpus.
import type { EntityType, Extraction } from "../types.ts";
import { hasCjk } from "../resolve/normalize.ts";

// Only names typed by a cue are worth spreading; a default guess or a bold phrase is not.
const LEARN_FROM = new Set(["latin-names", "cue-names", "english"]);
const MIN_CONFIDENCE = 0.75;

/** Votes for the type of each confidently cued unknown name, digest by digest. */
export class NameVotes {
  private votes = new Map<string, Map<EntityType, number>>();

  add(x: Extraction): void {
    for (const m of x.mentions) {
      if (!LEARN_FROM.has(m.extractor) || m.canonical || m.guessed || m.confidence < MIN_CONFIDENCE) continue;
      const form = m.text.trim();
      if (form.length < (hasCjk(form) ? 2 : 3)) continue;
      const v = this.votes.get(form) ?? new Map<EntityType, number>();
      v.set(m.type, (v.get(m.type) ?? 0) + m.confidence);
      this.votes.set(form, v);
    }
  }

  /** Surface form → the type most confidently voted for it. */
  learned(): Map<string, EntityType> {
    const out = new Map<string, EntityType>();
    for (const [form, v] of this.votes) out.set(form, [...v.entries()].sort((a, b) => b[1] - a[1])[0]![0]);
    return out;
  }
}
