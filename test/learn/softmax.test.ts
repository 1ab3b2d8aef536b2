// The learner behind the relation classifier: softmax regression over sparse binary features.
import { describe, expect, it } from "vitest";
import { predictSoftmax, softmaxInPlace, trainSoftmax, type Example } from "../../src/learn/softmax.ts";

// Feature 0 means class 1, feature 1 means class 2, feature 2 is noise on every example.
const EXAMPLES: Example[] = [
  ...Array.from({ length: 20 }, () => ({ features: [0, 2], label: 1 })),
  ...Array.from({ length: 20 }, () => ({ features: [1, 2], label: 2 })),
  ...Array.from({ length: 20 }, () => ({ features: [2], label: 0 })),
];

describe("softmax regression", () => {
  it("learns which feature means which class", () => {
    const model = trainSoftmax(EXAMPLES, 3, 3, { epochs: 20 });
    const argmax = (p: Float64Array) => p.indexOf(Math.max(...p));
    expect(argmax(predictSoftmax(model, [0, 2]))).toBe(1);
    expect(argmax(predictSoftmax(model, [1, 2]))).toBe(2);
    expect(argmax(predictSoftmax(model, [2]))).toBe(0);
  });

  it("gives the same weights for the same examples and seed, other weights for another seed", () => {
    const a = trainSoftmax(EXAMPLES, 3, 3, { epochs: 5, seed: 1 });
    const b = trainSoftmax(EXAMPLES, 3, 3, { epochs: 5, seed: 1 });
    const c = trainSoftmax(EXAMPLES, 3, 3, { epochs: 5, seed: 2 });
    expect([...a.weights]).toEqual([...b.weights]);
    expect([...a.weights]).not.toEqual([...c.weights]);
  });

  it("turns scores into probabilities without overflowing", () => {
    const p = softmaxInPlace(Float64Array.from([1000, 1000, -1000]));
    expect(p[0]).toBeCloseTo(0.5);
    expect(p[1]).toBeCloseTo(0.5);
    expect(p[2]).toBeCloseTo(0);
  });
});
