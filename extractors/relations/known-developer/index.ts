// When a sentence names a product and the organisation the lexicon says makes it ("Anthropic
// 开始阻止第三方应用使用Claude订阅"), it may imply who develops it: a hint for the relation classifier,
// which weighs it with the rest of the sentence. Facts come from data/lexicon.
import type { RelationExtractor } from "../../types.ts";
import type { Relation, ResolvedMention } from "../../../src/types.ts";
import { familyOf, lookup } from "../../../src/resolve/lexicon.ts";
import { nameKey } from "../../../src/resolve/normalize.ts";
import { evidenceOf } from "../shared.ts";

export const knownDeveloperExtractor: RelationExtractor = {
  id: "known-developer",
  extract(doc, mentions, ctx) {
    const out: Relation[] = [];
    const bySentence = new Map<number, ResolvedMention[]>();
    for (const m of mentions) {
      if (m.sentence < 0) continue;
      const group = bySentence.get(m.sentence);
      if (group) group.push(m);
      else bySentence.set(m.sentence, [m]);
    }
    for (const group of bySentence.values()) {
      for (const thing of group) {
        if (thing.type === "organization" || thing.type === "person") continue;
        const name = thing.canonical ?? thing.text;
        const entry = lookup(ctx.lexicon, name) ?? familyOf(ctx.lexicon, name);
        if (!entry?.developer) continue;
        const devKey = nameKey(entry.developer);
        const org = nearest(group.filter((m) => m.entity === devKey && m.type === "organization"), thing);
        if (!org) continue;
        out.push({
          source: org.entity,
          target: thing.entity,
          predicate: "develops",
          confidence: 0.65,
          extractor: "known-developer",
          reason: `lexicon: ${entry.name} is made by ${entry.developer}, and this sentence names both`,
          // Half of such sentences state something else of the two (measured on the annotated digests).
          hint: true,
          evidence: evidenceOf(doc, org.span.start < thing.span.start ? org : thing, org.span.start < thing.span.start ? thing : org, ctx),
        });
      }
    }
    return out;
  },
};

function nearest(candidates: ResolvedMention[], to: ResolvedMention): ResolvedMention | undefined {
  let best: ResolvedMention | undefined;
  for (const c of candidates) {
    if (!best || Math.abs(c.span.start - to.span.start) < Math.abs(best.span.start - to.span.start)) best = c;
  }
  return best;
}
