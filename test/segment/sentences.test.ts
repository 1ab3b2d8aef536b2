// Sentences: where relation cues look for two names together.
import { describe, expect, it } from "vitest";
import { sentences } from "../../src/segment/sentences.ts";

const split = (text: string): string[] => sentences({ items: [] }, text).map((s) => text.slice(s.span.start, s.span.end));

const TABLE: [string, string, string[]][] = [
  ["Chinese terminal punctuation", "腾讯发布混元。该模型支持vLLM！", ["腾讯发布混元。", "该模型支持vLLM！"]],
  ["an English period only before a space", "GLM-4.7 runs on llama.cpp. Z.ai made it.", ["GLM-4.7 runs on llama.cpp.", "Z.ai made it."]],
  ["a line break", "first line\nsecond line", ["first line", "second line"]],
  [
    "a topic list in a code span: each topic apart",
    "> `Reka Flash 21B, Gemma 3 27B, M1 Ultra vs M4 Max`\nGPT-5 beats o3, says one.",
    ["> `Reka Flash 21B", "Gemma 3 27B", "M1 Ultra vs M4 Max`", "GPT-5 beats o3, says one."],
  ],
  ["commas of an ordinary line stay inside its sentence", "> GPT-5, Claude and Gemini all support MCP", ["> GPT-5, Claude and Gemini all support MCP"]],
];

describe("sentences", () => {
  it.each(TABLE)("%s", (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });
});
