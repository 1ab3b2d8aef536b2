// The members of a list are alike: a capitalised member between names of one type (or the last
// member of such a list) is read as a name of that type; ordinary words only between names the
// lexicon knows, never across a slash, in a code span or in a Title Case headline.
import { describe, expect, it } from "vitest";
import { findNames } from "../../src/extract/index.ts";
import { docFromText } from "../helpers/doc.ts";

/** The list members read in `text`, as "name/type". */
const members = (text: string): string[] =>
  findNames(docFromText(text))
    .resolved.mentions.filter((m) => m.extractor === "list-member")
    .map((m) => `${m.text}/${m.type}`);

describe("list members", () => {
  it.each<[string, string[]]>([
    ["It offers support paths across vLLM, Transformers, SGLang and MLX.", ["Transformers/product"]],
    ["Cline, Roo, Aider and Kilo Code are released weekly.", ["Roo/product"]],
    ["It trails on Terminal-Bench, MCP-Atlas, SkillsBench and BrowseComp.", ["MCP-Atlas/dataset"]],
    ["Claude Code vs Cursor vs Zorbit with GPT-5", ["Zorbit/product"]],
    // Not members: ordinary words only, a short acronym, words that open a clause.
    ["Compare Claude Code, Rate Limits, Cursor and Codex.", []],
    ["Supports vLLM, API, SGLang and MLX.", []],
    ["Both vLLM, The Pile, SGLang and MLX.", []],
    // An ordinary word between names the lexicon does not know; a variant across a slash.
    ["Zorbit, Vision, Glimmerbeam and Quuxo work.", []],
    ["Qwen3 VL 235B A22B Instruct/Thinking and Qwen3 Max", []],
    // The last member needs a stop or a preposition after it: "Prompt engineering" is a phrase.
    ["Claude Code vs Cursor vs Prompt engineering tips", []],
    // Topic lists in code spans and Title Case headlines are not lists of names.
    ["> `Claude Code, Student Access, Cursor, Codex`", []],
    ["**vLLM, Transformers, SGLang Updates**", []],
  ])("%s", (text, expected) => expect(members(text)).toEqual(expected));
});
