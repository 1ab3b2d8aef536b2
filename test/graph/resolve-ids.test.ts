import { describe, expect, it } from "vitest";
import { versionsApart } from "../../src/graph/resolve-ids.ts";

describe("versionsApart", () => {
  it.each([
    ["gpt4", "gpt4o", true],
    ["gpt4", "gpt41", true],
    ["qwen25", "qwen3", true],
    ["gemini", "gemini25pro", true],
    ["deepseek", "deepseekr1", true],
    ["google", "googleai", false],
    ["google", "谷歌", false],
    ["qwen25", "通义千问25", false],
    ["claude4", "claude4", false],
  ])("%s / %s → %s", (a, b, expected) => {
    expect(versionsApart(a, b)).toBe(expected);
    expect(versionsApart(b, a)).toBe(expected);
  });
});
