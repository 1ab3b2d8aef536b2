// Multinomial logistic regression over sparse binary features: the learner behind the relation
// classifier. Trained by AdaGrad with L2 shrinkage, examples visited in a seeded order, so the
// same examples and options always give the same weights.
import { mulberry32 } from "../analyse/rng.ts";

/** One training example: the indices of its active features (each counts 1) and its class. */
export interface Example {
  features: readonly number[];
  label: number;
  /** How much the example counts (default 1). */
  weight?: number;
}

export interface SoftmaxOptions {
  epochs: number;
  /** AdaGrad's base step. */
  rate: number;
  /** L2 penalty per example visit. */
  l2: number;
  seed: number;
}

export const SOFTMAX_DEFAULTS: SoftmaxOptions = { epochs: 30, rate: 0.2, l2: 1e-4, seed: 7 };

/** Weights: row f (classes wide) for feature f, then one row of biases. */
export interface SoftmaxModel {
  classes: number;
  features: number;
  weights: Float64Array;
}

export function trainSoftmax(examples: readonly Example[], features: number, classes: number, options: Partial<SoftmaxOptions> = {}): SoftmaxModel {
  const o = { ...SOFTMAX_DEFAULTS, ...options };
  const weights = new Float64Array((features + 1) * classes);
  const squares = new Float64Array(weights.length).fill(1e-8);
  const order = examples.map((_, i) => i);
  const random = mulberry32(o.seed);
  const probs = new Float64Array(classes);
  const bias = features * classes;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffle(order, random);
    for (const index of order) {
      const example = examples[index]!;
      scores(weights, classes, example.features, features, probs);
      softmaxInPlace(probs);
      const w = example.weight ?? 1;
      for (let c = 0; c < classes; c++) {
        const g = w * (probs[c]! - (c === example.label ? 1 : 0));
        for (const f of example.features) step(f * classes + c, g, o);
        step(bias + c, g, o);
      }
    }
  }
  return { classes, features, weights };

  function step(at: number, gradient: number, opts: SoftmaxOptions): void {
    const g = gradient + opts.l2 * weights[at]!;
    squares[at]! += g * g;
    weights[at]! -= (opts.rate * g) / Math.sqrt(squares[at]!);
  }
}

/** Class probabilities of an example. */
export function predictSoftmax(model: SoftmaxModel, active: readonly number[]): Float64Array {
  const probs = new Float64Array(model.classes);
  scores(model.weights, model.classes, active, model.features, probs);
  return softmaxInPlace(probs);
}

function scores(weights: Float64Array, classes: number, active: readonly number[], features: number, out: Float64Array): void {
  const bias = features * classes;
  for (let c = 0; c < classes; c++) out[c] = weights[bias + c]!;
  for (const f of active) for (let c = 0; c < classes; c++) out[c]! += weights[f * classes + c]!;
}

/** Scores → probabilities, in place (shifted by the maximum, so large scores do not overflow). */
export function softmaxInPlace(values: Float64Array): Float64Array {
  let max = -Infinity;
  for (const v of values) if (v > max) max = v;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i] = Math.exp(values[i]! - max);
  for (let i = 0; i < values.length; i++) values[i]! /= sum;
  return values;
}

function shuffle(list: number[], random: () => number): void {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = list[i]!;
    list[i] = list[j]!;
    list[j] = t;
  }
}
