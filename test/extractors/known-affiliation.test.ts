// The known-affiliation extractor alone: a person and an organisation the lexicon says they lead,
// work for or founded, named in one sentence, are a works_for hint for the classifier (never a
// relation of its own); another organisation, or the two in different sentences, are not.
import { describe, expect, it } from "vitest";
import { knownAffiliationExtractor } from "../../extractors/relations/known-affiliation/index.ts";
import type { ExtractContext } from "../../extractors/types.ts";
import { extractDocFound, extractRelations } from "../../src/extract/index.ts";
import type { Doc, ResolvedMention } from "../../src/types.ts";
import { docFromText } from "../helpers/doc.ts";

function hints(text: string): [string, string, string, boolean][] {
  let found: [Doc, ResolvedMention[], ExtractContext] | undefined;
  extractDocFound(docFromText(text), { onMentions: (doc, mentions, ctx) => (found = [doc, [...mentions], ctx]) });
  const [doc, mentions, ctx] = found!;
  const name = (id: string) => mentions.find((m) => m.entity === id)?.text ?? id;
  return knownAffiliationExtractor.extract(doc, mentions, ctx, []).map((r) => [name(r.source), r.predicate, name(r.target), r.hint === true]);
}

describe("known-affiliation extractor", () => {
  it.each<[string, [string, string, string, boolean][]]>([
    ["Sam Altman/OpenAI are in the news again.", [["Sam Altman", "works_for", "OpenAI", true]]],
    ["黄仁勋表示，英伟达将继续投入。", [["黄仁勋", "works_for", "英伟达", true]]],
    ["梁文锋带领DeepSeek发布新模型。", [["梁文锋", "works_for", "DeepSeek", true]]],
    // The lexicon's house: Google DeepMind is Google's.
    ["Demis Hassabis spoke at a Google event.", [["Demis Hassabis", "works_for", "Google", true]]],
    // Another organisation, or no organisation at all.
    ["Sam Altman praised Anthropic.", []],
    ["Jensen Huang spoke. NVIDIA shares rose.", []],
  ])("%s", (text, expected) => expect(hints(text)).toEqual(expected));

  it("leaves the pair to the classifier: a hint is no relation of its own", () => {
    let found: [Doc, ResolvedMention[], ExtractContext] | undefined;
    extractDocFound(docFromText("Sam Altman/OpenAI are in the news again."), { onMentions: (doc, mentions, ctx) => (found = [doc, [...mentions], ctx]) });
    expect(knownAffiliationExtractor.extract(...found!, []).length).toBe(1);
    expect(extractRelations(...found!).filter((r) => r.extractor === "known-affiliation")).toEqual([]);
  });
});
