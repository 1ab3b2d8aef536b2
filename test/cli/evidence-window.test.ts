// The evidence a terminal row shows: the sentence cut to show both names, only between words.
import { describe, expect, it } from "vitest";
import { evidenceWindow, findName } from "../../src/cli/format/evidence-window.ts";
import { displayWidth } from "../../src/cli/format/width.ts";

describe("evidence window", () => {
  it("keeps a sentence that fits", () => {
    expect(evidenceWindow("OpenAI released GPT-5.", ["OpenAI"], ["GPT-5"], 100)).toBe("OpenAI released GPT-5.");
  });

  it("shows both names of a long sentence, cut between words with … where cut", () => {
    const text = `${"lorem ipsum dolor ".repeat(8)}then OpenAI quietly released GPT-5 to everyone ${"sit amet ".repeat(12)}`;
    const out = evidenceWindow(text, ["OpenAI"], ["GPT-5"], 60);
    expect(out).toContain("OpenAI");
    expect(out).toContain("GPT-5");
    expect(out).toMatch(/^… \S/);
    expect(out).toMatch(/\S …$/);
    expect(displayWidth(out)).toBeLessThanOrEqual(60);
    const words = new Set(text.split(" "));
    for (const w of out.replace(/^… | …$/g, "").split(" ")) expect(words.has(w)).toBe(true);
  });

  it("counts Chinese as two columns and brings the second name into view", () => {
    const text = "据报道，OpenAI CEO Sam Altman在内部备忘录中宣布进入红色警报状态，要求集中资源改进ChatGPT的速度与可靠性，暂缓其他项目。";
    const out = evidenceWindow(text, ["OpenAI"], ["ChatGPT"], 70);
    expect(out).toContain("ChatGPT");
    expect(displayWidth(out)).toBeLessThanOrEqual(70);
  });

  it("finds a name by any alias, ignoring case, and Latin names only as whole words", () => {
    expect(findName("谷歌发布Gemini", ["Google", "谷歌"])).toEqual({ start: 0, end: 2 });
    expect(findName("Metadata from meta", ["Meta"])).toEqual({ start: 14, end: 18 });
  });
});
