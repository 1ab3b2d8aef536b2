// Two-pass extraction of a corpus, in batches: each batch finds the names in its digests (the
// entity stage alone) and votes for them; the votes of every batch are merged into the names
// learnt from the whole corpus; each batch then finishes every digest, with the learnt names
// where one adds something. Relations are only extracted then, once per digest: in a corpus of
// hundreds, learnt names change almost every digest, and a first pass's relations were thrown away.
// A batch keeps no extraction, no parsed digest and no text between the passes (only where the
// first pass found names, and what the extractors that do not read learnt names found there,
// packed; digests are read again), so a big corpus stays small in memory and the second pass
// runs again only the entity extractors that read learnt names.
import type { Doc, EntityType, Extraction } from "../types.ts";
import { findLearned } from "../../extractors/entities/learned/index.ts";
import { entityText } from "../segment/entity-text.ts";
import { extractDocFound, findNames, type ExtractOptions } from "./index.ts";
import { NameVotes } from "./learn.ts";
import { strongEntities } from "./drop-weak.ts";
import { MentionPacker, type PackedMentions } from "./packed-mentions.ts";

/** Where the first pass found a name in a digest: start offset → whether it only guessed, and its type. */
type FirstPass = Map<number, { guessed: boolean; type: EntityType }>;

export interface BatchOptions extends ExtractOptions {
  /** Keep each extraction's mentions (the build drops them once used: they are most of the memory). */
  keepMentions?: boolean;
}

interface Entry<K> {
  key: K;
  found: FirstPass;
  /** What each entity extractor found, for the second pass (which runs again only those that read learnt names). */
  reusable: PackedMentions;
}

export class ExtractionBatch<K> {
  readonly votes = new NameVotes();
  private readonly entries: Entry<K>[] = [];
  private readonly packer = new MentionPacker();

  constructor(private readonly options: BatchOptions = {}) {}

  /** First pass over one digest: the names it finds without the corpus's, voted for. */
  add(key: K, doc: Doc): void {
    const { found: byExtractor, resolved } = findNames(doc, this.options);
    this.votes.add(resolved.mentions);
    // (Names only weakly guessed count as not found: an extraction drops them unless a relation needs them.)
    const strong = strongEntities(resolved.mentions);
    const found: FirstPass = new Map(resolved.mentions.filter((m) => strong.has(m.entity)).map((m) => [m.span.start, { guessed: m.guessed === true, type: m.type }]));
    this.entries.push({ key, found, reusable: this.packer.pack(byExtractor) });
    this.options.onDoc?.(1);
  }

  /** The names this batch's own votes teach, when it is the whole corpus (one digest alone learns nothing from itself). */
  learnedHere(): Map<string, EntityType> {
    return this.entries.length >= 2 ? this.votes.learned() : new Map();
  }

  /**
   * Second pass with the names learnt from the whole corpus: every digest's extraction, with the
   * learnt names where one adds something (`load` gives the digest back; null when it changed
   * since the first pass, which leaves it out).
   */
  *recheck(learned: ReadonlyMap<string, EntityType>, load: (key: K) => Doc | null): Generator<[K, Extraction | null]> {
    for (const entry of this.entries.splice(0)) {
      const doc = load(entry.key);
      if (doc) {
        const given = this.packer.unpack(entry.reusable, doc.text);
        const options = learned.size > 0 && hasNewName(entityText(doc), doc, entry.found, learned) ? { ...this.options, learned } : this.options;
        yield [entry.key, this.keep(extractDocFound(doc, options, given).extraction)];
      } else yield [entry.key, null];
      this.options.onDoc?.(2);
    }
  }

  private keep(x: Extraction): Extraction {
    return this.options.keepMentions === false ? { ...x, mentions: [] } : x;
  }
}

/** Whether a learnt name occurs in the digest where the first pass found nothing, or only guessed. */
function hasNewName(text: string, doc: Doc, found: FirstPass, learned: ReadonlyMap<string, EntityType>): boolean {
  return findLearned(text, learned, doc).some((f) => {
    const m = found.get(f.start);
    return !m || (m.guessed && m.type !== f.value);
  });
}

/**
 * Extracts a corpus in two passes: the first finds names, the second extracts every digest,
 * knowing every confident name the first found where such a name occurs that it did not find.
 * With `keepMentions: false` (the build) mentions are dropped as soon as they are used.
 */
export function extractDocs(docs: readonly Doc[], options: BatchOptions = {}): Extraction[] {
  const batch = new ExtractionBatch<number>(options);
  docs.forEach((doc, i) => batch.add(i, doc));
  const extractions: Extraction[] = new Array(docs.length);
  for (const [i, x] of batch.recheck(batch.learnedHere(), (i) => docs[i]!)) extractions[i] = x!;
  return extractions;
}
