// Every lexicon surface form that word-by-word lookup cannot find: Chinese ones (谷歌, 智谱AI)
// and ones with apostrophes or symbols. Plain Latin-script forms (Google, Google AI) are looked
// up word by word by the latin-names extractor.
import type { EntityExtractor } from "../../types.ts";
import type { Mention } from "../../../src/types.ts";
import { scanForms } from "../../../src/resolve/scan.ts";
import { hasCjk } from "../../../src/resolve/normalize.ts";
import { nameCues } from "../name-cues.ts";

export const lexiconExtractor: EntityExtractor = {
  id: "lexicon",
  extract(doc, ctx) {
    return scanForms(ctx.entityText, ctx.lexicon.textScanIndex).map(({ form, value: entry, start, end }): Mention => {
      const version = entry.family && hasCjk(form) ? versionAfter(ctx.entityText, end) : undefined;
      if (version) {
        // "文心大模型4.5", "千问3": a family's Chinese name and a version name the version (ERNIE 4.5, Qwen 3).
        const to = end + version.length;
        return {
          span: { start, end: to },
          text: doc.text.slice(start, to),
          type: entry.type,
          canonical: `${entry.name} ${version.trim().replace(/^[vV]/, "")}`,
          extractor: "lexicon",
          reason: `lexicon: '${form}' is ${entry.name} (${entry.type}), and a version of it follows`,
          confidence: 0.9,
        };
      }
      const software = entry.type === "model" && hasCjk(form) ? softwareAfter(ctx.entityText, end) : undefined;
      if (software) {
        // "文心App": a model's Chinese name and a kind of software name a product of its own.
        const to = end + software.length;
        return {
          span: { start, end: to },
          text: doc.text.slice(start, to),
          type: "product",
          extractor: "lexicon",
          reason: `lexicon: '${form}' is ${entry.name} (model), and '${software}' after it makes a product of it`,
          confidence: 0.85,
        };
      }
      return {
        span: { start, end },
        text: doc.text.slice(start, end),
        type: entry.type,
        canonical: entry.name,
        extractor: "lexicon",
        reason: `lexicon: '${form}' is ${entry.name} (${entry.type})`,
        confidence: form.length < 2 ? 0.5 : 0.95,
      };
    });
  },
};

/** A version right after a name ("4.5", " 3", "V2"), not an amount ("3亿", "5%", "4.5倍"). */
const VERSION = /^ ?[vV]?\d{1,2}(?:\.\d{1,2})?(?![\d.%％]|\s*(?:亿|万|千|百|倍|个|年|月|日|天|人|家|元|美元|B\b|M\b|K\b|GB|秒|分钟|小时|款|项|次|张|位|名))/;

/** A kind of software right after a name ("App" in 文心App), not the start of a longer word ("Apple"). */
function softwareAfter(text: string, end: number): string | undefined {
  const word = /^[A-Za-z]+/.exec(text.slice(end, end + 8))?.[0];
  return word && nameCues().softwareHeads.afterModel.has(word) ? word : undefined;
}

function versionAfter(text: string, end: number): string | undefined {
  return VERSION.exec(text.slice(end, end + 12))?.[0];
}
