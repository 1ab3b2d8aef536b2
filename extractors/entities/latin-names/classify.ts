// Tells the type of a name the lexicon does not know, from its shape and the words around it.
// The rules are data (data/cues/type-cues.json), each with the reason it is given.
import { readDataJson } from "../../../src/data-dir.ts";
import type { EntityType } from "../../../src/types.ts";

interface TypeRule {
  where: "shape" | "after" | "before";
  type: EntityType;
  pattern: string;
  confidence: number;
  reason: string;
}

interface CompiledRule extends TypeRule {
  regex: RegExp;
}

export interface TypeGuess {
  type: EntityType;
  confidence: number;
  reason: string;
}

let rules: CompiledRule[] | undefined;

function typeRules(): CompiledRule[] {
  rules ??= readDataJson<{ rules: TypeRule[] }>("cues", "type-cues.json").rules.map((r) => ({
    ...r,
    regex: new RegExp(r.pattern, "u"),
  }));
  return rules;
}

const CONTEXT = 14;

/** The first type rule that fits `name` at [start, end) of `text`, if any. */
export function guessType(name: string, text: string, start: number, end: number): TypeGuess | undefined {
  const after = text.slice(end, end + CONTEXT).replace(/^[*_`"“”'’）)]+/, "");
  const before = text.slice(Math.max(0, start - CONTEXT), start).replace(/[*_`"“”'‘（(]+$/, "");
  for (const rule of typeRules()) {
    const subject = rule.where === "shape" ? name : rule.where === "after" ? after : before;
    if (rule.regex.test(subject)) return { type: rule.type, confidence: rule.confidence, reason: `type rule: ${rule.reason}` };
  }
  return undefined;
}
