// Cutting a run of Latin words into names: known ones (lexicon, longest first) and unknown ones,
// with generic acronyms (AI, LLM, CEO) taken off the edges of unknown names but kept inside them.
import type { ExtractContext } from "../../types.ts";
import type { LexEntry, Lexicon } from "../../../src/resolve/lexicon.ts";
import { nameKey } from "../../../src/resolve/normalize.ts";
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

const tokenKeys = new Map<string, string>();

/** nameKey of one token, remembered: the same words recur in every digest. */
function tokenKey(token: string): string {
  let key = tokenKeys.get(token);
  if (key === undefined) {
    key = nameKey(token.replace(/^@/, ""));
    if (tokenKeys.size > 200_000) tokenKeys.clear();
    tokenKeys.set(token, key);
  }
  return key;
}

/** Greedy longest lexicon match over the run's tokens; the rest are unknown segments. */
export function segmentRun(run: Token[], ctx: ExtractContext): Segment[] {
  const text = ctx.entityText;
  const quoted = /[“「《"]$/.test(text.slice(0, run[0]!.span.start)) && /^[”」》"]/.test(text.slice(run[run.length - 1]!.span.end));
  // nameKey drops spaces, so a stretch's key is its tokens' keys joined.
  const keys = run.map((t) => tokenKey(t.text));
  const out: Segment[] = [];
  let unknownFrom = 0;
  for (let i = 0; i < run.length; ) {
    const found = ctx.lexicon.firstWordKeys.has(keys[i]!) ? longestKnown(run, keys, i, ctx.lexicon) : undefined;
    if (found) {
      pushUnknown(out, run.slice(unknownFrom, i), quoted, ctx.lexicon);
      out.push(found);
      i += found.tokens.length;
      unknownFrom = i;
    } else i++;
  }
  pushUnknown(out, run.slice(unknownFrom), quoted, ctx.lexicon);
  return out;
}

function pushUnknown(out: Segment[], tokens: Token[], quoted: boolean, lexicon: Lexicon): void {
  if (!tokens.length) return;
  // A quoted phrase (“For You”) is a title: kept whole.
  const trimmed = quoted ? tokens : trimEdges(tokens, lexicon);
  if (trimmed.length) out.push({ tokens: trimmed });
}

function longestKnown(run: Token[], keys: string[], i: number, lexicon: Lexicon): Segment | undefined {
  for (let j = Math.min(run.length, i + MAX_NAME_WORDS); j > i; j--) {
    const entry = lexicon.byKey.get(keys.slice(i, j).join(""));
    if (entry) return { tokens: run.slice(i, j), entry };
  }
  return undefined;
}

const isGeneric = (t: Token, lexicon: Lexicon) => lexicon.generic.has(t.text.toLowerCase());
// Acronyms (AI, LLM, CEO) and lower-case words come off the edges; a capitalised generic word
// stays when it is part of a name ("Agent Builder", "Replit Agent").
const isEdgeJunk = (t: Token, lexicon: Lexicon) =>
  (isGeneric(t, lexicon) && /^(?:[A-Z0-9]+s?|[a-z].*)$/.test(t.text)) || lexicon.englishStop.has(t.text.toLowerCase());
// "Factory AI", "Epoch AI": a trailing AI/Labs after a capitalised word is a company's name.
const isOrgTail = (tokens: Token[], b: number, a: number, lexicon: Lexicon) =>
  b - 1 > a && ORG_TAIL.test(tokens[b - 1]!.text) && /^[A-Z]/.test(tokens[b - 2]!.text) && !isEdgeJunk(tokens[b - 2]!, lexicon);

/** Generic words and sentence-start words off both edges; nothing left if only they remain. */
function trimEdges(tokens: Token[], lexicon: Lexicon): Token[] {
  let a = 0;
  let b = tokens.length;
  while (a < b && isEdgeJunk(tokens[a]!, lexicon)) a++;
  while (b > a && isEdgeJunk(tokens[b - 1]!, lexicon) && !isOrgTail(tokens, b, a, lexicon)) b--;
  for (let k = a; k < b; k++) if (!isGeneric(tokens[k]!, lexicon)) return tokens.slice(a, b);
  return [];
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
    // "Qwen Code", "Gemini Embedding 2": a family, a capitalised word and maybe a version.
    const word = prev?.entry?.family && seg.tokens.length <= 3 && CAPITALISED_WORD.test(seg.tokens[0]!.text) && seg.tokens.slice(1).every((t) => VERSION_PART.test(t.text));
    if (prev && versionable && touching && (!seg.entry || (version && seg.entry.type === type)) && (version || word)) {
      out[out.length - 1] = { tokens: [...prev.tokens, ...seg.tokens] };
    } else out.push(seg);
  }
  return out;
}
