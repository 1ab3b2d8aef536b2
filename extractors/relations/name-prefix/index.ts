// An organisation named at the start of a product's name makes it: "OpenAI o3", "MiniMax Agent
// Desktop", "NVIDIA DGX". The latin-names extractor marks such organisations as nested mentions.
import type { RelationExtractor } from "../../types.ts";
import type { Relation } from "../../../src/types.ts";
import { evidenceOf } from "../shared.ts";

const MADE = new Set(["model", "product", "hardware", "dataset", "research"]);

export const namePrefixExtractor: RelationExtractor = {
  id: "name-prefix",
  extract(doc, mentions, ctx) {
    const out: Relation[] = [];
    for (const org of mentions) {
      if (!org.nested || org.type !== "organization") continue;
      const thing = mentions.find((m) => !m.nested && m.span.start === org.span.start && m.span.end > org.span.end && MADE.has(m.type));
      if (!thing || thing.entity === org.entity) continue;
      out.push({
        source: org.entity,
        target: thing.entity,
        predicate: "develops",
        confidence: 0.75,
        extractor: "name-prefix",
        reason: "the organisation's name starts the product's name",
        evidence: evidenceOf(doc, org, thing, ctx),
      });
    }
    return out;
  },
};
