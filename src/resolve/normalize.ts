import { NameMemo, ownCopy } from "../memo.ts";

/** Keys already worked out: the same names come back in every digest. */
const keys = new NameMemo<string>();

/**
 * Bumped whenever nameKey gives another key for some name: graph files store an alias index
 * keyed by it (src/store/stored-aliases.ts), which a reader of another version builds afresh.
 */
export const NAME_KEY_VERSION = 7;

/**
 * The key two surface forms share when they name the same thing: NFKC, lower case, without
 * spaces, hyphens, dots, middle dots and quotes ("GLM-4.7-Flash" ≡ "glm 4.7 flash"), and
 * without a "v" before a version ("Gemini v2.5" ≡ "Gemini 2.5", "DeepSeek-V3.1" ≡ "DeepSeek 3.1").
 * Versions stay distinct: "DeepSeek-R1" → "deepseekr1" ≠ "deepseek" ≠ "deepseek3". A space or
 * hyphen between a number and a size stays as "-": "Qwen 2 35B" (Qwen 2, 35B) → "qwen2-35b",
 * not "Qwen-235B"'s "qwen235b"; "Gemma 3 27B" ≡ "Gemma-3-27B" → "gemma3-27b". A version's
 * last ".0" says nothing: "Claude Opus 5.0" ≡ "Claude Opus 5", "PyTorch 2.7.0" ≡ "PyTorch 2.7"
 * (but "1.0.1" stays).
 */
export function nameKey(s: string): string {
  // An unchanged name comes back as the same string: copied, so the memo does not hold its digest.
  return keys.through(s, (name) => ownCopy(freshNameKey(name)));
}

// NFKC leaves ASCII as it is, and asking ICU costs more than looking.
const ASCII = /^[\x00-\x7f]*$/;

const SEPARATOR = /[\s\-‐‑_.·・•‧'’"“”()（）[\]【】「」《》]/;
const SEPARATORS = new RegExp(SEPARATOR.source, "g");

/** nameKey without the memo: for a pass over names seen once each (indexing a whole graph). */
export function freshNameKey(s: string): string {
  const lower = withoutZeroMinor(withoutVersionV(ASCII.test(s) ? s : s.normalize("NFKC")).toLowerCase());
  // Most names hold nothing to strip, and a test costs half a global replace.
  if (!SEPARATOR.test(lower)) return lower;
  return (NUMBERS_APART.test(lower) ? lower.replace(NUMBERS_APART_ALL, "$1\u0001") : lower).replace(SEPARATORS, "").replace(MARK, "-");
}

/** A size: "27b", "1.5b", "270m", "31-b", also before an active-parameter count ("35b" of "35ba3b"). */
const SIZE = String.raw`\d+(?:\.\d+)?[\-‐‑]?[bmk](?:(?![a-z])|(?=a\d))`;
/** A space, hyphen or underscore between a number and a size ("2 35b", "3-27b"): kept as "-" (see nameKey). */
const NUMBERS_APART = new RegExp(String.raw`\d[\s\-‐‑_]+${SIZE}`, "i");
const NUMBERS_APART_ALL = new RegExp(String.raw`(\d)[\s\-‐‑_]+(?=${SIZE})`, "g");
/** A key that starts with a size: joined after a key ending in a number, nameKey keeps a "-" between. */
const SIZE_FIRST = new RegExp(`^${SIZE}`);
const MARK = /\u0001/g;

/** Whether nameKey keeps a "-" in this text (a number, then a size, apart): the cheap key of a token cannot be used. */
export const keepsNumbersApart = (s: string): boolean => NUMBERS_APART.test(s);

/** The key of two stretches' text with a space between, from their keys: nameKey(a + " " + b). */
export function joinedKey(a: string, b: string): string {
  const last = a.charCodeAt(a.length - 1);
  return last >= 0x30 && last <= 0x39 && SIZE_FIRST.test(b) ? `${a}-${b}` : a + b;
}

/** A ".0" ending a version ("5.0", "2.7.0"), not one before more of it ("1.0.1") nor a longer number ("3.05"). */
const ZERO_MINOR = /(\d)\.0(?!\d|\.\d)/g;

/** The name without the ".0"s ending its versions, until none is left ("2.0.0" → "2"). */
function withoutZeroMinor(s: string): string {
  let out = s;
  for (let before = ""; out !== before && out.includes(".0"); ) (before = out), (out = out.replace(ZERO_MINOR, "$1"));
  return out;
}

const V_DIGIT = /[vV]\d/;
/**
 * A "v" that only marks a version: after a separator ("Gemini v2.5", "DeepSeek-V3"), at a
 * change of case ("ExLlamaV3", "SigLIPv2") or after a capitalised word of three letters or more
 * ("Dinov2" is DINOv2, "Owlv2" OWLv2, "DeepSeekv3.2" DeepSeek-V3.2); not one that starts the name
 * (V100, v0) or sits inside a word ("RWKV7", "Dev2").
 */
const VERSION_V = /(?<=[\s\-_.])[vV](?=\d)|(?<=[a-z])V(?=\d)|(?<=[A-Z])v(?=\d)|(?<=[A-Z][a-z]{2,})v(?=\d)/g;

/** The name without the "v" of its version (see VERSION_V). */
export const withoutVersionV = (s: string): string => (V_DIGIT.test(s) ? s.replace(VERSION_V, "") : s);

export const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
export const hasCjk = (s: string): boolean => CJK.test(s);
