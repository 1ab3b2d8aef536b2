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

/** One softmax layer: a bias per class and, per feature row, that many weights (zeros where the file has none). */
interface Stage {
  classes: number;
  bias: Float64Array;
  weights: Float64Array;
}

export interface RelationModel {
  classes: readonly string[];
  threshold: number;
  /** Feature name → its row in both stages: one lookup per feature. */
  rows: ReadonlyMap<string, number>;
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
  const rows = new Map<string, number>();
  for (const s of [file.related, file.predicate]) for (const name of Object.keys(s.weights)) if (!rows.has(name)) rows.set(name, rows.size);
  const stage = (s: StageFile): Stage => {
    const k = s.bias.length;
    const weights = new Float64Array(rows.size * k);
    for (const [name, row] of Object.entries(s.weights)) weights.set(row, rows.get(name)! * k);
    return { classes: k, bias: Float64Array.from(s.bias), weights };
  };
  return { classes: file.classes, threshold: file.threshold, rows, related: stage(file.related), predicate: stage(file.predicate) };
}

// Rows seen for the candidate at hand (a feature counts once), reused from one call to the next.
let seen = new Int32Array(0);
let stamp = 0;
let active = new Int32Array(64);

/**
 * Class probabilities ("none" first) of a candidate with these features. Below `floor`, a pair
 * whose P(related) cannot reach it is not weighed by the second stage (its classes stay 0).
 */
export function classify(model: RelationModel, features: readonly string[], floor = 0): Float64Array {
  const n = activeRows(model, features);
  const related = layer(model.related, n)[1]!;
  const out = new Float64Array(model.classes.length);
  out[0] = 1 - related;
  if (related < floor) return out;
  const which = layer(model.predicate, n);
  for (let c = 0; c < which.length; c++) out[c + 1] = related * which[c]!;
  return out;
}

/** Fills `active` with the distinct rows of the features the model knows; returns how many. */
function activeRows(model: RelationModel, features: readonly string[]): number {
  if (seen.length < model.rows.size) seen = new Int32Array(model.rows.size);
  if (active.length < features.length) active = new Int32Array(features.length * 2);
  if (++stamp === 0x7fffffff) (seen.fill(0), (stamp = 1));
  let n = 0;
  for (const f of features) {
    const row = model.rows.get(f);
    if (row === undefined || seen[row] === stamp) continue;
    seen[row] = stamp;
    active[n++] = row;
  }
  return n;
}

function layer(stage: Stage, n: number): Float64Array {
  const k = stage.classes;
  const scores = Float64Array.from(stage.bias);
  const w = stage.weights;
  for (let i = 0; i < n; i++) {
    const at = active[i]! * k;
    for (let c = 0; c < k; c++) scores[c]! += w[at + c]!;
  }
  let max = -Infinity;
  for (const s of scores) if (s > max) max = s;
  let sum = 0;
  for (let c = 0; c < k; c++) sum += scores[c] = Math.exp(scores[c]! - max);
  for (let c = 0; c < k; c++) scores[c]! /= sum;
  return scores;
}

/** A feature's weight for "related" over "none": how much it raised the odds. */
export function relatedWeight(model: RelationModel, feature: string): number {
  const row = model.rows.get(feature);
  if (row === undefined) return 0;
  const w = model.related.weights;
  return w[row * 2 + 1]! - w[row * 2]!;
}
