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
import { cuesIn, sentenceCues, type CueScope } from "../../extractors/relations/classifier/window-cues.ts";
import { tokens } from "../../extractors/relations/classifier/tokens.ts";
import { windowTokens, type WordScope } from "../../extractors/relations/classifier/sentence-words.ts";
import { candidatePairs } from "../../extractors/relations/classifier/candidates.ts";
import { featureContext } from "../../extractors/relations/classifier/context.ts";
import { candidateFeatures, opensParen, squeezedShort, writeFeatures } from "../../extractors/relations/classifier/features.ts";
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

describe("cue relations of a stretch of text", () => {
  // Cue words in either case, words that hold one ("unreleased"), and what may stand around them.
  const words = ["发布", "收购", "release", "Released", "acquires", "partner", "'s", "’S", "with", "vs", "CEO", "ceo", "x", "1", " ", "。", "un", "d", "-", "co."];
  // Words that do not start or end with a letter or digit, Chinese words holding Latin ones, a relation with no words (its pattern matches anything).
  const odd: CueClass[] = [
    ...cueClasses(),
    { name: "odd", pattern: compile(["x发"], ["-x", "co.", "x-"]), gate: false, zh: ["x发"], en: ["-x", "co.", "x-"] },
    { name: "any", pattern: compile([], []), gate: false, zh: [], en: [] },
  ];

  it.each([
    ["the cue words", cueClasses()],
    ["odd words", odd],
  ] as const)("are those every pattern finds in it alone, for %s", (_, cues) => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 10 }), fc.array(fc.nat(), { minLength: 4, maxLength: 4 }), fc.nat(), (parts, picks, anyAt) => {
        // The stretch and the sentence start and end where two words meet, where a word may be cut, or anywhere.
        const joins = parts.reduce((at, p) => [...at, at[at.length - 1]! + p.length], [0]);
        const text = parts.join("");
        const [start, from, to, end] = [...picks.slice(0, 3).map((n) => joins[n % joins.length]!), anyAt % (text.length + 1)].sort((x, y) => x - y) as [number, number, number, number];
        // The stretch in its sentence, or beyond the sentence given.
        const sentences = picks[3]! % 2 ? [{ span: { start, end }, item: -1 }] : [{ span: { start: from + 1, end }, item: -1 }];
        // A sentence naming many things is scanned whole, one naming few a stretch at a time.
        const scope: CueScope = { text, sentences, cues, sentenceCues: new Map(), occurrences: new Map(), bySentence: [new Array(picks[1]! % 2 ? 4 : 2)] };
        const slice = text.slice(from, to);
        expect(cuesIn(from, to, 0, scope).map((c) => c.name)).toEqual(cues.filter((c) => c.pattern.test(slice)).map((c) => c.name));
        expect(sentenceCues(0, scope).map((c) => c.name)).toEqual(cues.filter((c) => c.pattern.test(text.slice(sentences[0]!.span.start, sentences[0]!.span.end))).map((c) => c.name));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("tokens", () => {
  // The tokens as the regular expression they are read by would give them.
  const PIECES = /[a-z]+|[0-9]+(?:\.[0-9]+)?|[\u3400-\u9fff]+|[^\s\w\u3400-\u9fff*`_“”"‘’]/g;
  const stem = (w: string) => (w.length <= 4 ? w : w.replace(/(?:ing|ed|es|s|e)$/, ""));
  function byPattern(text: string): string[] {
    const out: string[] = [];
    for (const [piece] of text.toLowerCase().matchAll(PIECES)) {
      const c = piece.charCodeAt(0);
      if (c >= 0x3400) {
        if (piece.length === 1) out.push(piece);
        for (let i = 0; i + 1 < piece.length; i++) out.push(piece.slice(i, i + 2));
      } else if (c >= 0x30 && c <= 0x39) out.push("#");
      else if (c >= 0x61 && c <= 0x7a) out.push(stem(piece));
      else out.push(piece);
    }
    return out;
  }
  const part = fc.oneof(
    fc.constantFrom("Released", "releasing", "uses", "the", "İstanbul", "KELVIN", "ΟΔΟΣ", "发布了新模型", "谷歌", "3.5", "1.2.3", "v2.", "发布了", "模型", "，", "。", "“", "_", "*", " ", "\u3000", "\u00a0", "\ufeff", "\u2028", "\u1680", "\u205f", "\u2005", "\u200b", "\n", "\v", "😀", "é"),
    fc.string({ maxLength: 4 }),
    fc.string({ unit: "binary", maxLength: 3 }),
  );

  it("of a stretch of a sentence are those of the stretch alone", () => {
    fc.assert(
      fc.property(fc.array(part, { maxLength: 8 }), fc.array(fc.nat(), { minLength: 4, maxLength: 4 }), (parts, picks) => {
        const text = parts.join("");
        const [start, from, to, end] = picks.map((n) => n % (text.length + 1)).sort((x, y) => x - y) as [number, number, number, number];
        // The stretch in its sentence, or beyond the sentence given.
        const sentences = picks[0]! % 3 ? [{ span: { start, end }, item: -1 }] : [{ span: { start: from + 1, end }, item: -1 }];
        const scope: WordScope = { text, sentences, sentenceWords: new Map(), bySentence: [new Array(picks[1]! % 2 ? 4 : 2)] };
        expect(windowTokens(from, to, 0, scope)).toEqual(tokens(text.slice(from, to)));
      }),
      // Once found: a sentence and a stretch cutting 𐲀, whose lower case 𐳀 changes its second half.
      { numRuns: 3000, examples: [[["𐀀𐲀", "𐀀𐀀", "ΟΔΟΣ", "\u000b"], [2147483621, 863460711, 32079730, 109183946]]] },
    );
  });

  it("are the pieces the pattern finds", () => {
    fc.assert(
      fc.property(fc.array(part, { maxLength: 8 }), (parts) => {
        const text = parts.join("");
        expect(tokens(text)).toEqual(byPattern(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("a gap without its spaces, quotes and marks", () => {
  const part = fc.constantFrom("、", "和", "and", "(", "（", " ", "\u3000", "*", "`", "_", "“", "”", '"', "'", "‘", "’", "x", "发布了");

  it("is read as the pattern would, where short", () => {
    fc.assert(
      fc.property(fc.array(part, { maxLength: 8 }), (parts) => {
        const gap = parts.join("");
        const squeezed = gap.replace(/[\s*`_“”"'‘’]/g, "");
        expect(squeezedShort(gap)).toBe(squeezed.length <= 6 ? squeezed : null);
        expect(opensParen(gap)).toBe(/^[(（]/.test(squeezed));
      }),
      { numRuns: 2000 },
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
