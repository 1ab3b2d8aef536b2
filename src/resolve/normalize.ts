import { NameMemo, ownCopy } from "../memo.ts";

/** Keys already worked out: the same names come back in every digest. */
const keys = new NameMemo<string>();

/**
 * Bumped whenever nameKey gives another key for some name: graph files store an alias index
 * keyed by it (src/store/stored-aliases.ts), which a reader of another version builds afresh.
 */
export const NAME_KEY_VERSION = 3;

/**
 * The key two surface forms share when they name the same thing: NFKC, lower case, without
 * spaces, hyphens, dots, middle dots and quotes ("GLM-4.7-Flash" ≡ "glm 4.7 flash"), and
 * without a "v" before a version ("Gemini v2.5" ≡ "Gemini 2.5", "DeepSeek-V3.1" ≡ "DeepSeek 3.1").
 * Versions stay distinct: "DeepSeek-R1" → "deepseekr1" ≠ "deepseek" ≠ "deepseek3".
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
  const lower = withoutVersionV(ASCII.test(s) ? s : s.normalize("NFKC")).toLowerCase();
  // Most names hold nothing to strip, and a test costs half a global replace.
  return SEPARATOR.test(lower) ? lower.replace(SEPARATORS, "") : lower;
}

const V_DIGIT = /[vV]\d/;
/**
 * A "v" that only marks a version: after a separator ("Gemini v2.5", "DeepSeek-V3") or at a
 * change of case ("ExLlamaV3", "SigLIPv2"); not one that starts the name (V100, v0) or sits
 * inside a word ("RWKV7", "Dev2").
 */
const VERSION_V = /(?<=[\s\-_.])[vV](?=\d)|(?<=[a-z])V(?=\d)|(?<=[A-Z])v(?=\d)/g;

/** The name without the "v" of its version (see VERSION_V). */
export const withoutVersionV = (s: string): string => (V_DIGIT.test(s) ? s.replace(VERSION_V, "") : s);

export const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
export const hasCjk = (s: string): boolean => CJK.test(s);
