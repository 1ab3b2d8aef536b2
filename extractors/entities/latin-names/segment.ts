// Cutting a run of Latin words into names: known ones (lexicon, longest first) and unknown ones,
// with generic acronyms (AI, LLM, CEO) taken off the edges of unknown names but kept inside them.
import type { ExtractContext } from "../../types.ts";
import { lookup, type LexEntry } from "../../../src/resolve/lexicon.ts";
import type { Token } from "./runs.ts";

export interface Segment {
  tokens: Token[];
  entry?: LexEntry;
}

const VERSION_PART = /\d|^(?:Opus|Sonnet|Haiku|Pro|Flash|Ultra|Nano|Lite|Mini|Max|Turbo|Plus|Verified|Hard|mini|pro|max|flash|turbo|lite|nano|preview|thinking|instruct)$/;
const CAPITALISED_WORD = /^[A-Z][A-Za-z]+$/;
const ORG_TAIL = /^(?:AI|Labs?)$/;
/** No lexicon name has more words than this, so longer stretches are never looked up. */
const MAX_NAME_WORDS = 8;

/** Greedy longest lexicon match over the run's tokens; the rest are unknown segments. */
export function segmentRun(run: Token[], ctx: ExtractContext): Segment[] {
  const quoted = /[“「《"]$/.test(ctx.entityText.slice(0, run[0]!.span.start)) && /^[”」》"]/.test(ctx.entityText.slice(run[run.length - 1]!.span.end));
  const out: Segment[] = [];
  let unknown: Token[] = [];
  const flush = () => {
    // A quoted phrase (“For You”) is a title: kept whole.
    const trimmed = quoted ? unknown : trimEdges(unknown, ctx);
    if (trimmed.length) out.push({ tokens: trimmed });
    unknown = [];
  };
  for (let i = 0; i < run.length; ) {
    let found: Segment | undefined;
    for (let j = Math.min(run.length, i + MAX_NAME_WORDS); j > i && !found; j--) {
      const entry = lookup(ctx.lexicon, ctx.entityText.slice(run[i]!.span.start, run[j - 1]!.span.end));
      if (entry) found = { tokens: run.slice(i, j), entry };
    }
    if (found) {
      flush();
      out.push(found);
      i += found.tokens.length;
    } else unknown.push(run[i++]!);
  }
  flush();
  return out;
}

/** Generic words and sentence-start words off both edges; nothing left if only they remain. */
function trimEdges(tokens: Token[], ctx: ExtractContext): Token[] {
  const isGeneric = (t: Token) => ctx.lexicon.generic.has(t.text.toLowerCase());
  // Acronyms (AI, LLM, CEO) and lower-case words come off the edges; a capitalised generic word
  // stays when it is part of a name ("Agent Builder", "Replit Agent").
  const isEdgeJunk = (t: Token) => (isGeneric(t) && /^(?:[A-Z0-9]+s?|[a-z].*)$/.test(t.text)) || ctx.lexicon.englishStop.has(t.text.toLowerCase());
  let a = 0;
  let b = tokens.length;
  while (a < b && isEdgeJunk(tokens[a]!)) a++;
  // "Factory AI", "Epoch AI": a trailing AI/Labs after a capitalised word is a company's name.
  while (b > a && isEdgeJunk(tokens[b - 1]!) && !(b - 1 > a && ORG_TAIL.test(tokens[b - 1]!.text) && /^[A-Z]/.test(tokens[b - 2]!.text) && !isEdgeJunk(tokens[b - 2]!))) b--;
  const kept = tokens.slice(a, b);
  return kept.every(isGeneric) ? [] : kept;
}

/**
 * "Claude Opus" + "4.5", "RTX" + "3090": a family followed by its version is one name, and so is
 * a family followed by a capitalised word ("Qwen" + "Code"): a product of that family.
 */
export function absorbVersions(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const seg of segments) {
    const prev = out[out.length - 1];
    const type = prev?.entry?.type;
    const versionable = prev?.entry && (prev.entry.family || type === "model" || type === "hardware" || type === "dataset");
    const touching = prev && seg.tokens[0]!.span.start === prev.tokens[prev.tokens.length - 1]!.span.end + 1;
    const version = seg.tokens.every((t) => VERSION_PART.test(t.text));
    const word = prev?.entry?.family && seg.tokens.length === 1 && CAPITALISED_WORD.test(seg.tokens[0]!.text);
    if (prev && versionable && touching && (!seg.entry || (version && seg.entry.type === type)) && (version || word)) {
      out[out.length - 1] = { tokens: [...prev.tokens, ...seg.tokens] };
    } else out.push(seg);
  }
  return out;
}
