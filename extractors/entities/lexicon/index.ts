// Every lexicon surface form in the entity text, in both scripts (谷歌, Google, Google AI).
import type { EntityExtractor } from "../../types.ts";
import type { Mention } from "../../../src/types.ts";
import { scanForms } from "../../../src/resolve/scan.ts";

export const lexiconExtractor: EntityExtractor = {
  id: "lexicon",
  extract(doc, ctx) {
    return scanForms(ctx.entityText, ctx.lexicon.scanIndex).map(
      ({ form, value: entry, start, end }): Mention => ({
        span: { start, end },
        text: doc.text.slice(start, end),
        type: entry.type,
        canonical: entry.name,
        extractor: "lexicon",
        reason: `lexicon: '${form}' is ${entry.name} (${entry.type})`,
        confidence: form.length < 2 ? 0.5 : 0.95,
      }),
    );
  },
};
