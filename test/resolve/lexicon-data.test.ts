// The lexicon's rules that tie entries together (data/lexicon/README.md): a developer or a parent
// is an organisation's name; an affiliation is a person's, and names an organisation wherever
// the lexicon knows the name.
import { describe, expect, it } from "vitest";
import { loadLexicon, lookup } from "../../src/resolve/lexicon.ts";

const lexicon = loadLexicon();
const organizations = new Set(lexicon.entries.filter((e) => e.type === "organization").map((e) => e.name));

describe("lexicon data", () => {
  it("names an organisation entry as every developer and parent", () => {
    const wrong = lexicon.entries.flatMap((e) => [e.developer, e.parent].filter((n): n is string => n !== undefined && !organizations.has(n)).map((n) => `${e.name}: ${n}`));
    expect(wrong).toEqual([]);
  });

  it("lists each surface form under one entry only (a tier, 'Claude Max', is no alias of the model it unlocks)", () => {
    const owner = new Map<string, string>();
    const twice: string[] = [];
    for (const e of lexicon.entries) {
      for (const form of new Set([e.name, ...e.aliases])) {
        const first = owner.get(form);
        if (first !== undefined && first !== e.name) twice.push(`${form}: ${first} / ${e.name}`);
        else owner.set(form, e.name);
      }
    }
    expect(twice).toEqual([]);
  });

  it("gives affiliations to people only, each an organisation where the lexicon knows its name", () => {
    const withAffiliations = lexicon.entries.filter((e) => e.affiliations);
    expect(withAffiliations.length).toBeGreaterThan(100);
    expect(withAffiliations.filter((e) => e.type !== "person").map((e) => e.name)).toEqual([]);
    const wrong = withAffiliations.flatMap((e) =>
      e.affiliations!.filter((org) => {
        const entry = lookup(lexicon, org);
        return entry !== undefined && (entry.type !== "organization" || entry.name !== org);
      }).map((org) => `${e.name}: ${org}`),
    );
    expect(wrong).toEqual([]);
  });
});
