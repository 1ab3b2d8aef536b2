// resolveTouched answers what resolveWith answers by resolving every record again: the node of
// each entity id the new digests name, or that a stored id would move. Names are drawn from a
// few that share keys ("Gemini 2.5" / "gemini-2.5" / "Gemini v2.5"), of types that agree or not,
// so that joins, their undoing and moves all happen.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collectEntities } from "../../src/graph/entities.ts";
import { FoldMismatch, resolveWith } from "../../src/graph/fold.ts";
import { resolveTouched } from "../../src/graph/fold-check.ts";
import { resolveIds } from "../../src/graph/resolve-ids.ts";
import { byDateThenId } from "../../src/graph/build.ts";
import { decodeRecords, encodeRecords, StoredRecords } from "../../src/store/stored-records.ts";
import type { EntityType, Extraction } from "../../src/types.ts";

const NAMES = ["Google", "google", "Google AI", "谷歌", "Gemini", "Gemini 2.5", "gemini-2.5", "Gemini v2.5", "DeepSeek", "Deepseek", "DeepSeek-R1", "deepseek r1", "Qwen3", "qwen-3", "Qwen 3"];
const IDS = ["google", "googleai", "gu-ge", "gemini", "gemini25", "gemini-2-5", "deepseek", "deepseekr1", "qwen3", "qwen-3", "n1", "n2", "n3"];
const TYPES: EntityType[] = ["organization", "model", "product"];

const entity = fc.record({
  id: fc.constantFrom(...IDS),
  name: fc.constantFrom(...NAMES),
  type: fc.constantFrom(...TYPES),
  aliases: fc.uniqueArray(fc.constantFrom(...NAMES), { maxLength: 3 }),
  mentions: fc.integer({ min: 1, max: 4 }),
});

const digest = (i: number) =>
  fc.record({ day: fc.integer({ min: 1, max: 28 }), entities: fc.uniqueArray(entity, { minLength: 1, maxLength: 5, selector: (e) => e.id }) }).map(
    ({ day, entities }): Extraction => ({
      doc: { id: `d${i}`, file: `d${i}.md`, hash: `h${i}`, series: "hubtoday", title: "t", date: `2025-01-${String(day).padStart(2, "0")}` },
      entities: entities.map((e) => ({ ...e, confidence: 1 })),
      relations: [],
      mentions: [],
    }),
  );

const corpus = fc.integer({ min: 2, max: 9 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => digest(i))));

/** The records file a full build of `built` writes; without its keys, as an aikg before them wrote it. */
function storedText(built: Extraction[], keys: boolean): string {
  const records = collectEntities([...built].sort((a, b) => byDateThenId(a.doc, b.doc)));
  const text = encodeRecords({ records, canonical: resolveIds(records) });
  if (keys) return text;
  const { keyVersion: _, ...file } = JSON.parse(text) as { keyVersion: number };
  return JSON.stringify(file);
}

type Answer = Map<string, string> | "moves";
const answer = (resolve: () => Map<string, string>, ids: Iterable<string>): Answer => {
  try {
    const canonical = resolve();
    return new Map([...ids].map((id) => [id, canonical.get(id) ?? id]));
  } catch (err) {
    if (err instanceof FoldMismatch) return "moves";
    throw err;
  }
};

describe("resolveTouched", () => {
  it.each([
    ["its stored keys", true],
    ["keys worked out again", false],
  ])("gives what resolving every record again gives, from %s", (_, keys) => {
    let folded = 0;
    let moved = 0;
    fc.assert(
      fc.property(corpus, fc.integer({ min: 1, max: 3 }), (digests, k) => {
        const split = Math.max(1, digests.length - k);
        const built = digests.slice(0, split);
        const more = digests.slice(split);
        const text = storedText(built, keys);
        const ids = new Set(more.flatMap((x) => x.entities.map((e) => e.id)));
        const full = answer(() => resolveWith(decodeRecords(text), more), ids);
        const local = answer(() => resolveTouched(new StoredRecords(text), more), ids);
        expect(local).toEqual(full);
        if (full === "moves") moved++;
        else folded++;
      }),
      { numRuns: 600 },
    );
    // Both kinds of answer were put to the test.
    expect(folded).toBeGreaterThan(20);
    expect(moved).toBeGreaterThan(20);
  });
});
