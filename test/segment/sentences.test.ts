// Sentences: where relation cues look for two names together.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { sentences, topicLists } from "../../src/segment/sentences.ts";

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
  ["'vs.' joins the two it compares", "Claude Code vs. Codex on SWE-bench. Next.", ["Claude Code vs. Codex on SWE-bench.", "Next."]],
  ["a lawsuit's 'v.'", "The NYT v. OpenAI case goes on.", ["The NYT v. OpenAI case goes on."]],
  ["'e.g.', 'i.e.' and 'et al.'", "Labs (e.g. Anthropic, i.e. its team) and Smith et al. agree. Then", ["Labs (e.g. Anthropic, i.e. its team) and Smith et al. agree.", "Then"]],
  ["'U.S.' before a capital", "The U.S. Department of Commerce and NVIDIA met. OK", ["The U.S. Department of Commerce and NVIDIA met.", "OK"]],
  ["titles", "Dr. Fei-Fei Li and Prof. Hinton spoke. Yes", ["Dr. Fei-Fei Li and Prof. Hinton spoke.", "Yes"]],
  ["a name's initial", "Richard S. Sutton joined Keen. Then", ["Richard S. Sutton joined Keen.", "Then"]],
  ["a capital letter after a lower-case word ends the sentence", "It was posted on X. Then OpenAI replied.", ["It was posted on X.", "Then OpenAI replied."]],
  ["an abbreviation only as a whole word", "It ranked 1st. Next came GPT-5.", ["It ranked 1st.", "Next came GPT-5."]],
];

describe("sentences", () => {
  it.each(TABLE)("%s", (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });
});

describe("topic-list lines", () => {
  // What the line pattern finds scanning the whole text, as it did before only lines with a backtick were scanned.
  const TOPIC_LIST = /^[ \t]*>?[ \t]*`[^`\n]*,[^`\n]*,[^`\n]*`[ \t]*$/gm;
  const part = fc.constantFrom("`", "a", ",", " ", "\t", ">", "\n", "\r", "\u2028", "Reka Flash 21B, ", "`x, y, z`");

  it("are where the pattern matches in the whole text", () => {
    fc.assert(
      fc.property(fc.array(part, { maxLength: 16 }), (parts) => {
        const text = parts.join("");
        expect(topicLists(text)).toEqual([...text.matchAll(TOPIC_LIST)].flatMap((m) => [m.index, m.index + m[0].length]));
      }),
      { numRuns: 2000 },
    );
  });
});
