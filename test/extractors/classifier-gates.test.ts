// The classifier's gates: relations it may state only with a cue word or rule, and develops
// where the lexicon gives the thing another maker.
import { describe, expect, it } from "vitest";
import { RELATION_CLASSES } from "../../extractors/relations/classifier/classes.ts";
import { applyGates } from "../../extractors/relations/classifier/cues.ts";

const even = (): Float64Array => new Float64Array(RELATION_CLASSES.length).fill(1 / RELATION_CLASSES.length);
const at = (probs: Float64Array, cls: string): number => probs[RELATION_CLASSES.indexOf(cls)]!;

describe("applyGates", () => {
  it.each([
    // [features, class, kept]
    [["T:organization|product"], "develops>", true],
    [["T:organization|product", "maker:other>"], "develops>", false],
    [["T:organization|product", "maker:other>"], "develops<", true],
    [["T:product|organization", "maker:other<"], "develops<", false],
    [["T:organization|product", "maker:other>"], "uses", true],
    [["T:organization|organization"], "invests_in>", false],
    [["T:organization|organization", "cue:invests_in"], "invests_in>", true],
    [["T:organization|organization", "rule:invests_in>"], "invests_in>", true],
    [["T:model|model"], "competes_with", false],
    [["T:model|model", "scue:competes_with"], "competes_with", true],
    // A works_for cue only elsewhere in the sentence is another clause's: "…ASML扩产缓慢，DeepSeek专家入职字节，黄仁勋…".
    [["T:person|organization", "scue:works_for"], "works_for>", false],
    [["T:person|organization", "scue:works_for", "cue:works_for"], "works_for>", true],
    [["T:person|organization", "hcue:works_for"], "works_for>", true],
    [["T:person|organization", "rule:works_for>"], "works_for>", true],
    // Words of comparison between the two and none of use: "superior to Sora" states no use.
    [["T:product|model", "cue:competes_with"], "uses", false],
    [["T:product|model", "cue:competes_with", "cue:uses"], "uses", true],
    [["T:product|model", "cue:competes_with", "rule:uses"], "uses", true],
    [["T:product|model", "scue:competes_with"], "uses", true],
  ] as const)("%j: %s kept %s", (features, cls, kept) => {
    const probs = applyGates(RELATION_CLASSES, features, even());
    expect(at(probs, cls) > 0).toBe(kept);
  });
});
