// From class probabilities to relations: each pair takes its most probable relation over the
// threshold, in a direction its types allow.
import { describe, expect, it } from "vitest";
import { RELATION_CLASSES } from "../../extractors/relations/classifier/classes.ts";
import { decide } from "../../extractors/relations/classifier/decide.ts";
import type { EntityType } from "../../src/types.ts";

const probs = (cls: string, p: number): Float64Array => {
  const out = new Float64Array(RELATION_CLASSES.length);
  out[RELATION_CLASSES.indexOf(cls)] = p;
  out[0] = 1 - p;
  return out;
};

describe("decide", () => {
  it.each<[EntityType, EntityType, string, [string, string]]>([
    // An unordered relation keeps the text's order where the types allow it…
    ["product", "model", "uses", ["a", "b"]],
    ["model", "product", "uses", ["a", "b"]],
    ["model", "model", "competes_with", ["a", "b"]],
    // …and turns where only the other way fits: an organisation uses things, nothing uses one.
    ["model", "organization", "uses", ["b", "a"]],
    ["product", "organization", "uses", ["b", "a"]],
    // An ordered class says its own direction.
    ["model", "organization", "develops<", ["b", "a"]],
  ])("%s, %s, %s: source and target %j", (typeA, typeB, cls, [source, target]) => {
    const [d] = decide([{ a: "a", b: "b", typeA, typeB, probs: probs(cls, 0.9) }], RELATION_CLASSES, 0.5);
    expect([d!.source, d!.target]).toEqual([source, target]);
  });

  it("states nothing under the threshold, and the most probable of a pair's candidates", () => {
    expect(decide([{ a: "a", b: "b", typeA: "product", typeB: "model", probs: probs("uses", 0.4) }], RELATION_CLASSES, 0.5)).toEqual([]);
    const both = decide(
      [
        { a: "a", b: "b", typeA: "product", typeB: "model", probs: probs("uses", 0.6) },
        { a: "b", b: "a", typeA: "model", typeB: "product", probs: probs("competes_with", 0.8) },
      ],
      RELATION_CLASSES,
      0.5,
    );
    expect(both.map((d) => d.predicate)).toEqual(["competes_with"]);
  });
});
