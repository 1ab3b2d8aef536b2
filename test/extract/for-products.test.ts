// "<model or product> for <a name the lexicon does not know>" is one product ("Gemini for Home");
// before a known name, "for" joins two things ("vLLM for CUDA").
import { describe, expect, it } from "vitest";
import { extractDoc } from "../../src/extract/index.ts";
import { docFromText } from "../helpers/doc.ts";

const names = (text: string): string[] => extractDoc(docFromText(text)).entities.map((e) => e.name).sort();

describe("a model or product for a domain is one product", () => {
  it.each<[string, string[], string[]]>([
    ["Google推出Gemini for Home早期访问", ["Gemini for Home"], ["Home", "Gemini"]],
    // The maker that opens the first name is the product's maker, not part of its name.
    ["Google Gemini for Home早期访问上线", ["Gemini for Home", "Google"], ["Google Gemini for Home"]],
    ["xAI推出Grok for Government，面向政府客户。", ["Grok for Government"], ["Government"]],
    // Before a name the lexicon knows, two things: what runs on what.
    ["Builds of vLLM for CUDA and MLX for Apple Silicon are out.", ["vLLM", "CUDA", "MLX", "Apple Silicon"], ["vLLM for CUDA", "MLX for Apple Silicon"]],
    // Lower case after "for" is no name.
    ["Use Claude for coding.", ["Claude"], []],
  ])("%s", (text, present, absent) => {
    const found = names(text);
    for (const n of present) expect(found).toContain(n);
    for (const n of absent) expect(found).not.toContain(n);
  });

  it("its maker releases it, not the domain", () => {
    const x = extractDoc(docFromText("Google推出Gemini for Home早期访问"));
    const name = new Map(x.entities.map((e) => [e.id, e.name]));
    const typed = x.relations.filter((r) => r.predicate !== "co_mention").map((r) => `${name.get(r.source)} ${r.predicate} ${name.get(r.target)}`);
    expect(typed).toContain("Google develops Gemini for Home");
    expect(typed).not.toContain("Google develops Home");
  });
});
