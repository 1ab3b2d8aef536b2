// data/words/compromise-words.json must be what the installed compromise's lexicon says
// (regenerate with `node scripts/english-words.mjs` after upgrading compromise).
import { describe, expect, it } from "vitest";
import { readDataJson } from "../../src/data-dir.ts";
import { isEnglishWord } from "../../extractors/entities/english/words.ts";
// @ts-expect-error: a plain .mjs script, no types
import { compromiseWords } from "../../scripts/english-words.mjs";

describe("English words kept as data", () => {
  it("match the installed compromise's lexicon", () => {
    const stored = readDataJson<{ words: string[]; names: string[]; places: string[] }>("words", "compromise-words.json");
    const current = compromiseWords() as { words: string[]; names: string[]; places: string[] };
    expect(stored.words).toEqual(current.words);
    expect(stored.names).toEqual(current.names);
    expect(stored.places).toEqual(current.places);
  });

  it.each([
    ["fast", true],
    ["Fast", true],
    ["models", true], // a plural the lexicon lists in the singular
    ["john", false], // a name
    ["qwen", false],
  ])("isEnglishWord(%s) is %s", (word, expected) => {
    expect(isEnglishWord(word)).toBe(expected);
  });
});
