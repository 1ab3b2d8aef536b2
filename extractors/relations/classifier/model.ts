// The relation classifier's weights (data/models/relations.json, written by
// scripts/train-relations.ts), loaded once. Two stages: whether the digest relates the pair at
// all, then which relation, given that it does. AIKG_RELATION_MODEL names another file: the
// out-of-fold evaluation scores each digest with a model trained without it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DATA_DIR } from "../../../src/data-dir.ts";
import { FeatureIndex, RowSink } from "./feature-index.ts";

/** One softmax layer: a bias per class and a row of class weights per feature. */
export interface StageFile {
  classes: string[];
  bias: number[];
  weights: Record<string, number[]>;
}

export interface RelationModelFile {
  command: string;
  trainedOn: { set: string; doc: string; sha256: string }[];
  outOfFold: Record<string, number>;
  options: object;
  /** "none", then the relation classes (see classes.ts). */
  classes: string[];
  threshold: number;
  related: StageFile;
  predicate: StageFile;
}

/** One softmax layer: a bias per class and, per feature row, that many weights (zeros where the file has none). */
interface Stage {
  classes: number;
  bias: Float64Array;
  weights: Float64Array;
  /** Scratch for one candidate's scores. */
  scores: Float64Array;
}

export interface RelationModel {
  classes: readonly string[];
  threshold: number;
  /** Feature name → its row in both stages (looked up by family and value: feature-index.ts). */
  index: FeatureIndex;
  related: Stage;
  predicate: Stage;
  /** Collects a candidate's rows; reused from one candidate to the next. */
  sink: RowSink;
}

let loaded: RelationModel | undefined;

export function relationModel(): RelationModel {
  if (loaded) return loaded;
  const path = process.env.AIKG_RELATION_MODEL || join(DATA_DIR, "models", "relations.json");
  return (loaded = fromFile(JSON.parse(readFileSync(path, "utf8")) as RelationModelFile));
}

export function fromFile(file: RelationModelFile): RelationModel {
  const names = [...new Set([...Object.keys(file.related.weights), ...Object.keys(file.predicate.weights)])];
  const index = new FeatureIndex(names);
  const stage = (s: StageFile): Stage => {
    const k = s.bias.length;
    const weights = new Float64Array(names.length * k);
    // Element by element: TypedArray.set from a short array, 27k times, took most of a model's load.
    for (const name of Object.keys(s.weights)) {
      const row = s.weights[name]!;
      const at = index.find(name) * k;
      for (let c = 0; c < k; c++) weights[at + c] = row[c]!;
    }
    return { classes: k, bias: Float64Array.from(s.bias), weights, scores: new Float64Array(k) };
  };
  return { classes: file.classes, threshold: file.threshold, index, related: stage(file.related), predicate: stage(file.predicate), sink: new RowSink(index) };
}

/** Class probabilities ("none" first) of a candidate with these features. */
export function classify(model: RelationModel, features: readonly string[], floor = 0): Float64Array {
  const sink = model.sink.reset();
  for (const f of features) sink.addName(f);
  return classifyRows(model, sink, floor);
}

/**
 * Class probabilities ("none" first) of the candidate whose rows the sink holds. Below `floor`,
 * a pair whose P(related) cannot reach it is not weighed by the second stage (its classes stay 0).
 */
export function classifyRows(model: RelationModel, sink: RowSink, floor = 0): Float64Array {
  const related = relatedProbability(model, sink);
  if (related >= floor) return statedClasses(model, sink, related);
  const out = new Float64Array(model.classes.length);
  out[0] = 1 - related;
  return out;
}

/** P(related) of the candidate whose rows the sink holds: the first stage. */
export function relatedProbability(model: RelationModel, sink: RowSink): number {
  return layer(model.related, sink)[1]!;
}

/** Class probabilities ("none" first) of a candidate related with probability `related`: the second stage. */
export function statedClasses(model: RelationModel, sink: RowSink, related: number): Float64Array {
  const out = new Float64Array(model.classes.length);
  out[0] = 1 - related;
  const which = layer(model.predicate, sink);
  for (let c = 0; c < which.length; c++) out[c + 1] = related * which[c]!;
  return out;
}

/** The stage's softmax over the rows, in the stage's scratch array (read before the next call). */
function layer(stage: Stage, sink: RowSink): Float64Array {
  const k = stage.classes;
  const scores = stage.scores;
  scores.set(stage.bias);
  const w = stage.weights;
  const rows = sink.rows;
  for (let i = 0; i < sink.count; i++) {
    const at = rows[i]! * k;
    for (let c = 0; c < k; c++) scores[c]! += w[at + c]!;
  }
  let max = -Infinity;
  for (let c = 0; c < k; c++) if (scores[c]! > max) max = scores[c]!;
  let sum = 0;
  for (let c = 0; c < k; c++) sum += scores[c] = Math.exp(scores[c]! - max);
  for (let c = 0; c < k; c++) scores[c]! /= sum;
  return scores;
}

/** The weight for "related" over "none" of a row's feature: how much it raised the odds. */
export function rowWeight(model: RelationModel, row: number): number {
  const w = model.related.weights;
  return w[row * 2 + 1]! - w[row * 2]!;
}
