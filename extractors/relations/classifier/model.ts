// The relation classifier's weights (data/models/relations.json, written by
// scripts/train-relations.ts), loaded once. Two stages: whether the digest relates the pair at
// all, then which relation, given that it does. AIKG_RELATION_MODEL names another file: the
// out-of-fold evaluation scores each digest with a model trained without it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DATA_DIR } from "../../../src/data-dir.ts";

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

interface Stage {
  bias: Float64Array;
  weights: ReadonlyMap<string, Float64Array>;
}

export interface RelationModel {
  classes: readonly string[];
  threshold: number;
  related: Stage;
  predicate: Stage;
}

let loaded: RelationModel | undefined;

export function relationModel(): RelationModel {
  if (loaded) return loaded;
  const path = process.env.AIKG_RELATION_MODEL || join(DATA_DIR, "models", "relations.json");
  return (loaded = fromFile(JSON.parse(readFileSync(path, "utf8")) as RelationModelFile));
}

export function fromFile(file: RelationModelFile): RelationModel {
  const stage = (s: StageFile): Stage => ({
    bias: Float64Array.from(s.bias),
    weights: new Map(Object.entries(s.weights).map(([name, row]) => [name, Float64Array.from(row)])),
  });
  return { classes: file.classes, threshold: file.threshold, related: stage(file.related), predicate: stage(file.predicate) };
}

/** Class probabilities ("none" first) of a candidate with these features. */
export function classify(model: RelationModel, features: readonly string[]): Float64Array {
  const unique = [...new Set(features)];
  const related = layer(model.related, unique)[1]!;
  const which = layer(model.predicate, unique);
  const out = new Float64Array(which.length + 1);
  out[0] = 1 - related;
  for (let c = 0; c < which.length; c++) out[c + 1] = related * which[c]!;
  return out;
}

function layer(stage: Stage, features: readonly string[]): Float64Array {
  const scores = Float64Array.from(stage.bias);
  for (const f of features) {
    const row = stage.weights.get(f);
    if (row) for (let c = 0; c < scores.length; c++) scores[c]! += row[c]!;
  }
  let max = -Infinity;
  for (const s of scores) if (s > max) max = s;
  let sum = 0;
  for (let c = 0; c < scores.length; c++) sum += scores[c] = Math.exp(scores[c]! - max);
  for (let c = 0; c < scores.length; c++) scores[c]! /= sum;
  return scores;
}
