// Corpus learning (src/extract/learn.ts): which cued names are spread to every other digest.
import { describe, expect, it } from "vitest";
import { NameVotes } from "../../src/extract/learn.ts";
import type { EntityType, Extraction, ResolvedMention } from "../../src/types.ts";

const mention = (text: string, type: EntityType, extra: Partial<ResolvedMention> = {}): ResolvedMention => ({
  span: { start: 0, end: text.length },
  text,
  type,
  extractor: "latin-names",
  reason: "type rule",
  confidence: 0.85,
  entity: text.toLowerCase(),
  sentence: 0,
  ...extra,
});

const extraction = (mentions: ResolvedMention[]): Extraction => ({
  doc: { id: "d", file: "d.md", hash: "h", series: "hubtoday", title: "", date: "2026-01-01" },
  entities: [],
  relations: [],
  mentions,
});

const learnt = (...mentions: ResolvedMention[]): Map<string, EntityType> => {
  const votes = new NameVotes();
  votes.add(extraction(mentions));
  return votes.learned();
};

describe("NameVotes", () => {
  it.each([
    ["比特微", "organization"],
    ["llama.cpp", "product"],
    ["mcp-cli", "product"],
    ["flashinfer-bench", "dataset"],
    ["Arena", "dataset"],
    ["Liquid AI", "organization"],
    ["Reality Labs", "organization"],
    ["Rob Pike", "person"],
    ["Cute-Bench", "dataset"],
  ] as const)("spreads the cued name %s", (form, type) => {
    expect(learnt(mention(form, type)).get(form)).toBe(type);
  });

  it.each([
    ["time", "product"], // "`time` library"
    ["web", "product"], // "the `web` plugin"
    ["open-weight", "model"], // "**open-weight** model"
    ["long-context", "product"],
    ["Fast", "model"], // "“**Fast**” model"
    ["Text-to-Image", "product"],
    ["Hands-on", "product"],
  ] as const)("keeps the ordinary word %s to its own digest", (form, type) => {
    expect(learnt(mention(form, type)).has(form)).toBe(false);
  });

  it("spreads only confident, cued, unknown names", () => {
    const votes = learnt(
      mention("Qwen", "model", { canonical: "Qwen" }),
      mention("Foo Labs", "organization", { guessed: true }),
      mention("Bar Labs", "organization", { confidence: 0.5 }),
      mention("Baz Labs", "organization", { extractor: "emphasis" }),
    );
    expect([...votes.keys()]).toEqual([]);
  });
});
