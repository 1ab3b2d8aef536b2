// Co-mention: two entities named in the same item. A weaker edge kind than the typed relations,
// kept apart from them; in very long items only pairs within one sentence count.
import type { RelationExtractor } from "../../types.ts";
import type { Relation, ResolvedMention } from "../../../src/types.ts";
import { evidenceOf } from "../shared.ts";

/** Items naming more entities than this (long recaps) pair only names within one sentence. */
const MAX_ITEM_ENTITIES = 8;

export const coMentionExtractor: RelationExtractor = {
  id: "co-mention",
  extract(doc, mentions, ctx) {
    const groups = new Map<number, ResolvedMention[]>();
    for (const m of mentions) {
      const item = ctx.sentences[m.sentence]?.item ?? -1;
      if (item < 0) continue;
      const group = groups.get(item);
      if (group) group.push(m);
      else groups.set(item, [m]);
    }
    // Only the pair dedupeRelations keeps (the first of the most confident) is written out, where
    // the pair first occurs: the same output, without evidence for statements that are dropped.
    const best = new PairTable();
    for (const [item, group] of groups) {
      const firsts = firstMentions(group);
      if (firsts.length <= MAX_ITEM_ENTITIES) best.addAll(firsts, item);
      else for (const ms of bySentence(group)) best.addAll(firstMentions(ms), item);
    }
    const out: Relation[] = [];
    for (const { a, b, item, confidence } of best.pairs) {
      out.push({
        source: a.entity < b.entity ? a.entity : b.entity,
        target: a.entity < b.entity ? b.entity : a.entity,
        predicate: "co_mention",
        confidence,
        extractor: "co-mention",
        reason: a.sentence === b.sentence ? "named in the same sentence" : `named in the same item (i${item})`,
        evidence: evidenceOf(doc, a.span.start < b.span.start ? a : b, a.span.start < b.span.start ? b : a, ctx),
      });
    }
    return out;
  },
};

interface Pair {
  a: ResolvedMention;
  b: ResolvedMention;
  item: number;
  confidence: number;
}

/** One mention per entity: the first. */
function firstMentions(group: ResolvedMention[]): ResolvedMention[] {
  const seen = new Map<string, ResolvedMention>();
  for (const m of group) if (!seen.has(m.entity)) seen.set(m.entity, m);
  return [...seen.values()];
}

/** The most confident pair of each two entities, in the order pairs first occur. */
class PairTable {
  readonly pairs: Pair[] = [];
  private at = new Map<string, Map<string, number>>();

  /** Every pair of the mentions (one per entity), in order. */
  addAll(ms: ResolvedMention[], item: number): void {
    for (let i = 0; i < ms.length; i++) for (let j = i + 1; j < ms.length; j++) this.add(ms[i]!, ms[j]!, item);
  }

  private add(a: ResolvedMention, b: ResolvedMention, item: number): void {
    const confidence = a.sentence === b.sentence ? 0.4 : 0.25;
    const lo = a.entity < b.entity ? a.entity : b.entity;
    const hi = a.entity < b.entity ? b.entity : a.entity;
    let row = this.at.get(lo);
    if (!row) this.at.set(lo, (row = new Map()));
    const k = row.get(hi);
    if (k === undefined) {
      row.set(hi, this.pairs.length);
      this.pairs.push({ a, b, item, confidence });
    } else if (confidence > this.pairs[k]!.confidence) this.pairs[k] = { a, b, item, confidence };
  }
}

/** The mentions of each sentence, sentences in the order they first occur. */
function bySentence(group: ResolvedMention[]): ResolvedMention[][] {
  const bySentence = new Map<number, ResolvedMention[]>();
  for (const m of group) {
    const ms = bySentence.get(m.sentence);
    if (ms) ms.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  return [...bySentence.values()];
}
