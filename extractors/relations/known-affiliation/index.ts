// When a sentence names a person and an organisation the lexicon says they lead, work for or
// founded ("Sam Altman/OpenAI", "[@gdb] outlined OpenAI's thesis"), it may imply works_for: a hint
// for the relation classifier, which weighs it with the rest of the sentence (a person is named
// beside their company for many other reasons). Facts come from data/lexicon/people.json.
import type { RelationExtractor } from "../../types.ts";
import type { Relation } from "../../../src/types.ts";
import { lookup } from "../../../src/resolve/lexicon.ts";
import { nameKey } from "../../../src/resolve/normalize.ts";
import { bySentence, evidenceOf, ofHouse } from "../shared.ts";

export const knownAffiliationExtractor: RelationExtractor = {
  id: "known-affiliation",
  extract(doc, mentions, ctx) {
    const out: Relation[] = [];
    for (const group of bySentence(mentions, ctx.sentences.length)) {
      for (const person of group) {
        if (person.type !== "person") continue;
        const affiliations = lookup(ctx.lexicon, person.canonical ?? person.text)?.affiliations;
        if (!affiliations?.length) continue;
        const keys = affiliations.map(nameKey);
        const seen = new Set<string>();
        for (const org of group) {
          if (org.type !== "organization" || seen.has(org.entity) || !ofHouse(keys, org.entity, ctx.lexicon)) continue;
          seen.add(org.entity);
          const [first, last] = person.span.start < org.span.start ? [person, org] : [org, person];
          out.push({
            source: person.entity,
            target: org.entity,
            predicate: "works_for",
            confidence: 0.6,
            extractor: "known-affiliation",
            reason: `lexicon (affiliation): ${person.canonical ?? person.text} is known at ${affiliations.join(", ")}, and this sentence names both`,
            hint: true,
            evidence: evidenceOf(doc, first, last, ctx),
          });
        }
      }
    }
    return out;
  },
};
