// The type of a Latin name no list knows (latin-names/index.ts asks once it is plausible): a
// known thing's software ("Claude SDK"), a family's version, a known model's variant
// ("o3-deep-research"), the type rules' guess from its shape and the words around it
// (classify.ts), else a default that the role it plays in a relation may settle.
import type { ExtractContext } from "../../types.ts";
import type { Doc } from "../../../src/types.ts";
import { sentenceOf } from "../../../src/resolve/resolve.ts";
import { lookup, type LexEntry } from "../../../src/resolve/lexicon.ts";
import { nameCues } from "../name-cues.ts";
import { guessType } from "./classify.ts";
import { isEnglishWord, isListedName, isOrdinaryEnglishWord } from "../english/words.ts";

const LOWER_WORD = /^[a-z]+$/;

/** A plain word ("fast", "Model") or a hyphenated lower-case compound ("drop-in"). */
export const isPlainEnglishShape = (name: string): boolean => /^[A-Za-z][a-z]+$/.test(name) || /^[a-z]+(?:-[a-z]+)+$/.test(name);

/** The type of an unknown name; `family` is familyOf(name). */
export function classify(name: string, start: number, end: number, ctx: ExtractContext, english: boolean, emphasised: boolean, family: LexEntry | undefined) {
  const software = softwareOf(name, ctx);
  if (software) return { type: "product", confidence: 0.8, reason: `the way to use ${software.name}: its name and a kind of software` } as const;
  if (family) {
    // A version of a method or a benchmark is one too (FlashAttention-4, LongBench v2); of a product, a model's.
    const type = family.type === "hardware" || family.type === "research" || family.type === "dataset" ? family.type : "model";
    return { type, confidence: 0.85, reason: `a version of the ${family.name} family` } as const;
  }
  const base = knownModelBefore(name, ctx);
  if (base) return { type: "model", confidence: 0.8, reason: `a variant of ${base.name}: its name and words after a hyphen` } as const;
  if (!emphasised && LOWER_WORD.test(name)) return undefined; // an ordinary word, unless set in bold or code
  // In English text the words around a plain word ("fast model") or a hyphenated compound
  // ("drop-in") say nothing: only shapes that names alone have count there.
  if (english && !emphasised && isPlainEnglishShape(name)) return undefined;
  const guess = guessType(name, ctx.entityText, start, end);
  if (guess) return guess;
  if (english && !name.startsWith("@")) return nameShaped(name) ? (emphasised ? EMPHASISED_NAME : PLAIN_SHAPED_NAME) : undefined;
  if (!emphasised && /^[A-Z0-9]+$/.test(name)) return undefined; // a bare acronym
  // The role the name plays in a relation may settle its type later (src/extract/retype.ts).
  // One plain capitalised word ("Server", "Canvas") or ordinary words only ("Plan Mode") are weak;
  // a coined word no word list knows ("Metabase", "Mintlify", "Exacto") is a name as it stands.
  const weak = !emphasised && ((/^[A-Z][a-z]+$/.test(name) && !isCoinedWord(name)) || name.split(/\s+/).every(isEnglishWord));
  return { type: "product", confidence: 0.45, reason: "an unknown Latin-script name inside Chinese text", guessed: true, weak } as const;
}

/** "o3-deep-research", "gpt-4o-mini-tts": a known model with a version, then words after a hyphen. */
function knownModelBefore(name: string, ctx: ExtractContext): LexEntry | undefined {
  if (/\s/.test(name)) return undefined; // "o1-preview Deprecation": a headline's words after the name
  const parts = name.split("-");
  for (let k = parts.length - 1; k >= 1; k--) {
    const prefix = parts.slice(0, k).join("-");
    if (!/\d/.test(prefix)) return undefined; // "gpt-researcher": a bare family is no version
    const entry = lookup(ctx.lexicon, prefix);
    if (entry?.type === "model") return entry;
  }
  return undefined;
}

/** "Claude SDK", "Kimi API", "Copilot CLI": a known model or product and a kind of software (softwareHeads) after it. */
function softwareOf(name: string, ctx: ExtractContext): LexEntry | undefined {
  const space = name.lastIndexOf(" ");
  if (space < 0) return undefined;
  const head = name.slice(space + 1);
  const { afterModel, afterProduct } = nameCues().softwareHeads;
  if (!afterModel.has(head)) return undefined; // (afterProduct's words are afterModel's too)
  const entry = lookup(ctx.lexicon, name.slice(0, space));
  return (entry?.type === "model" && afterModel.has(head)) || (entry?.type === "product" && afterProduct.has(head)) ? entry : undefined;
}

/**
 * One capitalised word whose shape only a name has: a capital inside (ModSleuth, AgentENV) or
 * letters and digits mixed (Qwen3Guard); not a code identifier (ValueError, GRPOConfig,
 * generalPurpose), a plural acronym (ZKPs) or a quantisation setting (W4A16).
 */
const nameShaped = (name: string): boolean =>
  /^[A-Z][A-Za-z0-9]{3,}$/.test(name) &&
  ((/^.[a-z0-9]*[A-Z]/.test(name) && /[a-z]/.test(name)) || /[A-Za-z]\d|\d[A-Za-z]/.test(name)) &&
  !CODE_OR_SETTING.test(name);

const CODE_OR_SETTING = /(?:Error|Exception|Config|Pipeline|Model|Tensor|Type|Args|Dict|List)$|^[A-Z]{2,}s$|^[WA]\d+[WA]\d+$/;

const EMPHASISED_NAME = { type: "product", confidence: 0.5, reason: "an unknown name-shaped word set in bold or code in English text", guessed: true, weak: false } as const;
/** The same shape in running English text: kept only where a typed relation treats it as a name ("Moonshot AI open-sourced FlashKDA"). */
const PLAIN_SHAPED_NAME = { type: "product", confidence: 0.45, reason: "an unknown name-shaped word in English running text", guessed: true, weak: true } as const;

/** A capitalised word neither English word list knows, nor compromise as a person's or a place's name. */
const isCoinedWord = (word: string): boolean => !isOrdinaryEnglishWord(word) && !isListedName(word);

/** Where papers are: a link there names a research artefact. */
const PAPER_LINK = /^https?:\/\/(?:www\.)?(?:arxiv\.org\/(?:abs|pdf|html)|openreview\.net|aclanthology\.org|papers\.cool|huggingface\.co\/papers|alphaxiv\.org)/;
/** A Hugging Face repository: a dataset's, else (not a Space, a paper, a blog, the docs) a model's. */
const HF_DATASET = /^https?:\/\/huggingface\.co\/datasets\/[^/\s]+\/[^/\s#?]+/;
const HF_MODEL = /^https?:\/\/huggingface\.co\/(?!datasets\/|spaces\/|papers\/|blog\/|docs\/|learn\/|collections\/|organizations\/)[^/\s]+\/[^/\s#?]+\/?(?:$|[#?])/;

type Guess = ReturnType<typeof classify>;

/**
 * Where a link says what a name the rules could only default (a product, guessed) is: named in
 * the label of a link to a paper, a Hugging Face model or a dataset ("[Chandra-OCR-2](https://
 * huggingface.co/datalab-to/chandra-ocr-2)"), it is that; in a Chinese sentence that links a paper
 * ("这个受I-JEPA启发的[自监督学习框架](https://arxiv.org/…)"), the paper's method or system (English
 * summaries link papers beside tools too often for the sentence to say so).
 */
export function withLinkType(guess: Guess, doc: Doc, ctx: ExtractContext, start: number, end: number, english: boolean): Guess {
  if (!guess || guess.type !== "product" || !doc.links.length) return guess;
  if (!("guessed" in guess)) return english || !RESEARCH_HEAD.test(ctx.entityText.slice(end, end + 12)) || !itemLinksPaper(doc, start) ? guess : { ...guess, type: "research", reason: `${guess.reason}; a framework or method of an item that links a paper` };
  const label = doc.links.find((l) => l.span.start <= start && start < l.span.end && start - l.span.start <= l.label.length + 1);
  if (label && PAPER_LINK.test(label.url)) return { ...guess, type: "research", confidence: 0.6, reason: "named in the label of a link to a paper" };
  if (label && HF_DATASET.test(label.url)) return { ...guess, type: "dataset", confidence: 0.6, reason: "named in the label of a link to a Hugging Face dataset" };
  if (label && HF_MODEL.test(label.url)) return { ...guess, type: "model", confidence: 0.6, reason: "named in the label of a link to a Hugging Face model" };
  if (english) return guess;
  const sentence = ctx.sentences[sentenceOf(ctx.sentences, start)];
  if (!sentence || !doc.links.some((l) => l.span.start >= sentence.span.start && l.span.start < sentence.span.end && PAPER_LINK.test(l.url))) return guess;
  return { ...guess, type: "research", confidence: 0.55, reason: "an unknown name in a Chinese sentence that links a paper (arXiv, OpenReview…)" };
}

/** The kind nouns a research item names its system by ("JARVIS框架增强视觉推理" above an arXiv link). */
const RESEARCH_HEAD = /^[^，。；\n]{0,6}?(?:框架|方法|算法|架构)(?![\u4e00-\u9fff]{0,2}(?:工具|平台|应用))/;

/** Whether the item holding `at` links a paper. */
function itemLinksPaper(doc: Doc, at: number): boolean {
  const item = doc.items.find((it) => it.span.start <= at && at < it.span.end);
  return item !== undefined && doc.links.some((l) => l.span.start >= item.span.start && l.span.start < item.span.end && PAPER_LINK.test(l.url));
}
