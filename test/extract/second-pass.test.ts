// A corpus's second pass reuses what the first pass's extractors found, except the extractors
// that read learnt names: that is only right if the others truly ignore learnt names, and if
// packing the mentions between the passes gives back exactly what was packed.
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ENTITY_EXTRACTORS } from "../../extractors/index.ts";
import type { ExtractContext } from "../../extractors/types.ts";
import { extractDocFound, extractDoc } from "../../src/extract/index.ts";
import { NameVotes } from "../../src/extract/learn.ts";
import { MentionPacker } from "../../src/extract/packed-mentions.ts";
import { readDigest } from "../../src/read/index.ts";
import { loadLexicon } from "../../src/resolve/lexicon.ts";
import { entityText } from "../../src/segment/entity-text.ts";
import { sentences } from "../../src/segment/sentences.ts";
import { ENTITY_TYPES, type Doc, type EntityType, type Mention } from "../../src/types.ts";

const SAMPLES = resolve("data/samples");
const docs = readdirSync(SAMPLES).filter((f) => f.endsWith(".md")).sort().map((f) => readDigest(join(SAMPLES, f)));

/** What the samples teach each other, and every Latin-script word in them on top: a learnt-name reader cannot miss it. */
function learntNames(): Map<string, EntityType> {
  const votes = new NameVotes();
  for (const doc of docs) votes.add(extractDoc(doc).mentions);
  const learned = new Map(votes.learned());
  for (const doc of docs) for (const [word] of doc.text.matchAll(/[A-Za-z][\w.-]*/g)) if (!learned.has(word)) learned.set(word, "product");
  return learned;
}
const learned = learntNames();

function context(doc: Doc, names: ReadonlyMap<string, EntityType>): ExtractContext {
  const text = entityText(doc);
  return { entityText: text, sentences: sentences(doc, text), lexicon: loadLexicon(), learned: names };
}

describe("entity extractors and learnt names", () => {
  it("the extractors that do not say they read learnt names find the same without them", () => {
    for (const extractor of ENTITY_EXTRACTORS.filter((e) => !e.readsLearned)) {
      for (const doc of docs) {
        expect(extractor.extract(doc, context(doc, learned)), `${extractor.id} on ${doc.id}`).toStrictEqual(extractor.extract(doc, context(doc, new Map())));
      }
    }
  });

  it("the learned extractor says it reads them", () => {
    expect(ENTITY_EXTRACTORS.filter((e) => e.readsLearned).map((e) => e.id)).toEqual(["learned"]);
  });
});

describe("the second pass", () => {
  it("gives, with the first pass's mentions, what extracting from scratch gives", () => {
    const packer = new MentionPacker();
    for (const doc of docs) {
      const first = extractDocFound(doc).found;
      const given = packer.unpack(packer.pack(first), doc.text);
      expect(extractDocFound(doc, { learned }, given).extraction, doc.id).toStrictEqual(extractDoc(doc, { learned }));
    }
  });
});

describe("MentionPacker", () => {
  it("gives back every sample's mentions exactly", () => {
    const packer = new MentionPacker();
    for (const doc of docs) {
      const found = extractDocFound(doc, { learned }).found;
      expect(packer.unpack(packer.pack(found), doc.text), doc.id).toStrictEqual(found);
    }
  });

  const TEXT = "DeepSeek 发布 GLM-4.7-Flash，谷歌 and OpenAI o3 在 SWE-bench 上";
  const mention = fc
    .record(
      {
        start: fc.nat(TEXT.length),
        length: fc.nat(12),
        type: fc.constantFrom(...ENTITY_TYPES),
        canonical: fc.string({ maxLength: 8 }),
        extractor: fc.constantFrom("lexicon", "latin-names", "cue-names"),
        reason: fc.string({ unit: "grapheme", maxLength: 20 }),
        confidence: fc.double({ min: 0, max: 1, noNaN: true }),
        nested: fc.boolean(),
        guessed: fc.boolean(),
        weak: fc.boolean(),
        shortForm: fc.boolean(),
      },
      { requiredKeys: ["start", "length", "type", "extractor", "reason", "confidence"] },
    )
    .map(({ start, length, ...m }): Mention => {
      const end = Math.min(TEXT.length, start + length);
      return { span: { start, end }, text: TEXT.slice(start, end), ...m };
    });

  it("round-trips any mentions, absent lists and optional fields included", () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.array(mention, { maxLength: 6 }), { nil: null }), { maxLength: 5 }), (lists) => {
        const packer = new MentionPacker();
        expect(packer.unpack(packer.pack(lists), TEXT)).toStrictEqual(lists);
      }),
    );
  });
});
