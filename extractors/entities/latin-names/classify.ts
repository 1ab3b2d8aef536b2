// Tells the type of a name the lexicon does not know, from its shape and the words around it.
// The rules are data (data/cues/type-cues.json), each with the reason it is given.
import { NameMemo } from "../../../src/memo.ts";
import { readDataJson } from "../../../src/data-dir.ts";
import type { EntityType } from "../../../src/types.ts";

interface TypeRule {
  /** "head": the kind noun that ends the Chinese noun phrase after the name (heads, stops, maxRun). */
  where: "shape" | "after" | "before" | "head";
  type: EntityType;
  pattern: string;
  confidence: number;
  reason: string;
  heads?: Partial<Record<EntityType, string[]>>;
  stops?: string;
  maxRun?: number;
  /** head rules: what must stand before the name ("名为"), and what the phrase starts after ("的"). */
  before?: string;
  lead?: string;
}

interface CompiledRule extends TypeRule {
  regex: RegExp;
  head?: HeadRule;
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
    regex: new RegExp(withWordLists(r.pattern), "u"),
    ...(r.where === "head" ? { head: compileHead(r) } : {}),
  }));
  return rules;
}

/** "{words:NAME}" in a pattern stands for the words of data/words/NAME.json as alternatives (plain words: nothing to escape). */
const withWordLists = (pattern: string): string =>
  pattern.replace(/\{words:([\w-]+)\}/g, (_, name: string) => readDataJson<{ words: string[] }>("words", `${name}.json`).words.join("|"));

// Wide enough for an appositive ("X, an open-source library"); patterns are anchored at the name.
const CONTEXT = 64;
const AFTER_MARKS = new Set([..."*_`\"“”'’）)"].map((c) => c.charCodeAt(0)));
const BEFORE_MARKS = new Set([..."*_`\"“”'‘（("].map((c) => c.charCodeAt(0)));

/** The first type rule that fits `name` at [start, end) of `text`, if any. */
export function guessType(name: string, text: string, start: number, end: number): TypeGuess | undefined {
  const rules = typeRules();
  // Shape rules see only the name: the first that fits is remembered per name, and the context
  // rules before it are tried first.
  const shape = firstShapeRule(name, rules);
  let after: string | undefined;
  let before: string | undefined;
  for (let i = 0; i < shape; i++) {
    const rule = rules[i]!;
    if (rule.where === "shape") continue;
    if (rule.head) {
      const type = headType(rule.head, text, start, end);
      if (type) return { type, confidence: rule.confidence, reason: `type rule: ${rule.reason}` };
      continue;
    }
    const subject = rule.where === "after" ? (after ??= afterName(text, end)) : (before ??= beforeName(text, start));
    if (rule.regex.test(subject)) return guessOf(rule);
  }
  return shape < rules.length ? guessOf(rules[shape]!) : undefined;
}

const guessOf = (rule: CompiledRule): TypeGuess => ({ type: rule.type, confidence: rule.confidence, reason: `type rule: ${rule.reason}` });

/** Up to CONTEXT characters after the name, without the marks that close it (**, quotes, brackets). */
function afterName(text: string, end: number): string {
  const stop = Math.min(text.length, end + CONTEXT);
  let at = end;
  while (at < stop && AFTER_MARKS.has(text.charCodeAt(at))) at++;
  return text.slice(at, stop);
}

/** Up to CONTEXT characters before the name, without the marks that open it. */
function beforeName(text: string, start: number): string {
  const from = Math.max(0, start - CONTEXT);
  let at = start;
  while (at > from && BEFORE_MARKS.has(text.charCodeAt(at - 1))) at--;
  return text.slice(from, at);
}

const shapes = new NameMemo<number>();

/** Index of the first shape rule the name fits (rules.length if none). */
function firstShapeRule(name: string, rules: CompiledRule[]): number {
  return shapes.through(name, () => {
    const index = rules.findIndex((r) => r.where === "shape" && r.regex.test(name));
    return index < 0 ? rules.length : index;
  });
}

interface HeadRule {
  /** Kind nouns, longest first, each with the type it gives. */
  heads: [string, EntityType][];
  stop: RegExp;
  maxRun: number;
  before?: RegExp;
  lead?: RegExp;
}

function compileHead(rule: TypeRule): HeadRule {
  const heads = Object.entries(rule.heads ?? {}).flatMap(([type, words]) => words.map((w): [string, EntityType] => [w, type as EntityType]));
  return {
    heads: heads.sort((a, b) => b[0].length - a[0].length),
    stop: new RegExp(rule.stops ?? "$", "u"),
    maxRun: rule.maxRun ?? 12,
    ...(rule.before ? { before: new RegExp(rule.before, "u") } : {}),
    ...(rule.lead ? { lead: new RegExp(rule.lead, "u") } : {}),
  };
}

/**
 * The type of the kind noun that ends the noun phrase right after a name ("视频编辑基础模型"):
 * the phrase runs up to its first stop (a mark, a function word, a verb) and at most maxRun
 * characters, and must end in a kind noun; nothing when it starts with a Latin word's space.
 * A rule may ask for words before the name and a lead to skip after it ("名为X的神秘模型").
 */
function headType(rule: HeadRule, text: string, start: number, end: number): EntityType | undefined {
  if (rule.before && !rule.before.test(beforeName(text, start))) return undefined;
  if (rule.lead) return namedKind(rule, rule.lead, text, end);
  const first = text.charCodeAt(end);
  if (!(first >= 0x4e00 && first <= 0x9fff)) return undefined; // a Chinese phrase right after the name
  const window = text.slice(end, end + rule.maxRun + 1);
  const stop = rule.stop.exec(window);
  const run = stop ? window.slice(0, stop.index) : window.slice(0, rule.maxRun);
  if (run.length < 2 || (!stop && window.length > rule.maxRun)) return undefined; // no end in sight: a clause, not a phrase
  for (const [word, type] of rule.heads) if (run.endsWith(word)) return type;
  return undefined;
}

/**
 * "名为X的神秘模型惊现LMArena": after the lead ("的"), the first kind noun within maxRun
 * characters, up to a stop, is what the name is (the phrase's verb may follow it unmarked).
 */
function namedKind(rule: HeadRule, lead: RegExp, text: string, end: number): EntityType | undefined {
  const skipped = lead.exec(text.slice(end, end + 8));
  if (!skipped) return undefined;
  const window = text.slice(end + skipped[0].length, end + skipped[0].length + rule.maxRun);
  const stop = rule.stop.exec(window);
  const run = stop ? window.slice(0, stop.index) : window;
  let best: { at: number; type: EntityType } | undefined;
  for (const [word, type] of rule.heads) {
    const at = run.indexOf(word);
    if (at >= 0 && (!best || at + word.length < best.at)) best = { at: at + word.length, type };
  }
  return best?.type;
}
