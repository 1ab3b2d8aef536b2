// The classifier's fast path gives what the plain one would: feature rows looked up by family and
// value as a map of whole names would find them, the cue relations of a stretch of a sentence as
// trying every pattern on it, and each candidate of the sample digests the same probabilities.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readDigest } from "../../src/read/index.ts";
import { extractDoc } from "../../src/extract/index.ts";
import { FeatureIndex } from "../../extractors/relations/classifier/feature-index.ts";
import { Family } from "../../extractors/relations/classifier/sink.ts";
import { applyGates, compile, cueClasses, type CueClass } from "../../extractors/relations/classifier/cues.ts";
import { cuesIn, type CueScope } from "../../extractors/relations/classifier/window-cues.ts";
import { candidatePairs } from "../../extractors/relations/classifier/candidates.ts";
import { featureContext } from "../../extractors/relations/classifier/context.ts";
import { candidateFeatures, writeFeatures } from "../../extractors/relations/classifier/features.ts";
import { classify, classifyRows, relationModel } from "../../extractors/relations/classifier/model.ts";
import { ruleRelations } from "../../src/learn/relation-data.ts";
import type { ResolvedMention } from "../../src/types.ts";

describe("FeatureIndex", () => {
  const name = fc.string({ unit: fc.constantFrom("a", "b", ":", "|", "发"), maxLength: 6 });

  it("finds by family and value the row a map of whole names gives", () => {
    fc.assert(
      fc.property(fc.uniqueArray(name, { maxLength: 30 }), fc.array(fc.tuple(name, fc.option(name, { nil: undefined })), { maxLength: 30 }), (names, probes) => {
        const index = new FeatureIndex(names);
        const rows = new Map(names.map((n, i) => [n, i]));
        for (const [prefix, value] of probes) expect(index.rowOf(new Family(prefix), value)).toBe(rows.get(prefix + (value ?? "")) ?? -1);
      }),
    );
  });
});

describe("cue relations of a stretch of a sentence", () => {
  // Cue words, words that hold one ("unreleased"), and what may stand around them.
  const words = ["发布", "收购", "release", "released", "acquires", "partner", "'s", "with", "vs", "x", "1", " ", "。", "un", "d", "-", "co."];
  // English cue words that do not start or end with a letter or digit.
  const odd: CueClass[] = [{ name: "odd", pattern: compile([], ["-x", "co.", "x-"]), gate: false, edged: false }, ...cueClasses()];

  it.each([
    ["the cue words", cueClasses()],
    ["cue words not edged", odd],
  ] as const)("are those every pattern finds in it, for %s", (_, cues) => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 10 }), fc.array(fc.nat(), { minLength: 4, maxLength: 4 }), (parts, picks) => {
        // Sentence and stretch start and end where two words meet: where a word may be cut.
        const joins = parts.reduce((at, p) => [...at, at[at.length - 1]! + p.length], [0]);
        const [start, from, to, end] = picks.map((n) => joins[n % joins.length]!).sort((x, y) => x - y) as [number, number, number, number];
        const text = parts.join("");
        const scope: CueScope = { text, sentences: [{ span: { start, end }, item: -1 }], cues, sentenceCues: new Map() };
        const slice = text.slice(from, to);
        expect(cuesIn(from, to, 0, scope).map((c) => c.name)).toEqual(cues.filter((c) => c.pattern.test(slice)).map((c) => c.name));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("each candidate of the samples", () => {
  const model = relationModel();
  const files = readdirSync("data/samples").filter((f) => f.endsWith(".md"));

  it.each(files)("%s: the same probabilities by rows as by feature strings", (file) => {
    const doc = readDigest(join("data/samples", file));
    let seen: { mentions: readonly ResolvedMention[]; ctx: Parameters<typeof featureContext>[2] } | undefined;
    extractDoc(doc, { onMentions: (_, mentions, ctx) => (seen = { mentions, ctx }) });
    const { mentions, ctx } = seen!;
    const earlier = ruleRelations({ doc, mentions, ctx }, "classifier");
    const fctx = featureContext(doc, mentions, ctx, earlier);
    const candidates = candidatePairs(doc, fctx.bySentence, ctx.sentences);
    expect(candidates.length).toBeGreaterThan(0);
    for (const c of candidates) {
      const features = candidateFeatures(c, fctx);
      const sink = model.sink.reset();
      writeFeatures(c, fctx, sink);
      const byRows = applyGates(model.classes, sink.gateFeatures, classifyRows(model, sink));
      expect(byRows).toEqual(applyGates(model.classes, features, classify(model, features)));
    }
  });
});
