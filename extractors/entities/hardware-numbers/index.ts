// Hardware named by its bare model number: "my 3090", "单4090显卡", "a 5070Ti/5060Ti combo"
// (data/cues/hardware-numbers.json). The latin-names extractor takes no name that starts with a
// digit (sizes, counts, dates), so these are found here, each as its family's model ("RTX 3090").
import type { EntityExtractor } from "../../types.ts";
import type { Mention } from "../../../src/types.ts";
import { readDataJson } from "../../../src/data-dir.ts";

interface NumberRule {
  id: string;
  numbers: string;
  family: string;
  reason: string;
}

interface CompiledRule extends NumberRule {
  regex: RegExp;
}

let rules: CompiledRule[] | undefined;

function numberRules(): CompiledRule[] {
  if (rules) return rules;
  const file = readDataJson<{ rules: NumberRule[]; counted: string; countLabels: string }>("cues", "hardware-numbers.json");
  // A word of its own: not inside a number, a version, an identifier or a price, nor a count's
  // value ("Activity: 3080"); then not a decimal, a file name, a range or a count. An "RTX" cut off by code marks ("RTX `5070 Ti`") is the name's.
  const wrap = (numbers: string) =>
    new RegExp(`(?<![A-Za-z0-9_$.,:#@=+~-])(?<!(?:${file.countLabels}):\\s*)(?:(?:RTX|GTX)\\s*[\`*]+)?(${numbers})(?:s|'s|’s)?(?![A-Za-z0-9_%]|[.,:][A-Za-z0-9]|-\\d|\\s*(?:${file.counted})(?![A-Za-z]))`, "g");
  rules = file.rules.map((r) => ({ ...r, regex: wrap(r.numbers) }));
  return rules;
}

/** "5070Ti" → "5070 Ti", "4080 SUPER" → "4080 Super". */
const modelNumber = (text: string): string =>
  text.replace(/\s*(Ti|TI)$/, " Ti").replace(/\s*(Super|SUPER)$/, " Super");

export const hardwareNumbersExtractor: EntityExtractor = {
  id: "hardware-numbers",
  extract(doc, ctx) {
    const out: Mention[] = [];
    for (const rule of numberRules()) {
      for (const m of ctx.entityText.matchAll(rule.regex)) {
        const number = m[1]!;
        // The span runs from any "RTX" before the number to the number's end (no plural "s").
        const start = m.index;
        const end = m.index + m[0].indexOf(number) + number.length;
        out.push({
          span: { start, end },
          text: doc.text.slice(start, end),
          type: "hardware",
          canonical: `${rule.family} ${modelNumber(number)}`,
          extractor: "hardware-numbers",
          reason: `hardware number: ${rule.reason}`,
          confidence: 0.8,
        });
      }
    }
    return out;
  },
};
