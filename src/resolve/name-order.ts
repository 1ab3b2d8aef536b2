// "Claude 4.5 Sonnet" and "Claude Sonnet 4.5" are one model: for the families of
// data/words/name-order.json, a name with the version before the tier is keyed with the tier first.
import { readDataJson } from "../data-dir.ts";
import { nameKey } from "./normalize.ts";

interface NameOrderFile {
  tier_first: Record<string, string[]>;
}

/** Per tier-first family: "<family> <version> <tier>" at the start of a name (the version may be "3-5", as in API ids). */
let patterns: RegExp[] | undefined;

function versionBeforeTier(): RegExp[] {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  patterns ??= Object.entries(readDataJson<NameOrderFile>("words", "name-order.json").tier_first).map(
    ([family, tiers]) => new RegExp(`^(${escape(family)})[\\s-]+(\\d+(?:[.-]\\d+)?)[\\s-]+(${tiers.map(escape).join("|")})(?![a-z])`, "i"),
  );
  return patterns;
}

/** The name with the tier before the version when its family writes it so: "Claude 4.5 Sonnet Thinking" → "Claude Sonnet 4.5 Thinking". */
export function tierFirst(name: string): string {
  for (const pattern of versionBeforeTier()) {
    const m = pattern.exec(name);
    if (m) return `${m[1]} ${m[3]} ${m[2]}${name.slice(m[0].length)}`;
  }
  return name;
}

/** The entity key of a name: nameKey of it in its family's word order. */
export const entityKey = (name: string): string => nameKey(tierFirst(name));
