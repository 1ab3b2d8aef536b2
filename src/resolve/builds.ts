// Quantised and packaged builds of a model are the model: "Qwen3-30B-A3B-UD-Q4_K_XL.gguf",
// "gemma-3-4b-it-qat-q4_0-gguf", "Llama-4-Scout-17B-16E-Instruct-unsloth-bnb-4bit" fold into the
// node of the model they package (Qwen3-30B-A3B, gemma-3-4b-it, Llama-4-Scout-17B-16E-Instruct),
// as aliases. The tags are data (data/cues/name-cues.json, packagedBuilds).
import { NameMemo } from "../memo.ts";
import { readDataJson } from "../data-dir.ts";

interface BuildCues {
  packagedBuilds: { part: string; reason: string };
}

let cues: { part: RegExp; reason: string } | undefined;

function buildCues() {
  if (cues) return cues;
  const { part, reason } = readDataJson<BuildCues>("cues", "name-cues.json").packagedBuilds;
  cues = { part: new RegExp(part, "i"), reason };
  return cues;
}

/** Why a build folds into its base model (for a mention's reason). */
export const buildReason = (): string => buildCues().reason;

/** Names with none of these hold no build tag: most names stop here. */
const MAYBE_BUILD = /gguf|mlx|awq|gptq|exl\d|bnb|bit|qat|q\d|fp[48]|int[48]|w\d+a\d|bpw|quant/i;
/** A name's parts: separated by "-", ".", "/" or a space ("_" stays inside Q4_K_M). */
const PART = /\d+(?:\.\d+)?-?(?:bits?|bpw)\b|[^\s\-./]+/gi;

/** Parts when "_" separates them too: "wan2.1_i2v_14B_fp8_scaled", a name with no other separator. */
const PART_OR_UNDERSCORE = /\d+(?:\.\d+)?-?(?:bits?|bpw)\b|[^\s\-./_]+/gi;
/** Leading tags that say the rest is quantised: "FP8-quantized Qwen3-VL-235B", "NVFP4-quantized …" (not MLX-VLM, a library). */
const QUANTISED_BY = /^(?:fp[48]|nvfp4|mxfp4|int[48]|\d+-?bits?|awq|gptq|quantized)$/i;

const memo = new NameMemo<string | null>();

/**
 * The model a build's name packages, when a build tag follows its name and something model-like
 * comes before it: a version or size ("gemma-3-4b-it"); undefined for other names and for tags alone (GGUF, bnb-4bit).
 */
export function buildBase(name: string): string | undefined {
  if (!MAYBE_BUILD.test(name)) return undefined;
  return memo.through(name, findBase) ?? undefined;
}

function findBase(name: string): string | null {
  const base = baseOf(name, [...name.matchAll(PART)]);
  return base ?? (/[\s\-]/.test(name) || !name.includes("_") ? null : baseOf(name, [...name.matchAll(PART_OR_UNDERSCORE)]));
}

function baseOf(name: string, parts: RegExpExecArray[]): string | null {
  const { part } = buildCues();
  // The packager's mark may come first ("Unsloth Qwen3-30B-A3B-GGUF"); the base is what comes
  // before the next tag: "Qwen3.6-27B-GGUF-MTP", "Kimi-K3-Q2_K-00001-of-00094".
  let from = 0;
  while (from < parts.length && part.test(parts[from]![0])) from++;
  const first = parts.findIndex((p, i) => i > from && part.test(p[0]));
  if (first < 0) return from > 0 && from < parts.length ? quantisedRest(name, parts, from) : null;
  const last = parts[first - 1]!;
  const base = name.slice(parts[from]!.index, last.index + last[0].length);
  // A bit width names the model's own build even without a version: "gpt-oss 4-bit", "BitNet 1-bit".
  const bits = /^\d+(?:\.\d+)?-?bits?$/i.test(parts[first]![0]);
  return (/\d/.test(base) || bits) && /[A-Za-z]{2}/.test(base) ? base : null;
}

/**
 * "FP8-quantized Qwen3-VL-235B": after leading tags that say so, the rest is the model when it
 * reads as a model's name: a capital first, a version in its first word or no space in it (not
 * "FP8-scaled 14B", "FP8 GEMM 2x faster").
 */
function quantisedRest(name: string, parts: RegExpExecArray[], from: number): string | null {
  if (!parts.slice(0, from).some((p) => QUANTISED_BY.test(p[0]))) return null;
  const rest = name.slice(parts[from]!.index);
  const modelLike = /^[A-Z]/.test(rest) && /\d/.test(rest) && (/\d/.test(rest.split(" ")[0]!) || !rest.includes(" "));
  return modelLike ? rest : null;
}
