// The relation classifier: for each pair of entities a digest names together (in one sentence,
// or as an item's headline subject and a name in its body) that no hand rule relates, a model
// learnt from annotated digests (scripts/train-relations.ts) says which relation, if any, the
// text states. Its reason names the probability and the features that weighed most.
import type { RelationExtractor } from "../../types.ts";
import type { Relation, ResolvedMention } from "../../../src/types.ts";
import { evidenceOf, isPackagedBuild, PACKAGED_REASON } from "../shared.ts";
import { candidatePairs, type Candidate } from "./candidates.ts";
import { featureContext } from "./context.ts";
import { decide } from "./decide.ts";
import { candidateFeatures, pairKey, writeFeatures, type FeatureContext } from "./features.ts";
import { applyGates } from "./cues.ts";
import { relatedProbability, relatedWeight, relationModel, statedClasses, type RelationModel } from "./model.ts";

export const classifierExtractor: RelationExtractor = {
  id: "classifier",
  extract(doc, mentions, ctx, earlier) {
    const model = relationModel();
    const fctx = featureContext(doc, mentions, ctx, earlier);
    const candidates = candidatePairs(doc, fctx.bySentence, ctx.sentences);
    if (!candidates.length) return [];
    const covered = coveredPairs(earlier);
    // Features are built and dropped one candidate at a time: a long digest has a hundred thousand.
    const scored = candidates.map((c) => ({
      a: c.a.entity,
      b: c.b.entity,
      typeA: c.a.type,
      typeB: c.b.type,
      probs: covered.has(pairKey(c.a.entity, c.b.entity)) ? NOTHING : judge(model, c, fctx),
    }));
    return decide(scored, model.classes, model.threshold, covered).map((d): Relation => {
      const c = candidates[d.index]!;
      const target = d.target === c.a.entity ? c.a : c.b;
      const packaged = d.predicate === "develops" && isPackagedBuild(target.text);
      return {
        source: d.source,
        target: d.target,
        predicate: packaged ? "uses" : d.predicate,
        confidence: Math.round(d.probability * 100) / 100,
        extractor: "classifier",
        reason: `learnt: p ${d.probability.toFixed(2)} from ${strongest(model, candidateFeatures(c, fctx)).join(", ")}${packaged ? `; ${PACKAGED_REASON}` : ""}`,
        evidence: evidenceOf(doc, first(c), last(c), ctx),
      };
    });
  },
};

const NOTHING = new Float64Array(0);

// A pair whose P(related) is under the threshold can state nothing: its second stage and the
// gates are skipped, and it gets no probabilities of its own (decide reads none over 0).
function judge(model: RelationModel, c: Candidate, fctx: FeatureContext): Float64Array {
  const sink = model.sink.reset();
  writeFeatures(c, fctx, sink);
  const related = relatedProbability(model, sink);
  if (related < model.threshold) return statesNothing(model);
  const probs = statedClasses(model, sink, related);
  return 1 - probs[0]! < model.threshold ? probs : applyGates(model.classes, sink.gateFeatures, probs);
}

const nothingStated = new WeakMap<RelationModel, Float64Array>();
/** Zeros for every class, shared (never written to). */
function statesNothing(model: RelationModel): Float64Array {
  let zeros = nothingStated.get(model);
  if (!zeros) nothingStated.set(model, (zeros = new Float64Array(model.classes.length)));
  return zeros;
}

/** Pairs a hand rule relates on its own (hints leave the pair to the classifier). */
export function coveredPairs(relations: readonly Relation[]): Set<string> {
  const out = new Set<string>();
  for (const r of relations) if (!r.hint && r.predicate !== "co_mention") out.add(pairKey(r.source, r.target));
  return out;
}

const first = (c: Candidate): ResolvedMention => (c.a.span.start <= c.b.span.start ? c.a : c.b);
const last = (c: Candidate): ResolvedMention => (c.a.span.start <= c.b.span.start ? c.b : c.a);

/** The three features that most raised the odds that the pair is related. */
function strongest(model: RelationModel, features: readonly string[]): string[] {
  return [...new Set(features)]
    .map((f) => ({ f, w: relatedWeight(model, f) }))
    .filter((x) => x.w > 0)
    .sort((x, y) => y.w - x.w || (x.f < y.f ? -1 : 1))
    .slice(0, 3)
    .map((x) => x.f);
}


