// The relation classifier: for each pair of entities a digest names together (in one sentence,
// or as an item's headline subject and a name in its body) that no hand rule relates, a model
// learnt from annotated digests (scripts/train-relations.ts) says which relation, if any, the
// text states. Its reason names the probability and the features that weighed most.
import type { RelationExtractor } from "../../types.ts";
import type { Relation, ResolvedMention } from "../../../src/types.ts";
import { evidenceOf, isPackagedBuild, notTheirMaker, PACKAGED_REASON } from "../shared.ts";
import { candidatePairs, type Candidate } from "./candidates.ts";
import { featureContext } from "./context.ts";
import { decide, type ScoredPair } from "./decide.ts";
import { writeFeatures, type FeatureContext } from "./features.ts";
import { applyGates } from "./cues.ts";
import { relatedProbability, relationModel, rowWeight, statedClasses, type RelationModel } from "./model.ts";

export const classifierExtractor: RelationExtractor = {
  id: "classifier",
  extract(doc, mentions, ctx, earlier) {
    const model = relationModel();
    const fctx = featureContext(doc, mentions, ctx, earlier);
    const candidates = candidatePairs(doc, fctx.bySentence, ctx.sentences);
    if (!candidates.length) return [];
    const covered = coveredPairs(earlier);
    // Features are built and dropped one candidate at a time (a long digest has a hundred thousand);
    // only pairs that may state something go on to decide, with their rows kept for the reasons.
    const stating: ScoredPair[] = [];
    const candidateOf: number[] = [];
    const rowsOf: Int32Array[] = [];
    candidates.forEach((c, i) => {
      if (covered.get(c.a.entity)?.has(c.b.entity)) return;
      const probs = judge(model, c, fctx);
      if (!probs) return;
      stating.push({ a: c.a.entity, b: c.b.entity, typeA: c.a.type, typeB: c.b.type, probs });
      candidateOf.push(i);
      rowsOf.push(model.sink.rows.slice(0, model.sink.count));
    });
    return decide(stating, model.classes, model.threshold).flatMap((d): Relation[] => {
      const c = candidates[candidateOf[d.index]!]!;
      const target = d.target === c.a.entity ? c.a : c.b;
      const source = target === c.a ? c.b : c.a;
      if (d.predicate === "develops" && source.type === "person" && notTheirMaker(source, target, ctx.lexicon)) return [];
      const packaged = d.predicate === "develops" && isPackagedBuild(target.text);
      return [{
        source: d.source,
        target: d.target,
        predicate: packaged ? "uses" : d.predicate,
        confidence: Math.round(d.probability * 100) / 100,
        extractor: "classifier",
        reason: `learnt: p ${d.probability.toFixed(2)} from ${strongest(model, rowsOf[d.index]!).join(", ")}${packaged ? `; ${PACKAGED_REASON}` : ""}`,
        evidence: evidenceOf(doc, first(c), last(c), ctx),
      }];
    });
  },
};

// A pair whose P(related) is under the threshold can state nothing (null): its second stage and the gates are skipped.
function judge(model: RelationModel, c: Candidate, fctx: FeatureContext): Float64Array | null {
  const sink = model.sink.reset();
  writeFeatures(c, fctx, sink);
  const related = relatedProbability(model, sink);
  if (related < model.threshold) return null;
  const probs = statedClasses(model, sink, related);
  return 1 - probs[0]! < model.threshold ? probs : applyGates(model.classes, sink.gateFeatures, probs);
}

/** Pairs a hand rule relates on its own (hints leave the pair to the classifier), both ways: entity → entities. */
function coveredPairs(relations: readonly Relation[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (x: string, y: string) => (out.get(x) ?? out.set(x, new Set()).get(x)!).add(y);
  for (const r of relations) if (!r.hint && r.predicate !== "co_mention") (add(r.source, r.target), add(r.target, r.source));
  return out;
}

const first = (c: Candidate): ResolvedMention => (c.a.span.start <= c.b.span.start ? c.a : c.b);
const last = (c: Candidate): ResolvedMention => (c.a.span.start <= c.b.span.start ? c.b : c.a);

/** The three features that most raised the odds that the pair is related, of its rows (features the model has no row for weigh nothing). */
function strongest(model: RelationModel, rows: Int32Array): string[] {
  return Array.from(rows, (row) => ({ f: model.index.names[row]!, w: rowWeight(model, row) }))
    .filter((x) => x.w > 0)
    .sort((x, y) => y.w - x.w || (x.f < y.f ? -1 : 1))
    .slice(0, 3)
    .map((x) => x.f);
}


