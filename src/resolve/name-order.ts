// "Claude 4.5 Sonnet" is "Claude Sonnet 4.5", "Gemini Pro 2.5" is "Gemini 2.5 Pro", "Qwen3 8b VL"
// is "Qwen3-VL-8B": for the families of data/words/name-order.json, a name written the other way
// round is keyed in the order its maker uses, so both spellings are one node.
import { readDataJson } from "../data-dir.ts";
import { nameKey } from "./normalize.ts";

interface NameOrderFile {
  tier_first: Record<string, string[]>;
  version_first: Record<string, string[]>;
  variant_before_size: Record<string, string[]>;
}

/** A version: "4.5", or "3-5" as in API ids. */
const VERSION = String.raw`\d+(?:[.-]\d+)?`;
/** A size, and its active parameters if a mixture of experts: "30B", "30B-A3B", "8b". */
const SIZE = String.raw`\d+(?:\.\d+)?[bm](?:[\s-]+a\d+(?:\.\d+)?b)?`;
/** Per family: the family, then its two parts in the order the maker does not use. */
let reorders: RegExp[] | undefined;

function loadReorders(): RegExp[] {
  if (reorders) return reorders;
  const file = readDataJson<NameOrderFile>("words", "name-order.json");
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const tiers = (list: string[]) => `(${list.map(escape).join("|")})`;
  const family = (name: string) => `^(${escape(name)})[\\s-]+`;
  reorders = [
    ...Object.entries(file.tier_first).map(([name, list]) => new RegExp(`${family(name)}(${VERSION})[\\s-]+${tiers(list)}(?![a-z])`, "i")),
    ...Object.entries(file.version_first).map(([name, list]) => new RegExp(`${family(name)}${tiers(list)}[\\s-]+(${VERSION})(?![\\d.])`, "i")),
    ...Object.entries(file.variant_before_size).map(([name, list]) => new RegExp(`^(${escape(name)}[\\d.]*)[\\s-]+(${SIZE})[\\s-]+${tiers(list)}(?![a-z])`, "i")),
  ];
  return reorders;
}

/** The name in its family's order: "Claude 4.5 Sonnet Thinking" → "Claude Sonnet 4.5 Thinking", "Gemini Pro 2.5 Preview" → "Gemini 2.5 Pro Preview". */
export function makersOrder(name: string): string {
  for (const pattern of loadReorders()) {
    const m = pattern.exec(name);
    if (m) return `${m[1]} ${m[3]} ${m[2]}${name.slice(m[0].length)}`;
  }
  return name;
}

/** The entity key of a name: nameKey of it in its family's order. */
export const entityKey = (name: string): string => nameKey(makersOrder(name));
