// One name, one reading per digest: a name read with confidence once is found where the digest
// writes it again without a cue; ordinary words, short forms and names read two ways are not.
import { describe, expect, it } from "vitest";
import { recurrences } from "../../src/extract/recurrences.ts";
import { extractDoc } from "../../src/extract/index.ts";
import type { ResolvedMention } from "../../src/types.ts";
import { parseDoc } from "../../src/read/index.ts";

const mention = (text: string, form: string, type: ResolvedMention["type"], extra: Partial<ResolvedMention> = {}): ResolvedMention => {
  const start = text.indexOf(form);
  return { span: { start, end: start + form.length }, text: form, type, extractor: "latin-names", reason: "test", confidence: 0.8, entity: form.toLowerCase(), sentence: 0, ...extra };
};

/** The forms found again in `text`, given the mentions an extractor read. */
const again = (text: string, read: (t: string) => ResolvedMention[]): string[] =>
  recurrences({ text, links: [] }, text, [], read(text)).map((m) => `${m.text}@${m.span.start}/${m.type}${m.guessed ? "?" : ""}`);

describe("a digest's own names, found again", () => {
  it.each<[string, string, (t: string) => ResolvedMention[], string[]]>([
    ["a bold name written again in plain text", "**DiffusionGemma** is out. Google introduced DiffusionGemma today.", (t) => [mention(t, "DiffusionGemma", "model")], ["DiffusionGemma@45/model"]],
    ["a Chinese name", "**智谱清言**上线新功能。用户称智谱清言更快。", (t) => [mention(t, "智谱清言", "product")], ["智谱清言@17/product"]],
    ["a guessed type stays a guess", "**Zorblax** ships. Zorblax is fast.", (t) => [mention(t, "Zorblax", "product", { guessed: true })], ["Zorblax@19/product?"]],
    ["no whole word, no name", "**Arbor** grows. Arboretum is a word.", (t) => [mention(t, "Arbor", "product")], []],
    ["a short form needs its cue", "**Pi** ships. Pi is here.", (t) => [mention(t, "Pi", "product")], []],
    ["ordinary words need their cue", "**Memory Palace** ships. A Memory Palace helps.", (t) => [mention(t, "Memory Palace", "product")], []],
    ["a lower-case word needs its cue", "**refiner** ships. The refiner is fast.", (t) => [mention(t, "refiner", "product")], []],
    ["read two ways: neither", "**Hermes** (model) and **Hermes** (product); Hermes again.", (t) => [mention(t, "Hermes", "model"), { ...mention(t, "Hermes", "product"), span: { start: 25, end: 31 } }], []],
    ["the lexicon's names are found everywhere already", "OpenAI ships. OpenAI again.", (t) => [mention(t, "OpenAI", "organization", { extractor: "lexicon" })], []],
    ["one form, two entities: neither", "**Hermes** ships; **Hermes** again; Hermes once more.", (t) => [mention(t, "Hermes", "model"), { ...mention(t, "Hermes", "model", { entity: "hermes-agent" }), span: { start: 20, end: 26 } }], []],
    ["a place taken by a longer name", "**Kimi** ships. Kimi K3 Turbo is out.", (t) => [mention(t, "Kimi", "product"), { ...mention(t, "Kimi K3 Turbo", "model") }], []],
  ])("%s", (_, text, read, expected) => expect(again(text, read)).toEqual(expected));
});

describe("in the pipeline", () => {
  it("relates a name the digest set in bold elsewhere", () => {
    const text = "# AI News\n\n- Everyone talks about **GlimmerBeam** this week.\n- Google introduced [GlimmerBeam](https://blog.google/z), a diffusion model.\n";
    const x = extractDoc(parseDoc(text, "ainews-en_2026-06-11.md", ""));
    const name = new Map(x.entities.map((e) => [e.id, e.name]));
    const typed = x.relations.filter((r) => r.predicate !== "co_mention").map((r) => `${name.get(r.source)} ${r.predicate} ${name.get(r.target)}`);
    expect(typed).toContain("Google develops GlimmerBeam");
  });
});
