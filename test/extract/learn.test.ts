// Corpus learning (src/extract/learn.ts): which cued names are spread to every other digest.
import { describe, expect, it } from "vitest";
import { extractDocs } from "../../src/extract/corpus.ts";
import { NameVotes } from "../../src/extract/learn.ts";
import { docFromText } from "../helpers/doc.ts";
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
  votes.add(extraction(mentions).mentions);
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

describe("learnt names in other digests", () => {
  const corpus = (...texts: string[]) => extractDocs(texts.map((text, i) => ({ ...docFromText(text, "ainews-en"), id: `d${i}` })));
  const names = (x: Extraction) => x.entities.map((e) => e.name);

  it("finds a learnt lower-case word again only where it is set in bold or code, as latin-names reads such words", () => {
    const [, plain, bold] = corpus("Members fixed it: the **datasets** library broke torchcodec.", "Training on synthetic datasets is hard.", "Install **datasets** and try again.");
    expect(names(plain!)).not.toContain("datasets");
    expect(names(bold!)).toContain("datasets");
  });

  it("does not find a learnt name where it names a subreddit", () => {
    const [, x] = corpus("The **LocalLlama** benchmarks are out.", "A post on r/LocalLlama about it.");
    expect(names(x!)).not.toContain("LocalLlama");
  });

  it("finds a learnt capitalised name in running text", () => {
    const [, plain] = corpus("Liquid Labs released LFM9 models.", "Training is hard, said Liquid Labs.");
    expect(names(plain!)).toContain("Liquid Labs");
  });
});

