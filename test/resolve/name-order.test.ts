// Families that write the tier before the version (data/words/name-order.json): the older order is
// keyed the same, so "Claude 3.5 Sonnet" and "Claude Sonnet 3.5" are one node.
import { describe, expect, it } from "vitest";
import { entityKey, tierFirst } from "../../src/resolve/name-order.ts";
import { extractDoc } from "../../src/extract/index.ts";
import { docFromText } from "../helpers/doc.ts";

describe("tier-first names", () => {
  it.each([
    ["Claude 4.5 Sonnet", "Claude Sonnet 4.5"],
    ["Claude 3 Opus", "Claude Opus 3"],
    ["Claude 4 Opus Thinking", "Claude Opus 4 Thinking"],
    ["claude-3-5-sonnet", "claude sonnet 3-5"],
    ["Claude Sonnet 4.5", "Claude Sonnet 4.5"],
    // Not a tier: "Sonnets"; not a tier-first family: Gemini's official names put the version first.
    ["Claude 4 Sonnets", "Claude 4 Sonnets"],
    ["Gemini 2.5 Pro", "Gemini 2.5 Pro"],
  ])("%s → %s", (name, ordered) => {
    expect(tierFirst(name)).toBe(ordered);
  });

  it("both orders, and the API id, have one key", () => {
    expect(new Set(["Claude 3.5 Sonnet", "Claude Sonnet 3.5", "claude-3-5-sonnet", "Claude 3.5 Sonnet"].map(entityKey)).size).toBe(1);
    expect(entityKey("Claude Opus 4")).not.toBe(entityKey("Claude Opus 4.1"));
  });

  it("a digest naming a model both ways has one entity for it", () => {
    const x = extractDoc(docFromText("**Claude 3.5 Sonnet** beats GPT-4o, and Claude Sonnet 3.5 is cheap."));
    const claude = x.entities.filter((e) => e.name.startsWith("Claude"));
    expect(claude).toHaveLength(1);
    expect(claude[0]!.aliases).toEqual(expect.arrayContaining(["Claude 3.5 Sonnet", "Claude Sonnet 3.5"]));
  });
});
