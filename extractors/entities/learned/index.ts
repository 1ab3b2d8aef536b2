// Names learnt from other digests of the same corpus (see src/extract/learn.ts), found again here.
import type { EntityExtractor } from "../../types.ts";
import type { Doc, EntityType, Mention } from "../../../src/types.ts";
import { emphasisIsExactly } from "../../../src/segment/entity-text.ts";
import { inPlace } from "../../../src/segment/places.ts";
import { isCommenter } from "../../../src/segment/commenters.ts";
import { buildScanIndex, scanForms, type Found, type ScanIndex } from "../../../src/resolve/scan.ts";

type Learned = ReadonlyMap<string, EntityType>;

const indexes = new WeakMap<Learned, ScanIndex<EntityType>>();
/** The last text scanned: a build's second pass looks for learnt names (src/extract/corpus.ts), then extracts the same digest. */
let last: { text: string; learned: Learned; found: Found<EntityType>[] } | undefined;

/**
 * A learnt lower-case word ("datasets", "quantized", "on-prem") is a name where a cue typed it
 * ("the `datasets` library"); elsewhere it is found again only where it is set in code or bold,
 * as latin-names reads such words: in running text it is the word.
 */
const LOWER_WORDS = /^[a-z]+(?:-[a-z]+)*$/;

/**
 * Where the learnt names occur in `text` (the entity text of `doc`), longest first at each
 * position; not inside a subreddit's or a Discord channel's name (src/segment/places.ts).
 */
export function findLearned(text: string, learned: Learned, doc: Pick<Doc, "text" | "emphasis" | "links">): Found<EntityType>[] {
  if (learned.size === 0) return [];
  if (!last || last.learned !== learned || last.text !== text) {
    let index = indexes.get(learned);
    if (!index) indexes.set(learned, (index = buildScanIndex([...learned].map(([form, value]) => ({ form, value })))));
    last = { text, learned, found: scanForms(text, index) };
  }
  return last.found.filter(
    (f) => (!LOWER_WORDS.test(f.form) || emphasisIsExactly(doc.emphasis, text, f.start, f.end)) && !inPlace(doc, f.start, f.end) && !isCommenter(doc, f.start, f.end),
  );
}

export const learnedExtractor: EntityExtractor = {
  id: "learned",
  readsLearned: true,
  extract(doc, ctx) {
    return findLearned(ctx.entityText, ctx.learned, doc).map(
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
