// Where the classifier may not say a person works for an organisation: the two in different
// clauses, another organisation between, and no works_for or founded word in either's own clause;
// or a person the lexicon places at other organisations (founding one is still news).
import { describe, expect, it } from "vitest";
import { extractDoc } from "../../src/extract/index.ts";
import { ruleRelations } from "../../src/learn/relation-data.ts";
import { candidatePairs } from "../../extractors/relations/classifier/candidates.ts";
import { featureContext } from "../../extractors/relations/classifier/context.ts";
import { candidateFeatures } from "../../extractors/relations/classifier/features.ts";
import { RELATION_CLASSES } from "../../extractors/relations/classifier/classes.ts";
import { applyGates } from "../../extractors/relations/classifier/cues.ts";
import type { ResolvedMention } from "../../src/types.ts";
import { docFromText } from "../helpers/doc.ts";

/** The features of the candidate pairing the entities named `x` and `y` (canonical names). */
function featuresOf(text: string, x: string, y: string): string[] {
  const doc = docFromText(text);
  let seen: { mentions: readonly ResolvedMention[]; ctx: Parameters<typeof featureContext>[2] } | undefined;
  extractDoc(doc, { onMentions: (_, mentions, ctx) => (seen = { mentions, ctx }) });
  const { mentions, ctx } = seen!;
  const fctx = featureContext(doc, mentions, ctx, ruleRelations({ doc, mentions, ctx }, "classifier"));
  const named = (m: ResolvedMention, name: string) => (m.canonical ?? m.text) === name;
  const c = candidatePairs(doc, fctx.bySentence, ctx.sentences).find((c) => (named(c.a, x) && named(c.b, y)) || (named(c.a, y) && named(c.b, x)));
  expect(c, `a candidate pairs ${x} and ${y}`).toBeDefined();
  return candidateFeatures(c!, fctx);
}

/** The probability of class `cls` left by the gates, of even probabilities over all classes. */
const gated = (features: readonly string[], cls: string): number =>
  applyGates(RELATION_CLASSES, features, new Float64Array(RELATION_CLASSES.length).fill(1 / RELATION_CLASSES.length))[RELATION_CLASSES.indexOf(cls)]!;

describe("clauses apart", () => {
  it.each([
    // [text, x, y, apart]
    ["算力瓶颈致ASML扩产缓慢，DeepSeek专家入职字节，黄仁勋理性看超智", "ASML", "Jensen Huang", true],
    // The works_for word is in the organisation's own clause ("他们将加入微软").
    ["微软挖走了AI2的部分领导团队成员，包括Ali Farhadi，他们将加入微软的超级智能团队。", "Ali Farhadi", "Microsoft", false],
    // No other organisation between.
    ["黄仁勋表示，英伟达将继续投资。", "Jensen Huang", "NVIDIA", false],
  ] as const)("%s: %s / %s apart %s", (text, x, y, apart) => {
    expect(featuresOf(text, x, y).includes("~apart:clause")).toBe(apart);
  });

  it.each([
    ["Nvidia’s Jensen Huang says he disagrees with almost everything Anthropic CEO Dario Amodei says.", "Jensen Huang", "Anthropic", true],
    ["Nvidia’s Jensen Huang says he disagrees with almost everything Anthropic CEO Dario Amodei says.", "Dario Amodei", "Anthropic", false],
  ] as const)("%s: %s / %s known elsewhere %s", (text, x, y, elsewhere) => {
    expect(featuresOf(text, x, y).includes("~known:elsewhere")).toBe(elsewhere);
  });

  it("a person known elsewhere: no works_for, unless a rule says so; founded stays", () => {
    const known = ["T:person|organization", "cue:works_for", "cue:founded", "~known:elsewhere"];
    expect(gated(known, "works_for>")).toBe(0);
    expect(gated(known, "founded>")).toBeGreaterThan(0);
    expect(gated([...known, "rule:works_for>"], "works_for>")).toBeGreaterThan(0);
  });

  it("takes works_for and founded away, unless a rule states them", () => {
    const apart = ["T:person|organization", "cue:works_for", "cue:founded", "~apart:clause"];
    expect(gated(apart, "works_for>")).toBe(0);
    expect(gated(apart, "founded>")).toBe(0);
    expect(gated([...apart, "rule:works_for>"], "works_for>")).toBeGreaterThan(0);
    expect(gated(apart, "uses")).toBeGreaterThan(0);
  });
});

describe("clause breaks between the two, a list read through", () => {
  it.each([
    ["OpenAI released GPT-5 today.", "OpenAI", "GPT-5", "cl:0"],
    ["谷歌发布了新模型，Gemini 3 性能更强。", "Google", "Gemini 3", "cl:1"],
    ["Cursor, the editor, now runs GPT-5.", "Cursor", "GPT-5", "cl:2"],
    // A list between is read as its nearest member: its commas are no clause breaks.
    ["vLLM supports Qwen3, Llama 4, Mistral and Gemma 3.", "vLLM", "Gemma 3", "cl:0"],
  ] as const)("%s: %s / %s", (text, x, y, feature) => {
    const features = featuresOf(text, x, y).filter((f) => f.startsWith("cl:"));
    expect(features).toEqual([feature]);
  });
});
