// latinRuns scans tokens by hand; they must be the tokens the regex it replaced would match.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ADJECTIVE_ENDINGS, latinRuns } from "../../extractors/entities/latin-names/runs.ts";

/** Letters and digits: ASCII and accented Latin letters ("Erdős"), not × or ÷. */
const W = "A-Za-z0-9\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F";
/** What follows a part: no more of it. */
const PART_END = `(?![${W}_]*[${W}])`;
// "." and "-" join parts, except a dot between a digit and a capitalised word ("DeepSeek-R1.Blog")
// and a hyphen before an adjective's ending ("Mythos-based").
const DOT = `(?:(?<![0-9])\\.|\\.(?![A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE][a-z]+${PART_END}))`;
const DASH = `-(?!(?:${[...ADJECTIVE_ENDINGS].join("|")})${PART_END})`;
const TOKEN = new RegExp(`@?[${W}](?:[${W}_]*[${W}])?(?:(?:${DOT}|${DASH})[${W}_]*[${W}])*\\+*`, "g");

/** The tokens as the regex finds them, without e-mail addresses' "@…" parts. */
function regexTokens(text: string): [number, number][] {
  return [...text.matchAll(TOKEN)]
    .filter((m) => !(text[m.index] === "@" && new RegExp(`[${W}]`).test(text[m.index - 1] ?? "")))
    .map((m) => [m.index, m.index + m[0].length]);
}

const scannedTokens = (text: string): [number, number][] =>
  latinRuns(text).flatMap((run) => run.map((t): [number, number] => [t.span.start, t.span.end]));

describe("latinRuns tokens", () => {
  it.each([
    "GLM-4.7-Flash 和 llama.cpp",
    "C++ and Z.ai, 30B-A3B_ x__y a_.b a-_b",
    "mail me@host.com or @karpathy, @@x",
    "trailing. dots- and_ under__ scores_",
    "Claude Opus 4.5 发布",
    "DeepSeek-R1.Blog and Mythos-based, Qwen2.5.1 and x-basedy",
    "Paul Erdős, Jörg Schad, TÜV AUSTRIA, Batch× 2 and 1.Élan",
  ])("match the regex on %s", (text) => {
    expect(scannedTokens(text)).toEqual(regexTokens(text));
  });

  it("match the regex on any text of the characters that matter", () => {
    const chars = fc.oneof(fc.constantFrom(..."aZ09_.-+@ 发,\néÉ×ł"), fc.constantFrom("based", "Blog"));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }), (cs) => {
        const text = cs.join("");
        expect(scannedTokens(text)).toEqual(regexTokens(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("an ordinary lower-case compound neither starts nor continues a run", () => {
  const runs = (text: string) => latinRuns(text).map((run) => run.map((t) => t.text).join(" "));
  it.each<[string, string[]]>([
    ["ByteDance open-sourced ByteCheckpoint today", ["ByteDance", "open-sourced", "ByteCheckpoint", "today"]],
    ["Meituan open-sources LongCat-Flash-Chat", ["Meituan", "open-sources", "LongCat-Flash-Chat"]],
    ["Apple built-in Shortcuts", ["Apple", "built-in", "Shortcuts"]],
    // Not ordinary words, or words that continue names: the run goes on.
    ["OpenAI gpt-oss 120b", ["OpenAI gpt-oss 120b"]],
    ["Gemini 2.5 flash-lite", ["Gemini 2.5 flash-lite"]],
  ])("%s", (text, expected) => expect(runs(text)).toEqual(expected));
});
