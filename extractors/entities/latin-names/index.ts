// Latin-script names inside mixed text, the bulk of entities in these digests: runs of Latin
// words are cut into known names (lexicon, longest first) and unknown ones, which are typed by
// their family ("Qwen3-Next-80B" is a Qwen model), their shape and the words around them.
import { NameMemo } from "../../../src/memo.ts";
import type { EntityExtractor, ExtractContext } from "../../types.ts";
import type { Doc, Mention } from "../../../src/types.ts";
import { familyCanonical, familyOf, sameHouse } from "../../../src/resolve/lexicon.ts";
import { nameKey } from "../../../src/resolve/normalize.ts";
import { isWordForAcronym } from "../../../src/resolve/case-match.ts";
import { emphasisIsExactly } from "../../../src/segment/entity-text.ts";
import { beforeDiscordServerWord, inDiscordLabel, inPlace } from "../../../src/segment/places.ts";
import { isCommenter } from "../../../src/segment/commenters.ts";
import { inRecapTitle } from "../../../src/segment/recaps.ts";
import { inTitleCaseHeadline } from "../../../src/segment/headlines.ts";
import { nameCues } from "../name-cues.ts";
import { latinRuns, type Token } from "./runs.ts";
import { classify, isPlainEnglishShape, withLinkType } from "./unknown-type.ts";
import { absorbVersions, segmentRun, splitAtHeadlineVerbs, trimHeadline, type Segment } from "./segment.ts";
import { isOrdinaryEnglishWord, isPlaceName } from "../english/words.ts";

export const latinNamesExtractor: EntityExtractor = {
  id: "latin-names",
  extract(doc, ctx) {
    const out: Mention[] = [];
    const english = isEnglish(doc);
    const { headlineVerbs } = nameCues();
    for (const whole of latinRuns(ctx.entityText)) {
      // Most runs are one word, most of them plain: nothing to cut at a headline verb (a lone verb names nothing).
      if (whole.length === 1) {
        if (!isPlainWord(whole[0]!, doc, ctx) && !headlineVerbs.has(whole[0]!.text)) namesIn(whole, doc, ctx, english, out);
        continue;
      }
      for (const run of splitAtHeadlineVerbs(whole)) {
        if (run.length === 1 && isPlainWord(run[0]!, doc, ctx)) continue;
        namesIn(run, doc, ctx, english, out);
      }
    }
    return out;
  },
};

/** The names of one run of Latin words. */
function namesIn(run: Token[], doc: Doc, ctx: ExtractContext, english: boolean, out: Mention[]): void {
  const { orgDivisions } = nameCues();
  const cut = segmentRun(run, ctx);
  const segments = cut.length > 1 ? absorbVersions(cut) : cut; // one segment absorbs nothing
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    const next = segments[i + 1];
    if (english && inRecapTitle(doc, seg.tokens[0]!.span.start, seg.tokens[seg.tokens.length - 1]!.span.end)) continue; // "# AI Twitter Recap": where the digest looked
    // (In English prose only: a Chinese digest's lower-case Latin word is a name more often than not, "clip模型".)
    if (english && seg.entry && seg.tokens.length === 1 && isWordForAcronym(seg.tokens[0]!.text, seg.entry)) continue; // "an interview clip" is no CLIP
    // "MiniMax M3": a known name another maker makes (Apple's M3) after an organisation is the organisation's own.
    if (seg.entry?.type === "organization" && next?.entry?.developer && !next.parts && adjacent(seg, next, ctx.entityText) && !sameHouse(ctx.lexicon, nameKey(next.entry.developer), nameKey(seg.entry.name))) {
      const whole = mentionOf([...seg.tokens, ...next.tokens], doc, ctx, english);
      if (whole) {
        out.push(known(seg, doc, true), whole);
        i++;
        continue;
      }
    }
    // (A known name and its version after the organisation are their own: "LangChain Deep Agents 0.2".)
    if (seg.entry?.type === "organization" && next && !next.entry && !next.parts && adjacent(seg, next, ctx.entityText)) {
      if (next.tokens.every((t) => orgDivisions.has(t.text))) {
        // "Google AI", "X Engineering": a part of the organisation is the organisation.
        out.push(known({ tokens: [...seg.tokens, ...next.tokens], entry: seg.entry }, doc, false));
        i++;
        continue;
      }
      // "Google Veo 3.1", "NVIDIA ChronoEdit-14B": a maker before a name of its own is the
      // maker, and the name is the product's (as the guidelines name it).
      const joined = ctx.entityText.slice(seg.tokens[0]!.span.start, next.tokens[next.tokens.length - 1]!.span.end);
      const tail = ctx.entityText.slice(next.tokens[0]!.span.start, next.tokens[next.tokens.length - 1]!.span.end);
      const versionOnly = VERSION_ONLY.test(tail);
      // (A version alone after a maker, "Deepseek V0324", "DeepSeek v3.x", is no name of its own: the two are one, below.)
      if (nameLike(next.tokens[0]!.text) && !familyOf(ctx.lexicon, joined) && !versionOnly) { // "DeepSeek V4 Flash" is one name
        const own = mentionOf(next.tokens, doc, ctx, english);
        if (own) {
          out.push(known(seg, doc, false), own);
          i++;
          continue;
        }
      }
      // "MiniMax Agent Desktop", "Perplexity Computer": the organisation is nested in a longer
      // name it makes (but "Scale AI 143" is an organisation and an amount).
      const after = ctx.entityText.slice(next.tokens[next.tokens.length - 1]!.span.end, next.tokens[next.tokens.length - 1]!.span.end + 10);
      const lettered = versionOnly && /^\D/.test(tail); // "V0324", not "3"
      const version = (/^\d{1,2}(?:\.\d+)?$/.test(tail) || lettered) && !QUANTITY.test(after); // "Mistral 3", "Deepseek V0324"
      const whole = plausible(tail, ctx) || version ? (mentionOf([...seg.tokens, ...next.tokens], doc, ctx, english) ?? productNamedAfter(seg, next.tokens, doc, ctx) ?? (version && lettered ? makersVersion(seg, next, doc) : undefined)) : undefined;
      if (whole) {
        out.push(known(seg, doc, true), whole);
        i++;
        continue;
      }
    }
    // "Ollama Cloud", "Docker Model Runner", "LangSmith LLM Gateway": a product and
    // ordinary words after it, up to a kind of product, name another product (the run's words,
    // before generic ones such as "Model" or "LLM" were trimmed off the segment after it).
    if (seg.entry?.type === "product" && !seg.parts && !next?.entry) {
      const whole = productNamedAfterRun(seg, run, doc, ctx);
      if (whole) {
        out.push(whole);
        while (i + 1 < segments.length && segments[i + 1]!.tokens[0]!.span.start < whole.span.end) i++;
        continue;
      }
    }
    if (seg.entry && isLicence(seg, ctx.entityText)) continue; // "MIT license", "Apache/MIT-style": a licence, not MIT
    const m = seg.entry ? known(seg, doc, false) : (shortForm(seg, doc) ?? withoutMemorySize(mentionOf(seg.tokens, doc, ctx, english)));
    const versionOf = seg.parts?.[0]?.entry;
    if (m && versionOf?.type === "product" && m.span.end === seg.tokens[seg.tokens.length - 1]!.span.end) {
      out.push({ ...m, type: "product", reason: `a version of ${versionOf.name} (product)`, confidence: 0.85 });
    } else if (m && versionOf?.type === "dataset" && m.type !== "dataset" && m.span.end === seg.tokens[seg.tokens.length - 1]!.span.end) {
      out.push({ ...m, type: "dataset", reason: `a split or version of ${versionOf.name} (dataset)`, confidence: 0.85 }); // "MMMU Pro"
    } else if (m) out.push(m);
    // A family and its version that make no name together still name what each is: never lose a known name.
    else if (seg.parts) for (const part of seg.parts) if (part.entry) out.push(known(part, doc, false));
  }
}

/** A known name that is also a licence's (MIT), where the words around it say licence (data/cues/name-cues.json, licences). */
function isLicence(seg: Segment, text: string): boolean {
  const { licences } = nameCues();
  if (seg.tokens.length !== 1 || !licences.names.has(seg.tokens[0]!.text)) return false;
  const { start, end } = seg.tokens[0]!.span;
  return licences.after.test(text.slice(end, end + 20)) || licences.before.test(text.slice(Math.max(0, start - 30), start));
}

/**
 * "A100 80GB", "RTX 3090 24GB", "RTX 3090s": a card with its memory, or in the plural, is the
 * card (one node; the written form stays an alias).
 */
function withoutMemorySize(m: Mention | undefined): Mention | undefined {
  if (m?.type !== "hardware") return m;
  const name = m.canonical ?? m.text;
  const size = MEMORY_SIZE.exec(name) ?? PLURAL.exec(name);
  return size ? { ...m, canonical: name.slice(0, size.index) } : m;
}

const MEMORY_SIZE = /\s+\d+\s?(?:GB|TB)$/;
const PLURAL = /(?<=\d[A-Z]{0,2})s$/;

const LOWER_WORD = /^[a-z]+$/;
/** "Deepseek V0324", "DeepSeek v3.x": a maker's name and a bare version name one of its models. */
function makersVersion(seg: Segment, next: Segment, doc: Doc): Mention {
  const start = seg.tokens[0]!.span.start;
  const end = next.tokens[next.tokens.length - 1]!.span.end;
  return { span: { start, end }, text: doc.text.slice(start, end), type: "model", extractor: "latin-names", reason: `${seg.entry!.name}'s name and a bare version: one of its models`, confidence: 0.7 };
}

/** A version alone after a maker's name: "V0324", "v3.x", "r3.2", "V4", "3.1" (resolve.ts's bare versions are another shape: "M2.7", "K2"). */
const VERSION_ONLY = /^[vVrR]?\d+(?:\.(?:\d+|x))*$/;

/** A word that names on its own: a digit, a capital inside ("ChronoEdit", "Fast-Plaid"), or no English word (Veo). */
const nameLike = (word: string): boolean => /\d|^.+[A-Z]/.test(word) || !word.split("-").every(isOrdinaryEnglishWord);

/**
 * A known name followed by one to three capitalised ordinary words, the last a kind of product
 * ("Ollama Cloud", "Perplexity Computer", "Docker Model Runner": data/cues/name-cues.json,
 * productHeads): a product named after it, outside Title Case headlines, where such words are
 * the headline's.
 */
function productNamedAfter(seg: Segment, words: readonly Token[], doc: Doc, ctx: ExtractContext): Mention | undefined {
  const { productHeads, productWords, softwareHeads } = nameCues();
  // (A generic acronym may stand inside: "LangSmith LLM Gateway".)
  const fits = (t: Token, k: number) => (PRODUCT_WORD.test(t.text) && isOrdinaryEnglishWord(t.text)) || softwareHeads.afterProduct.has(t.text) || (k < words.length - 1 && ACRONYM.test(t.text) && ctx.lexicon.generic.has(t.text.toLowerCase()));
  if (words.length > 3 || !words.every(fits)) return undefined;
  const head = words[words.length - 1]!.text;
  if (!productHeads.has(head) && !softwareHeads.afterProduct.has(head)) return undefined; // "Runway Fund", "Windsurf Download"
  if (words.some((t) => ctx.lexicon.englishStop.has(t.text.toLowerCase()) && !productWords.has(t.text))) return undefined;
  const start = seg.tokens[0]!.span.start;
  const end = words[words.length - 1]!.span.end;
  if (inTitleCaseHeadline(doc, ctx.entityText, start)) return undefined;
  return {
    span: { start, end },
    text: doc.text.slice(start, end),
    type: "product",
    extractor: "latin-names",
    reason: `a product named after ${seg.entry!.name}: its name and ordinary words`,
    confidence: 0.7,
  };
}

const PRODUCT_WORD = /^[A-Z][a-z]+$/;
const ACRONYM = /^[A-Z]{2,4}$/;

/** productNamedAfter over the run's next one to three words, the longest that names a product. */
function productNamedAfterRun(seg: Segment, run: Token[], doc: Doc, ctx: ExtractContext): Mention | undefined {
  const at = run.indexOf(seg.tokens[seg.tokens.length - 1]!);
  for (let n = Math.min(3, run.length - at - 1); n >= 1; n--) {
    const whole = productNamedAfter(seg, run.slice(at + 1, at + 1 + n), doc, ctx);
    if (whole) return whole;
  }
  return undefined;
}

/** A lower-case word is a name only when set in bold or code (see classify); learnt ones are the learned extractor's. */
function isOrdinaryLowerWord(word: string, start: number, end: number, doc: Doc, ctx: ExtractContext): boolean {
  return LOWER_WORD.test(word) && !emphasisIsExactly(doc.emphasis, ctx.entityText, start, end);
}

/**
 * A lone ordinary lower-case word the lexicon has no name starting with: what segmentRun and
 * mentionOf would make of it is nothing (most words of English text).
 */
function isPlainWord(token: Token, doc: Doc, ctx: ExtractContext): boolean {
  return isOrdinaryLowerWord(token.text, token.span.start, token.span.end, doc, ctx) && !ctx.lexicon.firstWordKeys.has(token.text);
}

/** A number followed by one of these is an amount, not a version. */
const QUANTITY = /^\s*(?:亿|万|千|百|%|％|美元|元|倍|个|年|月|日|天|人|家|B\b|M\b|K\b|billion|million|percent)/;

function isEnglish(doc: Doc): boolean {
  if (doc.series === "ainews-en") return true;
  const length = Math.min(doc.text.length, 4000);
  const enough = length * 0.05; // this many Chinese characters in the first 4000 make it Chinese
  let cjk = 0;
  for (let i = 0; i < length; i++) {
    const c = doc.text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff && ++cjk >= enough) return false;
  }
  return cjk < enough;
}

const adjacent = (a: Segment, b: Segment, text: string) =>
  text.slice(a.tokens[a.tokens.length - 1]!.span.end, b.tokens[0]!.span.start) === " ";

function known(seg: Segment, doc: Doc, nested: boolean): Mention {
  const start = seg.tokens[0]!.span.start;
  const end = seg.tokens[seg.tokens.length - 1]!.span.end;
  const entry = seg.entry!;
  return {
    span: { start, end },
    text: doc.text.slice(start, end),
    type: entry.type,
    canonical: entry.name,
    extractor: "latin-names",
    reason: `lexicon: ${entry.name} (${entry.type})`,
    confidence: 0.95,
    ...(nested ? { nested: true } : {}),
  };
}

function mentionOf(whole: Token[], doc: Doc, ctx: ExtractContext, english: boolean): Mention | undefined {
  // Chinese digests' headlines are Chinese: a Title Case Latin run in one is a name.
  const headline = english ? new HeadlineAt(doc, ctx.entityText, whole[0]!.span.start) : undefined;
  const tokens = trimHeadline(whole, headline);
  const start = tokens[0]!.span.start;
  const end = tokens[tokens.length - 1]!.span.end;
  // A one-word name is its token's text (already hashed by the lookups before).
  const name = tokens.length === 1 ? tokens[0]!.text : ctx.entityText.slice(start, end);
  // In a Title Case headline, ordinary words alone ("Frontier AI Compute", "Open Model") name nothing.
  // (Asked first: inTitleCaseHeadline remembers a verdict per headline start, so which run asks
  // first can matter, and the order of asking is kept as it was.)
  if (headline && tokens.every((t) => isOrdinaryEnglishWord(t.text) || ctx.lexicon.generic.has(t.text.toLowerCase())) && headline.titleCase) return undefined;
  // The refusals below are pure tests, so their order changes no answer: the cheap ones that
  // refuse most words of English text come first.
  const emphasised = emphasisIsExactly(doc.emphasis, ctx.entityText, start, end);
  if (!emphasised && LOWER_WORD.test(name)) return undefined; // an ordinary lower-case word
  if (english && emphasised && LOWER_WORD.test(name) && isOrdinaryEnglishWord(name)) return undefined; // `execute`, **verifier** in English prose: code or a stressed word (Chinese digests bold their products: **storybook**)
  if (!plausible(name, ctx)) return undefined;
  const family = familyOf(ctx.lexicon, name);
  if (!family && english && !emphasised && isPlainEnglishShape(name)) return undefined; // what classify refuses
  if (inPlace(doc, start, end)) return undefined; // an unknown name of a subreddit or a Discord channel
  if (afterSlashAcronym(ctx.entityText, start)) return undefined; // "I/O 2025" is no "O 2025", "A/B tests" no "B"
  if (isCommenter(doc, start, end)) return undefined; // a Reddit user's name
  if (name.startsWith("@") && (inDiscordLabel(doc, start, end) || beforeDiscordServerWord(doc.text, end))) return undefined; // a Discord server's name (MLOps @Chipro)
  const guess = withLinkType(classify(name, start, end, ctx, english, emphasised, family), doc, ctx, start, end, english);
  if (!guess) return undefined;
  const confidence = Math.min(1, guess.confidence + (emphasised ? 0.15 : 0));
  if (confidence < 0.4) return undefined;
  return {
    span: { start, end },
    text: doc.text.slice(start, end),
    type: guess.type,
    ...(family ? { canonical: familyCanonical(ctx.lexicon, name) } : {}),
    extractor: "latin-names",
    reason: guess.reason,
    confidence,
    ...("guessed" in guess ? { guessed: true } : {}),
    ...("weak" in guess && guess.weak ? { weak: true } : {}),
  };
}

/**
 * A letter and a digit: a code (H1, A4) unless the digest names a model ending in it (K3 of Kimi
 * K3). Not Q (Q4, Q8: quantisation levels, which builds' names end in) nor M (M1–M4: Apple's chips
 * as often as MiniMax's models).
 */
const SHORT_FORM = /^[A-LN-PR-Z]\d$/;

/** A lone letter and digit offered as a short form (the resolver keeps it only as one: src/resolve/resolve.ts). */
function shortForm(seg: Segment, doc: Doc): Mention | undefined {
  const token = seg.tokens.length === 1 ? seg.tokens[0]! : undefined;
  if (!token || !SHORT_FORM.test(token.text)) return undefined;
  return { span: token.span, text: doc.text.slice(token.span.start, token.span.end), type: "model", extractor: "latin-names", reason: `a letter and a digit: the short form of the one model the digest names in full ending in ${token.text}`, confidence: 0.6, shortForm: true };
}

/** Whether `start` follows a lone letter and a slash: the second half of I/O, A/B, R/W. */
function afterSlashAcronym(text: string, start: number): boolean {
  if (start < 2 || text.charCodeAt(start - 1) !== 0x2f || !/[A-Za-z]/.test(text[start - 2]!)) return false;
  return start < 3 || !/[A-Za-z0-9]/.test(text[start - 3]!);
}

/** Whether a run starts in a Title Case headline, looked at when first asked (it costs). */
class HeadlineAt {
  private verdict: boolean | undefined;

  constructor(
    private readonly doc: Doc,
    private readonly text: string,
    private readonly at: number,
  ) {}

  get titleCase(): boolean {
    return (this.verdict ??= inTitleCaseHeadline(this.doc, this.text, this.at));
  }
}

/** The English digests alone hold some 106,000 distinct candidate names: a memo of 100,000 started over within every pass. */
const PLAUSIBLE_MEMO_SIZE = 250_000;
const plausibleNames = new WeakMap<ExtractContext["lexicon"], NameMemo<boolean>>();

/** Whether an unknown name can be one at all, remembered per name: the same names recur. */
function plausible(name: string, ctx: ExtractContext): boolean {
  let memo = plausibleNames.get(ctx.lexicon);
  if (!memo) plausibleNames.set(ctx.lexicon, (memo = new NameMemo(PLAUSIBLE_MEMO_SIZE)));
  return memo.through(name, () => plausibleShape(name, ctx));
}

const ASCII_LETTER_OR_DIGIT = /[A-Za-z0-9]/;

function plausibleShape(name: string, ctx: ExtractContext): boolean {
  const bare = name.startsWith("@") ? name.slice(1) : name;
  if (bare.length < 2) return false;
  if (!ASCII_LETTER_OR_DIGIT.test(bare)) return false; // accented letters alone: an emoticon (ò_ó)
  if (/^\d/.test(bare)) return false; // sizes, counts, dates: 24GB, 2026, 10.6k
  if (/^[A-Z]{1,2}\d?$/.test(bare)) return false; // lone initials and codes (Q3, H1)
  if (!name.startsWith("@") && nameCues().notName.test(name)) return false; // a handle names an account, whatever its shape
  if (name !== bare && /^[a-z]+$/.test(bare) && isOrdinaryEnglishWord(bare)) return false; // "@parameter", "@property": a decorator or a word, not an account
  if (name === bare && !/^[A-Z0-9]+$/.test(bare) && isPlaceName(bare)) return false; // "hiring for **Paris** team": places are not annotated (GUIDELINES); LIMA is a paper
  return !ctx.lexicon.generic.has(bare.toLowerCase());
}
