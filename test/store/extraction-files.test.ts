// The store's extraction files: one JSON document that any JSON reader takes whole, with a line
// break after the entities so a build reads each half on its own, and the relations packed;
// files written before the break, or before the packing, still read.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractorFingerprint } from "../../src/extract/fingerprint.ts";
import { extractionFileText, parseEntitiesPart, parseExtractionFile, parseRelationsPart } from "../../src/store/extraction-files.ts";
import type { Extraction } from "../../src/types.ts";
import { allFixtures } from "../graph/fixtures.ts";

const bytes = (text: string): Buffer => Buffer.from(text, "utf8");
const stored = (x: Extraction): Extraction => ({ ...x, mentions: [] });

describe("extraction files", () => {
  it("are one JSON document holding the extraction without its mentions", () => {
    for (const x of allFixtures()) {
      const text = extractionFileText(x);
      expect(() => JSON.parse(text)).not.toThrow();
      expect(parseExtractionFile(text)).toStrictEqual(stored(x));
    }
  });

  it("hold the relations as numbers, each string once", () => {
    const x = allFixtures().find((f) => f.relations.length > 3)!;
    const { strings, relations } = JSON.parse(extractionFileText(x)) as { strings: string[]; relations: unknown[] };
    expect(relations.every((n) => typeof n === "number")).toBe(true);
    expect(new Set(strings).size).toBe(strings.length);
    expect(strings).toContain(x.relations[0]!.evidence.text);
  });

  it("written before the relations were packed, still read", () => {
    for (const x of allFixtures()) {
      const old = `${JSON.stringify({ doc: x.doc, entities: x.entities }).slice(0, -1)},\n${JSON.stringify({ relations: x.relations, mentions: [] }).slice(1)}`;
      expect(parseEntitiesPart(bytes(old))).toStrictEqual({ doc: x.doc, entities: x.entities });
      expect(parseRelationsPart(bytes(old))).toStrictEqual(x.relations);
      expect(parseExtractionFile(old)).toStrictEqual(stored(x));
    }
  });

  it("give their entities and their relations apart", () => {
    for (const x of allFixtures()) {
      const file = bytes(extractionFileText(x));
      // With the fingerprint of the extractors that wrote it.
      expect(parseEntitiesPart(file)).toStrictEqual({ doc: x.doc, entities: x.entities, extractor: extractorFingerprint() });
      expect(parseRelationsPart(file)).toStrictEqual(x.relations);
    }
  });

  it("written on one line (before the break), still give both parts", () => {
    for (const x of allFixtures()) {
      const old = bytes(JSON.stringify(stored(x)));
      expect(parseEntitiesPart(old)).toMatchObject({ doc: x.doc, entities: x.entities });
      expect(parseRelationsPart(old)).toStrictEqual(x.relations);
    }
  });

  it("split at the right place whatever the names and sentences hold", () => {
    const [base] = allFixtures();
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.string({ unit: "grapheme" }), (name, sentence) => {
        const x: Extraction = {
          ...base!,
          entities: base!.entities.map((e) => ({ ...e, name: `${name}\n],"relations":[`, aliases: [name] })),
          relations: base!.relations.map((r, i) => ({
            ...r,
            ...(i % 2 ? { role: name } : {}),
            evidence: { ...r.evidence, text: `${sentence}\n`, date: i % 3 ? r.evidence.date : null, url: i % 2 ? null : sentence },
          })),
        };
        const file = bytes(extractionFileText(x));
        expect(parseEntitiesPart(file).entities).toStrictEqual(x.entities);
        expect(parseRelationsPart(file)).toStrictEqual(x.relations);
      }),
      { numRuns: 50 },
    );
  });

  it("with no entities or relations are well formed", () => {
    const x: Extraction = { ...allFixtures()[0]!, entities: [], relations: [], mentions: [] };
    const file = bytes(extractionFileText(x));
    expect(parseExtractionFile(file.toString("utf8"))).toStrictEqual(x);
    expect(parseEntitiesPart(file).entities).toEqual([]);
    expect(parseRelationsPart(file)).toEqual([]);
  });

  it("refuse packed relations that do not add up", () => {
    const x = allFixtures().find((f) => f.relations.length > 0)!;
    const packed = JSON.parse(extractionFileText(x)) as { strings: string[]; relations: number[] };
    const text = (change: object) => JSON.stringify({ ...packed, ...change });
    expect(() => parseExtractionFile(text({ relations: packed.relations.slice(1) }))).toThrow(/not 13 per relation/);
    expect(() => parseExtractionFile(text({ strings: [] }))).toThrow(/names string 0, which the table does not hold/);
  });
});
