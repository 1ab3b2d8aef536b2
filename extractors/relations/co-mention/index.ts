// Co-mention: two entities named in the same item. A weaker edge kind than the typed relations,
// kept apart from them; in very long items only pairs within one sentence count.
import type { RelationExtractor } from "../../types.ts";
import type { Relation, ResolvedMention } from "../../../src/types.ts";
import { evidenceOf, itemEvidence } from "../shared.ts";

/** Items naming more entities than this (long recaps) pair only names within one sentence. */
const MAX_ITEM_ENTITIES = 8;

export const coMentionExtractor: RelationExtractor = {
  id: "co-mention",
  extract(doc, mentions, ctx) {
    const groups = new Map<string, ResolvedMention[]>();
    for (const m of mentions) {
      const item = ctx.sentences[m.sentence]?.item ?? -1;
      if (item < 0) continue;
      groups.set(`i${item}`, [...(groups.get(`i${item}`) ?? []), m]);
    }
    const out: Relation[] = [];
    for (const [key, group] of groups) {
      const firsts = firstMentions(group);
      const pairs = firsts.length <= MAX_ITEM_ENTITIES ? allPairs(firsts) : sentencePairs(group);
      for (const [a, b] of pairs) {
        out.push({
          source: a.entity < b.entity ? a.entity : b.entity,
          target: a.entity < b.entity ? b.entity : a.entity,
          predicate: "co_mention",
          confidence: a.sentence === b.sentence ? 0.4 : 0.25,
          extractor: "co-mention",
          reason: a.sentence === b.sentence ? "named in the same sentence" : `named in the same item (${key})`,
          evidence:
            (a.sentence !== b.sentence ? itemEvidence(doc, a.span.start) : undefined) ??
            evidenceOf(doc, a.span.start < b.span.start ? a : b, a.span.start < b.span.start ? b : a, ctx.entityText),
        });
      }
    }
    return out;
  },
};

/** One mention per entity: the first. */
function firstMentions(group: ResolvedMention[]): ResolvedMention[] {
  const seen = new Map<string, ResolvedMention>();
  for (const m of group) if (!seen.has(m.entity)) seen.set(m.entity, m);
  return [...seen.values()];
}

function allPairs(ms: ResolvedMention[]): [ResolvedMention, ResolvedMention][] {
  const out: [ResolvedMention, ResolvedMention][] = [];
  for (let i = 0; i < ms.length; i++) for (let j = i + 1; j < ms.length; j++) out.push([ms[i]!, ms[j]!]);
  return out;
}

function sentencePairs(group: ResolvedMention[]): [ResolvedMention, ResolvedMention][] {
  const bySentence = new Map<number, ResolvedMention[]>();
  for (const m of group) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  return [...bySentence.values()].flatMap((ms) => allPairs(firstMentions(ms)));
}
