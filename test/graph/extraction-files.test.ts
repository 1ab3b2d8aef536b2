// The store's extraction files: one JSON document that any JSON reader takes whole, with a line
// break after the entities so a build reads each half on its own; files written before the
// break existed still read.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractionFileText, parseEntitiesPart, parseRelationsPart } from "../../src/graph/extraction-files.ts";
import type { Extraction } from "../../src/types.ts";
import { allFixtures } from "./fixtures.ts";

const bytes = (text: string): Buffer => Buffer.from(text, "utf8");
const stored = (x: Extraction): Extraction => ({ ...x, mentions: [] });

describe("extraction files", () => {
  it("are one JSON document holding the extraction without its mentions", () => {
    for (const x of allFixtures()) expect(JSON.parse(extractionFileText(x))).toStrictEqual(stored(x));
  });

  it("give their entities and their relations apart", () => {
    for (const x of allFixtures()) {
      const file = bytes(extractionFileText(x));
      expect(parseEntitiesPart(file)).toStrictEqual({ doc: x.doc, entities: x.entities });
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
          relations: base!.relations.map((r) => ({ ...r, evidence: { ...r.evidence, text: `${sentence}\n` } })),
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
    expect(JSON.parse(file.toString("utf8"))).toStrictEqual(x);
    expect(parseEntitiesPart(file).entities).toEqual([]);
    expect(parseRelationsPart(file)).toEqual([]);
  });
});
