// Cutting a run of Latin words into names: known ones (lexicon, longest first) and unknown ones,
// with generic acronyms (AI, LLM, CEO) taken off the edges of unknown names but kept inside them.
import type { ExtractContext } from "../../types.ts";
import type { LexEntry, Lexicon } from "../../../src/resolve/lexicon.ts";
import type { Token } from "./runs.ts";
import { freshNameKey, joinedKey, keepsNumbersApart } from "../../../src/resolve/normalize.ts";
import { isCaseOnlyMatch } from "../../../src/resolve/case-match.ts";

const V_DIGIT = /[vV]\d/;
const LEADING_VERSION_V = /^[vV]\d/;
import { isOrdinaryEnglishWord } from "../english/words.ts";
import { nameCues } from "../name-cues.ts";

export interface Segment {
  tokens: Token[];
  entry?: LexEntry;
  /** The known segments a family absorbed its version into ("AMD Instinct" + "MI450"). */
  parts?: Segment[];
}

const VARIANTS = "Opus|Sonnet|Haiku|Pro|Flash|Ultra|Nano|Lite|Mini|Max|Turbo|Plus|Verified|Hard|Thinking|Instruct|Reasoning|Preview|Fast|Heavy|Ti|Super|XT|XTX|VL|Omni|Coder|OCR|mini|pro|max|flash|turbo|lite|nano|preview|thinking|instruct";
/** A version or a variant word, or variant words joined by hyphens ("Flash-Lite"). */
const VERSION_PART = new RegExp(`\\d|^(?:${VARIANTS})(?:-(?:${VARIANTS}))*$`);
const CAPITALISED_WORD = /^[A-Z][A-Za-z]+$/;
/** Capitalised variant words that make another model of a known one ("Kimi K2 Thinking"). */
const VARIANT_WORD = /^(?:Thinking|Instruct|Reasoning|Preview|Fast|Heavy)$/;
/** Tier words that make another model after a versioned one ("Qwen3 Max", "GPT-5 Pro", "o4 Mini"); after a bare family ("Claude Pro") they are a plan's. */
const SIZE_WORD = /^(?:Max|Pro|Mini|Plus|Ultra|Turbo|Lite|Nano|Flash|Air)$/;
const ORG_TAIL = /^(?:AI|Labs?)$/;
const OPEN_QUOTES = new Set(["“", "「", "《", '"']);
const CLOSE_QUOTES = new Set(["”", "」", "》", '"']);
/** No lexicon name has more words than this, so longer stretches are never looked up. */
const MAX_NAME_WORDS = 8;

/**
 * nameKey of one token: tokens hold ASCII letters, digits and "@_.-+", so NFKC changes
 * nothing and the key is the lower-cased token without "@", "_", "." and "-" (a version's ".0" aside: nameKey drops it), or accented
 * Latin letters ("Erdős"), whose key is nameKey's own.
 */
export function tokenKey(token: string): string {
  if (V_DIGIT.test(token)) return freshNameKey(token); // "Qwen-V2": the version's "v" goes inside the token (nameKey)
  let upper = false;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c > 127) return freshNameKey(token.replace(/@/g, "")); // an accented letter: NFKC may change it
    if (c === 64 || c === 95 || c === 46 || c === 45) return keepsNumbersApart(token) || token.includes(".0") ? freshNameKey(token.replace(/@/g, "")) : token.toLowerCase().replace(/[@_.-]/g, "");
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper ? token.toLowerCase() : token;
}

/** Greedy longest lexicon match over the run's tokens; the rest are unknown segments. */
export function segmentRun(run: Token[], ctx: ExtractContext): Segment[] {
  if (run.length === 1) return segmentWord(run, ctx);
  const quoted = isQuoted(ctx.entityText, run);
  // nameKey drops spaces, so a stretch's key is its tokens' keys joined (joinedKey: a number and a size stay apart).
  const keys = run.map((t) => tokenKey(t.text));
  // After the first word, a version's "v" goes, as nameKey drops it after a space ("DeepSeek V3" ≡ "DeepSeek 3").
  const restKeys = run.map((t, j) => (LEADING_VERSION_V.test(t.text) ? keys[j]!.slice(1) : keys[j]!));
  const out: Segment[] = [];
  let unknownFrom = 0;
  for (let i = 0; i < run.length; ) {
    let found = ctx.lexicon.firstWordKeys.has(keys[i]!) ? longestKnown(run, keys, restKeys, i, ctx.lexicon) : pluralHardware(run, i, keys[i]!, ctx.lexicon);
    // "Meta Llama 4 Scout": the maker alone, when the name after it reaches further than "Meta Llama".
    if (found && found.tokens.length > 1) {
      const maker = ctx.lexicon.byKey.get(keys[i]!);
      const after = maker?.type === "organization" && ctx.lexicon.firstWordKeys.has(keys[i + 1]!) ? longestKnown(run, keys, restKeys, i + 1, ctx.lexicon) : undefined;
      if (after && after.tokens.length >= found.tokens.length) found = { tokens: run.slice(i, i + 1), entry: maker! };
    }
    if (found) {
      pushUnknown(out, run.slice(unknownFrom, i), quoted, ctx.lexicon);
      out.push(found);
      i += found.tokens.length;
      // "Kimi K2" + "Thinking": variant words after a model are kept for absorbVersions, not trimmed as generic;
      // so are tier words after a benchmark ("LiveCodeBench Pro", "MLE-Bench Lite": its harder or smaller split).
      const variants = i;
      while (i < run.length && (VARIANT_WORD.test(run[i]!.text) || (SIZE_WORD.test(run[i]!.text) && (/\d/.test(run[i - 1]!.text) || found.entry?.type === "dataset"))) && versionable(found)) i++;
      if (i > variants) out.push({ tokens: run.slice(variants, i) });
      // "CUDA" + "Agent": a product's head noun after a known product is kept to join it (productNamedAfter), though alone it is generic.
      else if (found.entry?.type === "product") {
        const { productHeads, softwareHeads } = nameCues();
        while (i < run.length && i - variants < 3 && (productHeads.has(run[i]!.text) || softwareHeads.afterProduct.has(run[i]!.text))) i++;
        if (i > variants) out.push({ tokens: run.slice(variants, i) });
      }
      // "Claude" + "SDK": a model family's SDK, CLI or API is kept to join it (absorbVersions), though alone it is generic.
      else if (found.entry?.family && i < run.length && nameCues().softwareHeads.afterModel.has(run[i]!.text)) out.push({ tokens: run.slice(i, ++i) });
      unknownFrom = i;
    } else i++;
  }
  pushUnknown(out, run.slice(unknownFrom), quoted, ctx.lexicon);
  return out;
}

const isQuoted = (text: string, run: Token[]) =>
  OPEN_QUOTES.has(text[run[0]!.span.start - 1]!) && CLOSE_QUOTES.has(text[run[run.length - 1]!.span.end]!);

/** segmentRun of a one-word run, most runs, without the bookkeeping a longer one needs. */
function segmentWord(run: Token[], ctx: ExtractContext): Segment[] {
  const { lexicon } = ctx;
  const key = tokenKey(run[0]!.text);
  const entry = lexicon.firstWordKeys.has(key) ? lexicon.byKey.get(key) : undefined;
  // (Segments share the run's array: no one changes a segment's tokens.)
  if (entry && !isWordNotName(run[0]!.text, entry, lexicon)) return [{ tokens: run, entry }];
  const plural = entry ? undefined : pluralHardware(run, 0, key, lexicon);
  if (plural) return [plural];
  if (isQuoted(ctx.entityText, run)) return [{ tokens: run }];
  // What trimEdges leaves of one word: nothing if it is generic or a sentence-start word.
  const lower = run[0]!.text.toLowerCase();
  return lexicon.generic.has(lower) || lexicon.englishStop.has(lower) ? [] : [{ tokens: run }];
}

/** "H100s", "A100s": a known piece of hardware in the plural is that hardware. */
function pluralHardware(run: Token[], i: number, key: string, lexicon: Lexicon): Segment | undefined {
  if (!PLURAL_OF_NUMBERED.test(run[i]!.text)) return undefined;
  const entry = lexicon.byKey.get(key.slice(0, -1));
  return entry?.type === "hardware" ? { tokens: run.slice(i, i + 1), entry } : undefined;
}

/** A plural of a numbered name: "H100s", "MI300Xs" (not "Claudes" or "GPUs"). */
const PLURAL_OF_NUMBERED = /\d[A-Z]{0,2}s$/;

/** "X VS Y": a comparison joins two names, never makes one ("VS Code", a known name, is matched before). */
const VERSUS = /^(?:VS|Vs|Versus)$/;

function pushUnknown(out: Segment[], tokens: Token[], quoted: boolean, lexicon: Lexicon): void {
  if (!tokens.length) return;
  const versus = quoted ? -1 : tokens.findIndex((t) => VERSUS.test(t.text));
  if (versus >= 0) {
    pushUnknown(out, tokens.slice(0, versus), quoted, lexicon);
    pushUnknown(out, tokens.slice(versus + 1), quoted, lexicon);
    return;
  }
  // A generic term of several words ("Model Context Protocol") names nothing, not even its last word.
  if (tokens.length > 1 && isGenericTerm(tokens, lexicon)) return;
  // A quoted phrase (“For You”) is a title: kept whole.
  const trimmed = quoted ? tokens : trimEdges(tokens, lexicon);
  if (trimmed.length) out.push({ tokens: trimmed });
}

/** Whether the tokens are a generic term of several words: tried only when the first word starts one (most unknown names are not). */
function isGenericTerm(tokens: Token[], lexicon: Lexicon): boolean {
  let firsts = genericFirstWords.get(lexicon.generic);
  if (!firsts) genericFirstWords.set(lexicon.generic, (firsts = new Set([...lexicon.generic].filter((t) => t.includes(" ")).map((t) => t.slice(0, t.indexOf(" "))))));
  return firsts.has(tokens[0]!.text.toLowerCase()) && lexicon.generic.has(tokens.map((t) => t.text).join(" ").toLowerCase());
}

/** The first words of the generic terms of several words, by the lexicon's set of generic terms. */
const genericFirstWords = new WeakMap<ReadonlySet<string>, Set<string>>();

function longestKnown(run: Token[], keys: string[], restKeys: string[], i: number, lexicon: Lexicon): Segment | undefined {
  const limit = Math.min(run.length, i + MAX_NAME_WORDS);
  const joined: string[] = [keys[i]!];
  for (let j = i + 1; j < limit; j++) joined.push(joinedKey(joined[joined.length - 1]!, restKeys[j]!));
  for (let j = limit; j > i; j--) {
    const entry = lexicon.byKey.get(joined[j - i - 1]!);
    if (entry && !(j === i + 1 && isWordNotName(run[i]!.text, entry, lexicon))) return { tokens: run.slice(i, j), entry };
  }
  return undefined;
}

/**
 * "its for-profit arm", "the apple": a listed name that is also an ordinary English word, written
 * in lower case, is the word, unless the lexicon lists that very form.
 */
function isWordNotName(token: string, entry: LexEntry, lexicon: Lexicon): boolean {
  if (isCaseOnlyMatch(token, entry)) return true; // "React" is not ReAct
  if (!LOWER_WORD.test(token) || !lexicon.englishWords.has(token)) return false;
  return entry.name !== token && !entry.aliases.includes(token);
}

const LOWER_WORD = /^[a-z]+$/;

const isGeneric = (t: Token, lexicon: Lexicon) => lexicon.generic.has(t.text.toLowerCase());
// Acronyms (AI, LLM, CEO) and lower-case words come off the edges; a capitalised generic word
// stays when it is part of a name ("Agent Builder", "Replit Agent").
function isEdgeJunk(t: Token, lexicon: Lexicon): boolean {
  const lower = t.text.toLowerCase();
  return (lexicon.generic.has(lower) && /^(?:[A-Z0-9]+s?|[a-z].*)$/.test(t.text)) || lexicon.englishStop.has(lower);
}
// "Factory AI", "Epoch AI": a trailing AI/Labs after a capitalised word is a company's name.
const isOrgTail = (tokens: Token[], b: number, a: number, lexicon: Lexicon) =>
  b - 1 > a && ORG_TAIL.test(tokens[b - 1]!.text) && /^[A-Z]/.test(tokens[b - 2]!.text) && !isEdgeJunk(tokens[b - 2]!, lexicon);

/** Generic words and sentence-start words off both edges; nothing left if only they remain. */
function trimEdges(tokens: Token[], lexicon: Lexicon): Token[] {
  let a = 0;
  let b = tokens.length;
  const { words, nouns } = nameCues().documentWords;
  if (b >= 2 && nouns.has(tokens[b - 1]!.text) && words.has(tokens[b - 2]!.text)) b -= 2;
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
    const lead = prev && versionLead(prev, seg);
    if (lead) out[out.length - 1] = { tokens: [...prev.tokens, ...lead.tokens], parts: [prev, lead] };
    else if (prev && absorbs(prev, seg)) out[out.length - 1] = { tokens: [...prev.tokens, ...seg.tokens], parts: [...(prev.parts ?? [prev]), seg] };
    else out.push(seg);
  }
  return out;
}

/**
 * "Kimi" + "K3 Open-Weights Release", "Gemma" + "4 Model Development", "Magistral" + "1.2 Small":
 * an unknown stretch after a family that starts with its version, where the family does not take
 * it whole, is cut after the version (and its variant words and size), which the family takes.
 * The words after it go: they are a headline's or a sentence's ("Release", "Q6 Quant"), and,
 * after a number, named nothing before either.
 */
function versionLead(prev: Segment, seg: Segment): Segment | undefined {
  // Models only: a number after a benchmark is a score ("GSM8K 82.9"), after a card its memory or cache ("A100 40 GB").
  if (seg.entry || seg.tokens.length < 2 || prev.parts || prev.entry?.type !== "model") return undefined;
  if (!LEAD_VERSION.test(seg.tokens[0]!.text) || UNIT.test(seg.tokens[1]!.text) || seg.tokens[0]!.span.start !== prev.tokens[prev.tokens.length - 1]!.span.end + 1 || absorbs(prev, seg)) return undefined;
  let k = 1;
  while (k < seg.tokens.length && (VARIANT_AFTER_VERSION.test(seg.tokens[k]!.text) || LEAD_SIZE.test(seg.tokens[k]!.text))) k++;
  return { tokens: seg.tokens.slice(0, k) };
}

/** A version that can follow a family's name: "4", "3.5", "V4", "K3", "R1", "2.5-Flash", a size "30B" (not a score "66.3", "05" of a date, or a context length "1M"). */
const LEAD_VERSION = /^(?:[vV]?[1-9](?:\.\d{1,2})*|[A-Z]{1,2}[1-9]\d?(?:\.\d+)*|\d+(?:\.\d+)?[Bb])(?:-[A-Za-z0-9.]+)*$/;
/** A unit after a number makes it an amount, not a version: "Qwen 3 0.6 B", "30 GB". */
const UNIT = /^(?:[KMGT]?B|[KMGT]|bit|GHz|W)$/;
/** A model's size after its version: "30B", "A3B", "E2B", "Small" (Devstral 2 Small). */
const LEAD_SIZE = /^(?:[AE]?\d+(?:\.\d+)?[Bb]|Small|Medium|Large)$/;

const versionable = (seg: Segment): boolean => {
  const type = seg.entry?.type;
  return !!seg.entry && (!!seg.entry.family || type === "model" || type === "hardware" || type === "dataset");
};

/** Variant words that follow a version in older names ("Claude 3.7 Sonnet", "Claude 3 Opus"). */
const VARIANT_AFTER_VERSION = new RegExp(`^(?:${VARIANTS})$`);

/** A model's size: "E2B", "A3B", "7B", "270M". */
const SIZE = /^[A-Z]?\d+(?:\.\d+)?[BMK]$/;

/** A score: "82.9", "66.30". */
const SCORE = /^\d{2,3}\.\d+$/;

/** A bare version: "v0.4", "0.2", "2.0", "v3". */
const PURE_VERSION = /^v?\d+(?:\.\d+)+$|^v\d+$/;

function absorbs(prev: Segment, seg: Segment): boolean {
  // "Gemma 4" + "E2B": a size after a family's version is the model's, though a company has that name.
  if (prev.parts && versionable(prev.parts[0]!) && seg.entry && seg.tokens.length === 1 && SIZE.test(seg.tokens[0]!.text)) return seg.tokens[0]!.span.start === prev.tokens[prev.tokens.length - 1]!.span.end + 1;
  // "Claude 3.7" + "Sonnet": a variant word after a family's version is the model's, though "Sonnet" alone names Claude Sonnet.
  // ("GPT-4o" + "Opus": Claude Opus is another family's.)
  if (prev.parts && versionable(prev.parts[0]!) && seg.tokens.length === 1 && VARIANT_AFTER_VERSION.test(seg.tokens[0]!.text) && (!seg.entry || seg.entry.name.startsWith(prev.parts[0]!.entry!.name))) return seg.tokens[0]!.span.start === prev.tokens[prev.tokens.length - 1]!.span.end + 1;
  const type = prev.entry?.type;
  // "GSM8K 82.9", "AIME 2024 66.3": a number of tens with decimals after a benchmark is its score, not its version (FrontierCode 1.1).
  if (type === "dataset" && seg.tokens.length === 1 && SCORE.test(seg.tokens[0]!.text)) return false;
  // "LeRobot v0.4", "Deep Agents 0.2": a product's version is its own entity (GUIDELINES), of the product's type.
  if (type === "product" && seg.tokens.length === 1 && !seg.entry && PURE_VERSION.test(seg.tokens[0]!.text)) return seg.tokens[0]!.span.start === prev.tokens[prev.tokens.length - 1]!.span.end + 1;
  if (!versionable(prev) || seg.tokens[0]!.span.start !== prev.tokens[prev.tokens.length - 1]!.span.end + 1) return false;
  const version = seg.tokens.every((t) => VERSION_PART.test(t.text));
  if (seg.entry && !(version && seg.entry.type === type)) return false;
  if (seg.entry?.developer && prev.entry!.developer && seg.entry.developer !== prev.entry!.developer) return false; // "GPT-4o" + "Opus": another maker's variant
  // "Qwen Code", "Gemini Embedding 2": a family, a capitalised word and maybe a version.
  return version || (!!prev.entry!.family && seg.tokens.length <= 3 && CAPITALISED_WORD.test(seg.tokens[0]!.text) && seg.tokens.slice(1).every((t) => VERSION_PART.test(t.text)));
}

/** A word a headline puts after a version or a size: a verb or a plural ("Llama 4 Arrives", "RTX 5090 Smokes", "GPT-4 Models"). */
const INFLECTED = /^[A-Z][a-z]+(?:s|ed|ing)$/;
/** Such words that continue a name all the same. */
const NAME_WORDS = new Set(["Thinking", "Reasoning", "Embedding", "Embeddings", "Labs", "Systems", "Technologies", "Robotics", "Networks", "Dynamics", "Studios"]);

/**
 * A run cut at a headline's verbs (data/cues/name-cues.json, headlineVerbs), which start and end
 * no name whatever the case around them: "Gemini Beats GPT-4V" is Gemini and GPT-4V, "GPT-5
 * Rumors" and "HighNoonLLM Arrives" end before the verb.
 */
export function splitAtHeadlineVerbs(run: Token[]): Token[][] {
  const { headlineVerbs } = nameCues();
  if (!run.some((t) => headlineVerbs.has(t.text))) return [run];
  const pieces: Token[][] = [[]];
  run.forEach((t, i) => {
    const next = run[i + 1]?.text;
    // Cut where a name follows the verb; a verb that ends the run is trimmed off with it (trimHeadline).
    if (headlineVerbs.has(t.text) && next !== undefined && /\d|^.+[A-Z]/.test(next)) pieces.push([]);
    else pieces[pieces.length - 1]!.push(t);
  });
  return pieces.filter((p) => p.length && !(p.length === 1 && headlineVerbs.has(p[0]!.text)));
}

/**
 * An unknown name up to a headline's verb or plural after its version or size: a Title Case
 * headline ("**Llama 4 Arrives with 10M Context**") runs on past the name it is about. Inside a
 * Title Case headline (`headline`), where capitals tell nothing, the name ends at the first
 * ordinary English word that is no part of a name ("DeepSeek R2 Release Rumors Swirl",
 * "GPT-5.3 Release Speculation"), wherever it stands.
 */
export function trimHeadline(tokens: Token[], headline?: { readonly titleCase: boolean }): Token[] {
  const { headlineVerbs } = nameCues();
  for (let k = 1; k < tokens.length; k++) {
    const word = tokens[k]!.text;
    if (headlineVerbs.has(word)) return tokens.slice(0, k);
    if (/\d/.test(tokens[k - 1]!.text) && INFLECTED.test(word) && !NAME_WORDS.has(word) && !VARIANT_AFTER_VERSION.test(word) && isOrdinaryEnglishWord(word)) return tokens.slice(0, k); // ("Claude 3 Opus": Opus is no plural)
    if (headline && TITLE_WORD.test(word) && !nameCues().headlineNameWords.has(word) && word.split("-").every(isOrdinaryEnglishWord) && headline.titleCase) return tokens.slice(0, k);
  }
  return tokens;
}

/** A capitalised word, or compound ("Fine-tuning"). */
const TITLE_WORD = /^[A-Z][a-z]+(?:-[a-z]+)*$/;
