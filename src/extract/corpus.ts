// Two-pass extraction of a corpus, in batches: each batch extracts its digests once and votes
// for the names it found; the votes of every batch are merged into the names learnt from the
// whole corpus; each batch then re-extracts only the digests where a learnt name adds something.
// One batch is the in-process path; the build runs one batch per worker thread.
import type { Doc, EntityType, Extraction } from "../types.ts";
import { buildScanIndex, scanForms, type ScanIndex } from "../resolve/scan.ts";
import { entityText } from "../segment/entity-text.ts";
import { extractDoc, type ExtractOptions } from "./index.ts";
import { NameVotes } from "./learn.ts";

/** Where the first pass found a name in a digest: start offset → whether it only guessed, and its type. */
type FirstPass = Map<number, { guessed: boolean; type: EntityType }>;

export interface BatchOptions extends ExtractOptions {
  /** Keep each extraction's mentions (the build drops them once used: they are most of the memory). */
  keepMentions?: boolean;
}

interface Entry {
  doc: Doc;
  found: FirstPass;
  extraction: Extraction;
}

export class ExtractionBatch {
  readonly votes = new NameVotes();
  private readonly entries: Entry[] = [];

  constructor(private readonly options: BatchOptions = {}) {}

  get size(): number {
    return this.entries.length;
  }

  /** First pass over one digest. */
  add(doc: Doc): void {
    const x = extractDoc(doc, this.options);
    this.votes.add(x);
    const found: FirstPass = new Map(x.mentions.map((m) => [m.span.start, { guessed: m.guessed === true, type: m.type }]));
    this.entries.push({ doc, found, extraction: this.keep(x) });
    this.options.onDoc?.(1);
  }

  /** Second pass with the names learnt from the whole corpus; the batch's extractions in the order added. */
  *finish(learned: ReadonlyMap<string, EntityType>): Generator<Extraction> {
    const index = learned.size ? buildScanIndex([...learned].map(([form, value]) => ({ form, value }))) : null;
    for (const entry of this.entries.splice(0)) {
      const again = index !== null && hasNewName(entry.doc, entry.found, index);
      const x = again ? this.keep(extractDoc(entry.doc, { ...this.options, learned })) : entry.extraction;
      this.options.onDoc?.(2);
      yield x;
    }
  }

  private keep(x: Extraction): Extraction {
    return this.options.keepMentions === false ? { ...x, mentions: [] } : x;
  }
}

/** Whether a learnt name occurs in the digest where the first pass found nothing, or only guessed. */
function hasNewName(doc: Doc, found: FirstPass, index: ScanIndex<EntityType>): boolean {
  return scanForms(entityText(doc), index).some((f) => {
    const m = found.get(f.start);
    return !m || (m.guessed && m.type !== f.value);
  });
}
