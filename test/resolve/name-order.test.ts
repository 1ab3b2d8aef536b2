// Families whose names digests write both ways round (data/words/name-order.json): the other order
// is keyed as the maker's, so "Claude 3.5 Sonnet" and "Claude Sonnet 3.5" are one node, and so are
// "Gemini Pro 2.5" and "Gemini 2.5 Pro".
import { describe, expect, it } from "vitest";
import { entityKey, makersOrder } from "../../src/resolve/name-order.ts";
import { extractDoc } from "../../src/extract/index.ts";
import { docFromText } from "../helpers/doc.ts";

describe("names in their maker's order", () => {
  it.each([
    ["Claude 4.5 Sonnet", "Claude Sonnet 4.5"],
    ["Claude 3 Opus", "Claude Opus 3"],
    ["Claude 4 Opus Thinking", "Claude Opus 4 Thinking"],
    ["claude-3-5-sonnet", "claude sonnet 3-5"],
    ["Claude Sonnet 4.5", "Claude Sonnet 4.5"],
    ["Magistral 1.2 Small", "Magistral Small 1.2"],
    // Gemini's names put the version first.
    ["Gemini Pro 2.5", "Gemini 2.5 Pro"],
    ["Gemini-Pro-2.5-preview", "Gemini 2.5 Pro-preview"],
    ["Gemini Flash-Lite 2.0", "Gemini 2.0 Flash-Lite"],
    ["Gemini 2.5 Pro", "Gemini 2.5 Pro"],
    // Qwen names a variant before the size.
    ["Qwen3 30B A3B Coder", "Qwen3 Coder 30B A3B"],
    ["Qwen3-8b-VL-Thinking", "Qwen3 VL 8b-Thinking"],
    ["Qwen2.5 32B Coder", "Qwen2.5 Coder 32B"],
    ["Qwen3-235B-A22B", "Qwen3-235B-A22B"],
    // Not a tier: "Sonnets".
    ["Claude 4 Sonnets", "Claude 4 Sonnets"],
  ])("%s → %s", (name, ordered) => {
    expect(makersOrder(name)).toBe(ordered);
  });

  it("both orders, and the API id, have one key", () => {
    expect(new Set(["Claude 3.5 Sonnet", "Claude Sonnet 3.5", "claude-3-5-sonnet", "Claude 3.5 Sonnet"].map(entityKey)).size).toBe(1);
    expect(entityKey("Gemini Pro 2.5 Preview")).toBe(entityKey("Gemini 2.5 Pro Preview"));
    expect(entityKey("Qwen3-30b-coder")).toBe(entityKey("Qwen3-Coder 30B"));
    expect(entityKey("Claude Opus 4")).not.toBe(entityKey("Claude Opus 4.1"));
  });

  it("a digest naming a model both ways has one entity for it", () => {
    const x = extractDoc(docFromText("**Claude 3.5 Sonnet** beats GPT-4o, and Claude Sonnet 3.5 is cheap."));
    const claude = x.entities.filter((e) => e.name.startsWith("Claude"));
    expect(claude).toHaveLength(1);
    expect(claude[0]!.aliases).toEqual(expect.arrayContaining(["Claude 3.5 Sonnet", "Claude Sonnet 3.5"]));
  });
});
