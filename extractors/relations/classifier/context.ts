// What the classifier's features read besides the two names: the hand rules' findings, by
// pair, and the makers the lexicon knows for the things the digest names.
import type { ExtractContext } from "../../types.ts";
import type { Doc, Relation, ResolvedMention } from "../../../src/types.ts";
import { familyOf, lookup } from "../../../src/resolve/lexicon.ts";
import { nameKey } from "../../../src/resolve/normalize.ts";
import type { FeatureContext } from "./features.ts";
import { groupBySentence } from "./candidates.ts";
import { cueClasses } from "./cues.ts";

export function featureContext(doc: Doc, mentions: readonly ResolvedMention[], ctx: ExtractContext, earlier: readonly Relation[]): FeatureContext {
  const rules = new Map<string, Map<string, Relation[]>>();
  for (const r of earlier) {
    if (r.predicate === "co_mention") continue;
    const [lo, hi] = r.source < r.target ? [r.source, r.target] : [r.target, r.source];
    let byOther = rules.get(lo);
    if (!byOther) rules.set(lo, (byOther = new Map()));
    const list = byOther.get(hi);
    if (list) list.push(r);
    else byOther.set(hi, [r]);
  }
  // Who the hand rules say employs a person, and makes a thing: a pair of another organisation reads "elsewhere".
  const heldBy = new Map<string, Set<string>>();
  for (const r of earlier) {
    if (r.hint || !(r.predicate === "works_for" || r.predicate === "founded" || r.predicate === "develops")) continue;
    const [held, by] = r.predicate === "develops" ? [r.target, r.source] : [r.source, r.target];
    (heldBy.get(held) ?? heldBy.set(held, new Set()).get(held)!).add(by);
  }
  const makers = new Map<string, string>();
  for (const m of mentions) {
    if (m.type === "organization" || m.type === "person" || makers.has(m.entity)) continue;
    const name = m.canonical ?? m.text;
    const entry = lookup(ctx.lexicon, name) ?? familyOf(ctx.lexicon, name);
    if (entry?.developer) makers.set(m.entity, nameKey(entry.developer));
  }
  const firstBodySentence = new Int32Array(doc.items.length).fill(-1);
  ctx.sentences.forEach((s, i) => {
    if (s.item >= 0 && firstBodySentence[s.item] === -1 && s.span.start >= doc.items[s.item]!.headingSpan.end) firstBodySentence[s.item] = i;
  });
  return { doc, text: ctx.entityText, sentences: ctx.sentences, rules, heldBy, makers, lexicon: ctx.lexicon, bySentence: groupBySentence(mentions, ctx.sentences.length), firstBodySentence, sentenceCues: new Map(), occurrences: new Map(), cues: cueClasses(), sentenceWords: new Map(), sides: new Map() };
}
