// The members of a list are alike: in "vLLM, Transformers, SGLang and MLX" or "Claude Code vs
// OpenCode vs Pi", a capitalised word standing as a member between names of one type names a
// thing of that type, though alone it reads as an ordinary word ("Transformers") or is too short
// to trust ("Pi"). Only a member with a name of the same type on each side, or the last member
// of a list of that type, is read so; an ordinary word only between names the lexicon knows; never
// in a Title Case headline or a code span (AINews's topic lists: "`Aider vs IDE, Rate Limits`").
import type { Doc, EntityType, Mention } from "../types.ts";
import { inTitleCaseHeadline } from "../segment/headlines.ts";
import { isCommonWord } from "../../extractors/entities/english/words.ts";

export const LIST_MEMBER_DEFAULTS = {
  /** Types whose lists are read: people and organisations are named in lists of everything. */
  types: new Set<EntityType>(["product", "model", "hardware", "dataset"]),
  /** A gap longer than this (characters) holds more than one member. */
  maxGap: 40,
  confidence: 0.55,
};

// A separator of list members, with the marks of emphasis or code around it.
const SEP = String.raw`[*\x60]*\s*(?:,\s*(?:and|or)\s+|,|、|，|\/|\s(?:and|or|vs\.?|&)\s)\s*[*\x60]*`;
// A member: one to three capitalised words or tokens ("Transformers", "Model Garden", "Pi", "MLX").
const NAME = String.raw`[A-Z][A-Za-z0-9.+-]*(?: [A-Z][A-Za-z0-9.+-]*){0,2}`;
const BETWEEN = new RegExp(String.raw`^${SEP}(${NAME})${SEP}$`);
// The last member ends the list: a preposition or a stop follows ("… vs Pi with DeepSeek V4").
const LAST = new RegExp(String.raw`^${SEP}(${NAME})(?=[*\x60]*(?:\s+(?:with|on|in|for|via|as|at|to|from|and|or|is|are|was|were|all)\b|[.;:!?)，。；]|$))`);
const SEPARATOR = new RegExp(String.raw`^${SEP}$`);
/** Words that open a clause or a sentence, not a name. */
const NOT_NAMES = new Set(["The", "This", "That", "These", "It", "A", "An", "I", "We", "They", "In", "On", "With", "For", "And", "Or", "But", "All", "Both", "Other", "Others", "More", "Some", "New"]);

/** Mentions of the list members between (or after) names of one type that no extractor read; `text` is the entity text of `doc.text`. */
export function listMembers(doc: Pick<Doc, "text" | "emphasis" | "links">, text: string, settled: readonly Mention[], options = LIST_MEMBER_DEFAULTS): Mention[] {
  const ms = settled.filter((m) => !m.nested);
  const out: Mention[] = [];
  for (let k = 0; k + 1 < ms.length; k++) {
    const a = ms[k]!;
    const b = ms[k + 1]!;
    if (!options.types.has(a.type) || b.span.start - a.span.end > options.maxGap) continue;
    const gap = text.slice(a.span.end, b.span.start);
    if (gap.includes("\n")) continue;
    const between = a.type === b.type ? BETWEEN.exec(gap) : null;
    // The last member: the list ran up to a as well ("Claude Code vs OpenCode vs Pi with …").
    const prev = ms[k - 1];
    const last = !between && prev && prev.type === a.type && SEPARATOR.test(text.slice(prev.span.end, a.span.start)) ? LAST.exec(gap) : null;
    const found = between ?? last;
    if (!found) continue;
    const name = found[1]!;
    const start = a.span.end + found.index + found[0].indexOf(name);
    // (A name the lexicon knows carries its canonical name, whichever extractor read it.)
    const known = (m: Mention | undefined) => m !== undefined && (m.canonical !== undefined || m.extractor === "learned");
    // (Across a slash an ordinary word is a variant of the name before it: "235B A22B Instruct/Thinking".)
    if (!readsAsMember(name, (between ? known(a) && known(b) : known(prev) && known(a)) && !gap.includes("/"))) continue;
    if (inCode(text, start) || inTitleCaseHeadline(doc, text, start)) continue;
    out.push({
      span: { start, end: start + name.length },
      text: doc.text.slice(start, start + name.length),
      type: a.type,
      extractor: "list-member",
      reason: `a member of a list of ${a.type} names (${a.text}${between ? `, ${b.text}` : ""})`,
      confidence: options.confidence,
    });
  }
  return out;
}

/**
 * Whether a list member may be read as a name: not a word that opens a clause, not a short
 * acronym (API, IDE, TTS), not ordinary words only ("Rate Limits") — one ordinary word
 * ("Transformers", "Word") only between names the lexicon knows.
 */
function readsAsMember(name: string, betweenKnown: boolean): boolean {
  const words = name.split(" ");
  if (NOT_NAMES.has(words[0]!) || /^[A-Z]{1,3}$/.test(name)) return false;
  const ordinary = words.filter((w) => isCommonWord(w)).length;
  return ordinary < words.length || (words.length === 1 && betweenKnown);
}

/** Whether `at` is inside a code span of its line (an odd number of backticks before it). */
function inCode(text: string, at: number): boolean {
  let ticks = 0;
  for (let i = at - 1; i >= 0 && text.charCodeAt(i) !== 10; i--) if (text.charCodeAt(i) === 96) ticks++;
  return ticks % 2 === 1;
}
