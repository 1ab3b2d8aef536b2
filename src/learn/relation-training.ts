// Training the relation classifier: a vocabulary of features seen often enough, softmax
// regression over it, k-fold cross-validation by digest, and the model file's contents.
import { RELATION_CLASSES } from "../../extractors/relations/classifier/classes.ts";
import { decide, type ScoredPair } from "../../extractors/relations/classifier/decide.ts";
import type { RelationModelFile, StageFile } from "../../extractors/relations/classifier/model.ts";
import type { Annotated } from "./annotated.ts";
import type { Instance } from "./relation-data.ts";
import { addCounts, scoreTriples, prf, type Counts, type Triple } from "./score-relations.ts";
import { pairKey } from "../../extractors/relations/classifier/features.ts";
import { applyGates } from "../../extractors/relations/classifier/cues.ts";
import { predictSoftmax, trainSoftmax, type Example, type SoftmaxModel, type SoftmaxOptions } from "./softmax.ts";

export interface TrainOptions extends SoftmaxOptions {
  /** A feature must occur in this many training pairs to get weights. */
  minCount: number;
  /** Models trained from this many seeds (seed, seed + 1, …) are averaged: one order of the examples sways a model trained on a few thousand. */
  seeds: number;
}

export const TRAIN_DEFAULTS: TrainOptions = { epochs: 4, rate: 0.15, l2: 1e-4, seed: 7, minCount: 1, seeds: 5 };

const THRESHOLDS = Array.from({ length: 29 }, (_, i) => Math.round((0.2 + i * 0.025) * 1000) / 1000);
/** Wrong edges cost a reader more than missing ones (co-mention still links the two): the threshold keeps precision at least this in each annotated set, where it can. */
const PRECISION_FLOOR = 0.72;

/** Folds by digest, dealt round-robin within each set and series so every fold holds some of each. */
export function foldOf(x: Annotated, index: number, all: readonly Annotated[], folds: number): number {
  const group = (y: Annotated) => `${y.set}|${y.doc.series}`;
  const peers = all.map((y, i) => [y, i] as const).filter(([y]) => group(y) === group(x));
  const offset = [...group(x)].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) >>> 0, 0);
  return (peers.findIndex(([, i]) => i === index) + offset) % folds;
}

/** Both stages, trained: the vocabulary is shared. */
export interface Trained {
  vocabulary: Map<string, number>;
  related: SoftmaxModel;
  predicate: SoftmaxModel;
}

export function train(instances: readonly Instance[], options: TrainOptions): Trained {
  const counts = new Map<string, number>();
  for (const x of instances) for (const f of new Set(x.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocabulary = new Map<string, number>();
  for (const [f, n] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) if (n >= options.minCount) vocabulary.set(f, vocabulary.size);
  const classIndex = new Map(RELATION_CLASSES.map((c, i) => [c, i]));
  const examples = instances.map((x) => ({ features: encode(x.features, vocabulary), label: classIndex.get(x.label) ?? 0 }));
  const related = averaged(examples.map((e) => ({ features: e.features, label: e.label === 0 ? 0 : 1 })), vocabulary.size, 2, options);
  const positives = examples.filter((e) => e.label !== 0).map((e) => ({ features: e.features, label: e.label - 1 }));
  const predicate = averaged(positives, vocabulary.size, RELATION_CLASSES.length - 1, options);
  return { vocabulary, related, predicate };
}

/** The mean of the weights of models trained from `options.seeds` seeds (for a linear model, the mean of their scores). */
function averaged(examples: readonly Example[], features: number, classes: number, options: TrainOptions): SoftmaxModel {
  const models = Array.from({ length: Math.max(1, options.seeds) }, (_, k) => trainSoftmax(examples, features, classes, { ...options, seed: options.seed + k }));
  const weights = new Float64Array(models[0]!.weights.length);
  for (const m of models) for (let i = 0; i < weights.length; i++) weights[i]! += m.weights[i]! / models.length;
  return { ...models[0]!, weights };
}

/** Class probabilities, "none" first: P(related) times P(relation | related). */
export function predict(t: Trained, features: readonly string[]): Float64Array {
  const active = encode(features, t.vocabulary);
  const related = predictSoftmax(t.related, active)[1]!;
  const which = predictSoftmax(t.predicate, active);
  const out = new Float64Array(which.length + 1);
  out[0] = 1 - related;
  for (let c = 0; c < which.length; c++) out[c + 1] = related * which[c]!;
  return out;
}

function encode(features: readonly string[], vocabulary: ReadonlyMap<string, number>): number[] {
  const out: number[] = [];
  for (const f of new Set(features)) {
    const i = vocabulary.get(f);
    if (i !== undefined) out.push(i);
  }
  return out;
}

export interface CrossValidation {
  /** Out-of-fold class probabilities of every instance. */
  probs: Float64Array[];
  sweep: { threshold: number; counts: Counts }[];
  threshold: number;
  counts: Counts;
  perDoc: Counts[];
}

/**
 * Out-of-fold figures of what is deployed: each digest's hand-rule relations (`rules`), plus the
 * classifier's for the pairs they leave, by a model trained without the digest's fold.
 */
export function crossValidate(annotated: readonly Annotated[], rules: readonly (readonly Triple[])[], instances: readonly Instance[], fold: readonly number[], folds: number, options: TrainOptions): CrossValidation {
  const probs: Float64Array[] = new Array(instances.length);
  for (let k = 0; k < folds; k++) {
    const trained = train(instances.filter((x) => fold[x.doc] !== k), options);
    instances.forEach((x, i) => {
      if (fold[x.doc] === k) probs[i] = applyGates(RELATION_CLASSES, x.features, predict(trained, x.features));
    });
  }
  const sweep = THRESHOLDS.map((threshold) => ({ threshold, ...scoreAt(annotated, rules, instances, probs, threshold) }));
  // The best F1 with precision at the floor in every set (the seeds' high precision must not
  // carry the dev digests'); failing that, the highest threshold within a hundredth of the best F1.
  const sets = [...new Set(annotated.map((x) => x.set))];
  const preciseInEach = (perDoc: readonly Counts[]) =>
    sets.every((set) => prf(perDoc.filter((_, d) => annotated[d]!.set === set).reduce(addCounts, { tp: 0, sys: 0, gold: 0 })).p >= PRECISION_FLOOR);
  const precise = sweep.filter((s) => preciseInEach(s.perDoc));
  const top = Math.max(...sweep.map((s) => prf(s.counts).f));
  const best = precise.length
    ? precise.reduce((a, b) => (prf(b.counts).f > prf(a.counts).f ? b : a))
    : [...sweep].reverse().find((s) => prf(s.counts).f >= top - 0.01)!;
  return { probs, sweep: sweep.map(({ threshold, counts }) => ({ threshold, counts })), threshold: best.threshold, counts: best.counts, perDoc: best.perDoc };
}

function scoreAt(annotated: readonly Annotated[], rules: readonly (readonly Triple[])[], instances: readonly Instance[], probs: readonly Float64Array[], threshold: number): { counts: Counts; perDoc: Counts[] } {
  const byDoc = annotated.map(() => [] as ScoredPair[]);
  instances.forEach((x, i) => byDoc[x.doc]!.push({ a: x.a, b: x.b, typeA: x.typeA, typeB: x.typeB, probs: probs[i]! }));
  const perDoc = annotated.map((x, d) => {
    const covered = new Set(rules[d]!.map((r) => pairKey(r.source, r.target)));
    return scoreTriples(x, [...rules[d]!, ...decide(byDoc[d]!, RELATION_CLASSES, threshold, covered)]);
  });
  return { counts: perDoc.reduce(addCounts, { tp: 0, sys: 0, gold: 0 }), perDoc };
}

/** The model file: both stages' weights for every feature kept, rounded, with how they were made. */
export function fitRelationModel(instances: readonly Instance[], options: TrainOptions, threshold: number, about: Pick<RelationModelFile, "command" | "trainedOn" | "outOfFold">): RelationModelFile {
  const t = train(instances, options);
  return {
    ...about,
    options,
    classes: [...RELATION_CLASSES],
    threshold,
    related: stageFile(t.related, t.vocabulary, ["none", "related"]),
    predicate: stageFile(t.predicate, t.vocabulary, RELATION_CLASSES.slice(1)),
  };
}

function stageFile(model: SoftmaxModel, vocabulary: ReadonlyMap<string, number>, classes: string[]): StageFile {
  const k = model.classes;
  const row = (f: number) => Array.from(model.weights.subarray(f * k, (f + 1) * k), (w) => Math.round(w * 1e4) / 1e4);
  const weights: Record<string, number[]> = {};
  for (const [name, f] of vocabulary) {
    const r = row(f);
    if (r.some((w) => w !== 0)) weights[name] = r;
  }
  return { classes, bias: row(model.features), weights };
}
