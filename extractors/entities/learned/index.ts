// Names learnt from other digests of the same corpus (see src/extract/learn.ts), found again here.
import type { EntityExtractor } from "../../types.ts";
import type { EntityType, Mention } from "../../../src/types.ts";
import { buildScanIndex, scanForms, type ScanIndex } from "../../../src/resolve/scan.ts";

const indexes = new WeakMap<ReadonlyMap<string, EntityType>, ScanIndex<EntityType>>();

export const learnedExtractor: EntityExtractor = {
  id: "learned",
  extract(doc, ctx) {
    if (ctx.learned.size === 0) return [];
    let index = indexes.get(ctx.learned);
    if (!index) {
      index = buildScanIndex([...ctx.learned].map(([form, value]) => ({ form, value })));
      indexes.set(ctx.learned, index);
    }
    return scanForms(ctx.entityText, index).map(
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
