// Names learnt from other digests of the same corpus (see src/extract/learn.ts), found again here.
import type { EntityExtractor } from "../../types.ts";
import type { EntityType, Mention } from "../../../src/types.ts";
import { buildScanIndex, scanForms, type Found, type ScanIndex } from "../../../src/resolve/scan.ts";

type Learned = ReadonlyMap<string, EntityType>;

const indexes = new WeakMap<Learned, ScanIndex<EntityType>>();
/** The last text scanned: a build's second pass looks for learnt names (src/extract/corpus.ts), then extracts the same digest. */
let last: { text: string; learned: Learned; found: Found<EntityType>[] } | undefined;

/** Where the learnt names occur in `text` (an entity text), longest first at each position. */
export function findLearned(text: string, learned: Learned): Found<EntityType>[] {
  if (learned.size === 0) return [];
  if (last && last.learned === learned && last.text === text) return last.found;
  let index = indexes.get(learned);
  if (!index) indexes.set(learned, (index = buildScanIndex([...learned].map(([form, value]) => ({ form, value })))));
  last = { text, learned, found: scanForms(text, index) };
  return last.found;
}

export const learnedExtractor: EntityExtractor = {
  id: "learned",
  readsLearned: true,
  extract(doc, ctx) {
    return findLearned(ctx.entityText, ctx.learned).map(
      ({ form, value: type, start, end }): Mention => ({
        span: { start, end },
        text: doc.text.slice(start, end),
        type,
        extractor: "learned",
        reason: `'${form}' was read as ${type} elsewhere in this corpus`,
        confidence: 0.7,
      }),
    );
  },
};
