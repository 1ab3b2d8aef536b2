// A family and one of its own versions are one line of things: no rivalry, use or evaluation between them.
import { describe, expect, it } from "vitest";
import { extractDoc } from "../../src/extract/index.ts";
import { toJson } from "../../src/extract/to-json.ts";
import { isFamilyAndVersion } from "../../src/extract/drop-family-relations.ts";
import { docFromText } from "../helpers/doc.ts";

describe("relations between a family and its own version", () => {
  it.each<[string, string, boolean]>([
    ["gemini", "gemini25pro", true],
    ["grok3", "grok", true],
    ["gpt", "gptv4", true],
    ["deepseekr1", "deepseekr10528", false], // two versions: an old one and a new one
    ["claude", "claudeopus4", false], // a line within the family, not a version of it
    ["gemma3", "gemma327b", false],
    ["qwen", "qwq32b", false],
  ])("isFamilyAndVersion(%s, %s) = %s", (a, b, expected) => {
    expect(isFamilyAndVersion(a, b)).toBe(expected);
  });

  it("drops a rivalry between them, keeps one between two versions", () => {
    const found = toJson(extractDoc(docFromText("Grok 3 beats Grok on coding; Gemini 2.5 Pro outperforms Gemini. DeepSeek-R1-0528 beats DeepSeek-R1."))).relations;
    const rivals = found.filter((r) => r.predicate === "competes_with").map((r) => [r.source, r.target].sort().join(" ~ "));
    expect(rivals).toContain("DeepSeek-R1 ~ DeepSeek-R1-0528");
    expect(rivals).not.toContain("Grok ~ Grok 3");
    expect(rivals).not.toContain("Gemini ~ Gemini 2.5 Pro");
  });
});
