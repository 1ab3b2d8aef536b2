// Typed relations from cue patterns: for each mention and each rule, the nearest mention to its
// left whose gap text fits the rule, extended over lists ("集成到 llama.cpp、vLLM 和 SGLang").
import type { ExtractContext, RelationExtractor } from "../../types.ts";
import type { Doc, Relation, ResolvedMention } from "../../../src/types.ts";
import { ENTITY_TYPES } from "../../../src/types.ts";
import { affiliatedElsewhere, bySentence, evidenceOf, isPackagedBuild, madeByAnother, madeByThem, makerUnknown, normaliseGap, notTheirMaker, PACKAGED_REASON, type EvidenceContext } from "../shared.ts";
import { loadCueRules, type CueRule } from "./rules.ts";
import { lookup } from "../../../src/resolve/lexicon.ts";

// "，" is left out: in Chinese it joins clauses, not list items ("媲美Claude，字节发布…").
const LIST_SEP = /^(?:、|,|和|与|及|以及|或|and|or|&|\/)$/i;
/** Rivals go on in a chain: "Claude Code vs OpenCode vs Pi" compares each with each. */
const VERSUS_SEP = /^(?:vs\.?|versus|PK)$/i;
type Separates = (gap: string) => boolean;
const listSep: Separates = (gap) => LIST_SEP.test(gap);
const versusOrListSep: Separates = (gap) => LIST_SEP.test(gap) || VERSUS_SEP.test(gap);
/** The Oxford comma's last separator ("via Baseten, Modal, and Fireworks"): only after a comma list, and only rightwards (to the left it often closes a clause). */
const OXFORD_SEP = /^, (?:and|or)$/i;
/** No rule's filler spans more than this many characters of raw text between two names. */
const MAX_GAP = 90;

export const cuePatternsExtractor: RelationExtractor = {
  id: "cue-patterns",
  readsZeroAnaphora: true,
  extract(doc, mentions, ctx) {
    const out: Relation[] = [];
    for (const ms of bySentence(mentions, ctx.sentences.length)) {
      if (ms.length < 2) continue;
      const gaps = new GapCache(ms, ctx.entityText);
      // The left-slot types each mention can take, looked up once per sentence, not per pair.
      const sourceTypes = ms.map((m) => typeBit(m.type) | subjectBits(m, ctx.lexicon));
      for (let j = 1; j < ms.length; j++) {
        const target = ms[j]!;
        const { rules, leftTypes, leftOpen } = rulesFor(target);
        // Rules already matched for this mention; each is tried from the last to the first.
        const done = new Uint8Array(rules.length);
        let pending = rules.length;
        for (let near = j - 1; near >= 0 && pending > 0; near--) {
          if (target.span.start - ms[near]!.span.end > MAX_GAP) break;
          // "A runs on B and is integrated into C": the verb after "and" is A's, not B's.
          const rest = coordinatedRest(gaps.get(near, j));
          const i = rest !== undefined ? subjectBefore(near) : near;
          if (i < 0) continue;
          const source = ms[i]!;
          if (source.entity === target.entity || source.span.end > target.span.start) continue;
          const sourceType = sourceTypes[i]!;
          const sentenceStart = ctx.sentences[source.sentence]?.span.start ?? 0;
          let gap: string | undefined; // normalised only when a rule's left slot takes the source
          for (let r = rules.length - 1; r >= 0; r--) {
            if (done[r] === 1 || ((leftTypes[r]! & sourceType) === 0 && !(source.guessed === true && leftOpen[r] === 1))) continue;
            const rule = rules[r]!;
            gap ??= rest ?? gaps.get(i, j);
            const match = matchAt(rule, ms, i, j, gap, gaps, ctx.entityText, sentenceStart);
            if (!match) continue;
            done[r] = 1;
            pending--;
            out.push(...emit(doc, rule, match, ctx));
          }
        }
      }
    }
    return out;
  },
};

/** A gap that opens a second predicate of the same subject ("and is integrated into", "，并支持"): what follows the coordinator. */
function coordinatedRest(gap: string): string | undefined {
  const m = COORDINATED.exec(gap);
  return m ? gap.slice(m[0].length).trim() : undefined;
}

const COORDINATED = /^(?:,\s*)?(?:and|but)\s+(?=(?:is|was|are|were|has|have|had|also|now|will|can|then|it)\b|[a-z]+(?:s|ed)\b)(?:it\s+)?|^[，,]?(?:并且?|同时|还|也)(?=[\u4e00-\u9fff])/i;

/** The subject of the clause that `near` ends: the sentence's first name, when it comes before. */
function subjectBefore(near: number): number {
  return near > 0 ? 0 : -1;
}

/**
 * A product the lexicon says is a company too (GitHub, OpenRouter, Cursor: altTypes) takes an
 * organisation's left slot: "GitHub宣布Agent HQ", "OpenRouter推出Exacto" say the company made it.
 */
function subjectBits(m: ResolvedMention, lexicon: ExtractContext["lexicon"]): number {
  if (m.type !== "product") return 0;
  return lookup(lexicon, m.canonical ?? m.text)?.altTypes?.includes("organization") ? ORGANIZATION_BIT : 0;
}

/** Rules for one right-hand type, with their left slots as bit sets of types (see `fits`). */
interface RuleSet {
  rules: CueRule[];
  leftTypes: Int32Array;
  /** 1 where the left slot takes a name typed only by default (it is open to organisations or products). */
  leftOpen: Uint8Array;
}

const TYPE_BITS = new Map<string, number>(ENTITY_TYPES.map((t, i) => [t, 1 << i]));
const typeBit = (type: string): number => TYPE_BITS.get(type) ?? 0;
const ORGANIZATION_BIT = typeBit("organization");

const byRightType = new Map<string, RuleSet>();
let allRules: RuleSet | undefined;

/** The rules whose right slot takes the mention's type (all of them for a name typed only by default). */
function rulesFor(m: ResolvedMention): RuleSet {
  const rules = loadCueRules();
  if (allRules?.rules !== rules) {
    byRightType.clear();
    allRules = ruleSet(rules);
  }
  if (m.guessed) return allRules;
  let set = byRightType.get(m.type);
  if (!set) byRightType.set(m.type, (set = ruleSet(rules.filter((r) => r.right.has(m.type)))));
  return set;
}

function ruleSet(rules: CueRule[]): RuleSet {
  const leftTypes = new Int32Array(rules.map((r) => [...r.left].reduce((bits, t) => bits | typeBit(t), 0)));
  const leftOpen = new Uint8Array(rules.map((r) => Number(r.left.has("organization") || r.left.has("product"))));
  return { rules, leftTypes, leftOpen };
}

/** Normalised gap text between mentions i < j of one sentence, computed once per pair. */
class GapCache {
  private cache = new Map<number, string>();
  constructor(
    private ms: readonly ResolvedMention[],
    private text: string,
  ) {}
  get(i: number, j: number): string {
    const key = i * 4096 + j;
    let gap = this.cache.get(key);
    if (gap === undefined) {
      gap = normaliseGap(this.text.slice(this.ms[i]!.span.end, this.ms[j]!.span.start));
      this.cache.set(key, gap);
    }
    return gap;
  }
}

interface Match {
  left: ResolvedMention[];
  right: ResolvedMention[];
  role?: string;
}

/** A name whose type was only a default fits any slot open to organisations or products; the slot will settle its type. */
const fits = (types: ReadonlySet<string>, m: ResolvedMention) =>
  types.has(m.type) || (m.guessed === true && (types.has("organization") || types.has("product")));

function matchAt(rule: CueRule, ms: readonly ResolvedMention[], i: number, j: number, gap: string, gaps: GapCache, text: string, sentenceStart: number): Match | undefined {
  const between = rule.between.exec(gap);
  if (!between) return undefined;
  const sep = rule.predicate === "competes_with" ? versusOrListSep : listSep;
  const right = extendList(ms, j, 1, rule.right, gaps, text, sep);
  const last = right[right.length - 1]!;
  const after = rule.after ? rule.after.exec(normaliseGap(text.slice(last.span.end, last.span.end + 40), true)) : undefined;
  if (rule.after && !after) return undefined;
  const left = extendList(ms, i, -1, rule.left, gaps, text, sep);
  const first = left[left.length - 1]!;
  // `before` sees the sentence up to the left name, so "^…" means the name opens the sentence.
  if (rule.before && !rule.before.test(normaliseGap(text.slice(sentenceStart, first.span.start), true))) return undefined;
  const role = between.groups?.role ?? after?.groups?.role;
  return { left, right, ...(role ? { role } : {}) };
}

/** The mention at `from` and the list members that follow it (step 1) or precede it (step -1). */
function extendList(ms: readonly ResolvedMention[], from: number, step: 1 | -1, types: ReadonlySet<string>, gaps: GapCache, text: string, separates: Separates): ResolvedMention[] {
  const out = [ms[from]!];
  // `edge` is the list's last index so far on the side it grows: a member, or the handle citing it.
  let edge = step === 1 ? citedEnd(ms, from, gaps) : from;
  for (let k = edge + step; k >= 0 && k < ms.length; k += step) {
    const member = step === -1 && citesPrevious(ms, k, gaps) ? k - 1 : k;
    if (member < 0) break;
    const gap = step === 1 ? gaps.get(edge, k) : gaps.get(k, edge);
    const oxford = step === 1 && out.length >= 2 && OXFORD_SEP.test(gap);
    if (!fits(types, ms[member]!) || !(separates(gap) || oxford)) break;
    const end = step === 1 ? citedEnd(ms, k, gaps) : member;
    // "acquires SchedMD, AMD users worry": after a bare comma, a name the list does not go on or end after starts a clause.
    if (step === 1 && gap.startsWith(",") && !LIST_GOES_ON.test(text.slice(ms[end]!.span.end, ms[end]!.span.end + 12))) break;
    out.push(ms[member]!);
    k = edge = end;
  }
  return out;
}

/** "**Baseten** [@baseten](…)": an account's handle right after the name it cites (nothing between). */
function citesPrevious(ms: readonly ResolvedMention[], k: number, gaps: GapCache): boolean {
  return k > 0 && ms[k]!.text.startsWith("@") && gaps.get(k - 1, k) === "";
}

/** The index of the handle citing the mention at k, or k: a list goes on after the citation. */
function citedEnd(ms: readonly ResolvedMention[], k: number, gaps: GapCache): number {
  return k + 1 < ms.length && citesPrevious(ms, k + 1, gaps) ? k + 1 : k;
}

/** What may follow a list's member: another separator, the end of a clause, "and", "等", "etc.". */
const LIST_GOES_ON = /^\s*(?:[,，、.。;；:：!?！？)）]|and\b|or\b|以及|和|与|及|或|等|etc\b|$)/i;

/** The rules that read a model served by hosts ("available on A, B", "在 A、B 等平台上线"). */
const HOSTING_RULES = new Set(["en-available-on", "zh-hosted-on"]);

/** The develops rules that read no verb: a name right before another, a possessive. */
const WEAK_DEVELOPS = /(?:adjacent|possessive)$/;

function emit(doc: Doc, rule: CueRule, { left, right, role }: Match, ctx: EvidenceContext & Pick<ExtractContext, "lexicon">): Relation[] {
  const out: Relation[] = [];
  for (const l of left) {
    for (const r of right) {
      if (l.entity === r.entity) continue;
      const source = rule.swap ? r : l;
      const target = rule.swap ? l : r;
      // "gpt-oss-20b-GGUF by Unsloth": who quantised a model uses it; its maker is another.
      const packaged = rule.predicate === "develops" && isPackagedBuild(target.text);
      // A thing the lexicon gives another maker is not this one's: "Apple's Gemini-powered Siri", "字节跳动发布CUDA…" (but "火山引擎开源了 verl" stands).
      if (!packaged && rule.predicate === "develops" && source.type !== "person" && madeByAnother(source, target, ctx.lexicon)) continue;
      if (!packaged && rule.predicate === "develops" && source.type === "person" && notTheirMaker(source, target, ctx.lexicon)) continue;
      // Nothing but adjacency or a possessive ("Unsloth VLLM", "Meta's DSPy talk"): too weak for a thing the lexicon knows without a maker.
      if (rule.predicate === "develops" && WEAK_DEVELOPS.test(rule.id) && makerUnknown(target, ctx.lexicon)) continue;
      // "DeepSeek-V4-Flash is live via the DeepSeek API": its maker serves it, it does not use it.
      if (HOSTING_RULES.has(rule.id) && madeByThem(source, target, ctx.lexicon)) continue;
      // "Y of X / Y at X" is weak: not for a person the lexicon places elsewhere ("Sam Altman … at AMD's Advancing AI Event").
      if (rule.id === "en-person-of" && affiliatedElsewhere(source, target, ctx.lexicon)) continue;
      out.push({
        source: source.entity,
        target: target.entity,
        predicate: packaged ? "uses" : rule.predicate,
        ...(role ? { role } : {}),
        confidence: rule.confidence,
        extractor: "cue-patterns",
        reason: packaged ? `${rule.id}: ${PACKAGED_REASON}` : `${rule.id}: ${rule.reason}`,
        ...(rule.hint ? { hint: true } : {}),
        evidence: evidenceOf(doc, l.span.start < r.span.start ? l : r, l.span.start < r.span.start ? r : l, ctx),
      });
    }
  }
  return out;
}
