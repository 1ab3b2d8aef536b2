// Two-pass extraction of a corpus, in batches: each batch extracts its digests once and votes
// for the names it found; the votes of every batch are merged into the names learnt from the
// whole corpus; each batch then re-extracts only the digests where a learnt name adds something.
// A batch keeps no extraction, no parsed digest and no text between the passes (only where the
// first pass found names, and what the extractors that do not read learnt names found there,
// packed; digests are read again), so a big corpus stays small in memory and the second pass
// runs only the extractors that read learnt names.
import type { Doc, EntityType, Extraction } from "../types.ts";
import { findLearned } from "../../extractors/entities/learned/index.ts";
import { entityText } from "../segment/entity-text.ts";
import { extractDocFound, type ExtractOptions } from "./index.ts";
import { NameVotes } from "./learn.ts";
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

  /** First pass over one digest: its extraction, as good as it gets without the corpus's names. */
  add(key: K, doc: Doc): Extraction {
    const { extraction: x, found: byExtractor } = extractDocFound(doc, this.options);
    this.votes.add(x);
    const found: FirstPass = new Map(x.mentions.map((m) => [m.span.start, { guessed: m.guessed === true, type: m.type }]));
    this.entries.push({ key, found, reusable: this.packer.pack(byExtractor) });
    this.options.onDoc?.(1);
    return this.keep(x);
  }

  /**
   * Second pass with the names learnt from the whole corpus: the digests whose extraction
   * changes, extracted again (`load` gives the digest back; null leaves the first pass standing).
   * Every digest is loaded again to look for the learnt names in it.
   */
  *recheck(learned: ReadonlyMap<string, EntityType>, load: (key: K) => Doc | null): Generator<[K, Extraction]> {
    for (const entry of this.entries.splice(0)) {
      const doc = learned.size > 0 ? load(entry.key) : null;
      if (doc && hasNewName(entityText(doc), doc, entry.found, learned)) {
        const given = this.packer.unpack(entry.reusable, doc.text);
        yield [entry.key, this.keep(extractDocFound(doc, { ...this.options, learned }, given).extraction)];
      }
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
 * Extracts a corpus in two passes: the second knows every confident name the first found, and
 * re-extracts only the digests where such a name occurs that the first pass did not find.
 * With `keepMentions: false` (the build) mentions are dropped as soon as they are used.
 */
export function extractDocs(docs: readonly Doc[], options: BatchOptions = {}): Extraction[] {
  const batch = new ExtractionBatch<number>(options);
  const extractions = docs.map((doc, i) => batch.add(i, doc));
  if (docs.length < 2) return extractions;
  for (const [i, x] of batch.recheck(batch.votes.learned(), (i) => docs[i]!)) extractions[i] = x;
  return extractions;
}
