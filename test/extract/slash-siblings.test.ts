// A bare version or tier after a slash is a sibling of the name before it, written short:
// "AIME24/25" names AIME25 too, "Gemini 2.5 Pro/Flash" Gemini 2.5 Flash.
import { describe, expect, it } from "vitest";
import { extractDoc } from "../../src/extract/index.ts";
import { docFromText } from "../helpers/doc.ts";

const names = (text: string): string[] => extractDoc(docFromText(text)).entities.map((e) => e.name);

describe("siblings written short after a slash", () => {
  it.each<[string, string[], string[]]>([
    ["在AIME24/25和LiveCodeBench v5/v6上性能提升15%", ["AIME25", "LiveCodeBench v5", "LiveCodeBench v6"], ["25", "v6"]],
    ["Magistral 1.2 Small/Medium版本新增视觉编码器", ["Magistral 1.2 Small", "Magistral 1.2 Medium"], ["Medium"]],
    ["Gemini 2.5 Pro/Flash are out.", ["Gemini 2.5 Pro", "Gemini 2.5 Flash"], []],
    // Not a version nor a tier after the slash: nothing.
    ["Qwen3/Llama comparisons continue.", [], ["Qwen3/Llama"]],
  ])("%s", (text, present, absent) => {
    const found = names(text);
    for (const n of present) expect(found).toContain(n);
    for (const n of absent) expect(found).not.toContain(n);
  });
});
