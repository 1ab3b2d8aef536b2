// Every lexicon surface form that word-by-word lookup cannot find: Chinese ones (谷歌, 智谱AI)
// and ones with apostrophes or symbols. Plain Latin-script forms (Google, Google AI) are looked
// up word by word by the latin-names extractor.
import type { EntityExtractor } from "../../types.ts";
import type { Mention } from "../../../src/types.ts";
import { scanForms } from "../../../src/resolve/scan.ts";

export const lexiconExtractor: EntityExtractor = {
  id: "lexicon",
  extract(doc, ctx) {
    return scanForms(ctx.entityText, ctx.lexicon.textScanIndex).map(
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
