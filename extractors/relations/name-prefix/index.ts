// An organisation named right before a thing makes it: at the start of the thing's name ("OpenAI
// o3", "MiniMax Agent Desktop", "NVIDIA DGX"; the latin-names extractor marks such organisations
// as nested mentions), or just before it as a maker's possessive or epithet ("Anthropic's
// Claude", "Google DeepMind’s DiffusionGemma", "NVIDIA SOL-ExecBench", "英伟达的H100").
import type { RelationExtractor } from "../../types.ts";
import type { Relation, ResolvedMention } from "../../../src/types.ts";
import { evidenceOf, madeByAnother, makerUnknown } from "../shared.ts";
import { nameKey } from "../../../src/resolve/normalize.ts";

const MADE = new Set(["model", "product", "hardware", "dataset", "research"]);
/** A repository id's owner and its slash, right before a name ("unsloth/", "mookiezi/"). */
const REPO_OWNER = /([A-Za-z0-9][\w.-]*)\/$/;

/** "mookiezi/Discord-Micae-Hermes-3-3B": a repository's owner before the name made it, unless the owner is the organisation ("deepseek-ai/DeepSeek-V3"). */
function ownedByAnother(thing: ResolvedMention, org: ResolvedMention, text: string): boolean {
  const owner = REPO_OWNER.exec(text.slice(Math.max(0, thing.span.start - 40), thing.span.start))?.[1];
  return owner !== undefined && !nameKey(owner).startsWith(org.entity);
}

/**
 * What may stand between a maker and its thing: nothing, a possessive, 的 (markdown emphasis
 * aside). After a possessive, up to three lower-case words that describe the thing ("AMD’s
 * perceived slower ROCm", "Google's new open Gemma 3"); not a preposition, a verb of being or
 * having, or a word of rivalry, which make the thing another's ("Google's answer to GPT-5",
 * "OpenAI's rival Claude", "Apple's use of Gemini").
 */
const MAKERS_MARK = /^(?:\s?|\s?['’]s\s(?:(?!(?:for|of|to|with|on|in|by|from|and|or|vs|than|via|at|into|over|about|against|like|is|are|was|were|has|have|had|rival|rivals|competitor|competitors|answer|alternative|challenger|use|support|partner|partners|deal|bet|take)\s)[a-z][a-z-]*\s){0,3}|\s?的\s?)$/;

export const namePrefixExtractor: RelationExtractor = {
  id: "name-prefix",
  extract(doc, mentions, ctx) {
    const out: Relation[] = [];
    const made = (org: ResolvedMention, thing: ResolvedMention, reason: string, confidence: number) =>
      out.push({ source: org.entity, target: thing.entity, predicate: "develops", confidence, extractor: "name-prefix", reason, evidence: evidenceOf(doc, org, thing, ctx) });
    const whole = mentions.filter((m) => !m.nested).sort((x, y) => x.span.start - y.span.start);
    for (const org of mentions) {
      if (!org.nested || org.type !== "organization") continue;
      const thing = mentions.find((m) => !m.nested && m.span.start === org.span.start && m.span.end > org.span.end && MADE.has(m.type));
      if (thing && thing.entity !== org.entity && !ownedByAnother(thing, org, ctx.entityText)) made(org, thing, "the organisation's name starts the product's name", 0.75);
    }
    for (let i = 0; i + 1 < whole.length; i++) {
      const org = whole[i]!;
      const thing = whole[i + 1]!;
      if (org.type !== "organization" || !MADE.has(thing.type) || org.entity === thing.entity || org.sentence !== thing.sentence) continue;
      const gap = ctx.entityText.slice(org.span.end, thing.span.start).replace(/[*_`]/g, "");
      if (!MAKERS_MARK.test(gap) || madeByAnother(org, thing, ctx.lexicon) || makerUnknown(thing, ctx.lexicon)) continue;
      made(org, thing, gap.trim() ? "the organisation's possessive before the product (X's Y, X的Y)" : "the organisation's name right before the product's", 0.7);
    }
    return out;
  },
};
