// "AIME24/25", "LiveCodeBench v5/v6", "Gemini 2.5 Pro/Flash", "Magistral 1.2 Small/Medium": after
// a slash, a bare version or tier stands for the name with its own version or tier in place of the
// last one; a sibling of the name, written short. Read alone it names nothing.
import type { EntityType, Mention } from "../types.ts";

export const SLASH_SIBLING_DEFAULTS = {
  types: new Set<EntityType>(["model", "product", "dataset", "hardware"]),
  /** Tier words whose siblings are written after a slash. */
  tiers: ["Small", "Medium", "Large", "Mini", "Pro", "Flash", "Max", "Nano", "Lite", "Plus", "Ultra", "Air", "Turbo"],
  confidence: 0.6,
};

const VERSION_AFTER = /^\/(v?\d+(?:\.\d+)?)(?![\w.])/i;
const VERSION_END = /v?\d+(?:\.\d+)?$/i;

/** The short siblings written after a slash, each with the full name it stands for as its canonical form. */
export function slashSiblings(docText: string, text: string, settled: readonly Mention[], options = SLASH_SIBLING_DEFAULTS): Mention[] {
  if (!text.includes("/")) return [];
  const tierAfter = new RegExp(`^/(${options.tiers.join("|")})(?![\\w.])`, "i");
  const tierEnd = new RegExp(`(?<=\\s|-)(?:${options.tiers.join("|")})$`, "i");
  // A name already read there stands, unless it is only a guess ("Medium" of "Small/Medium").
  const taken = new Set(settled.filter((m) => !m.guessed && !m.weak).map((m) => m.span.start));
  const out: Mention[] = [];
  for (const m of settled) {
    if (m.nested || !options.types.has(m.type)) continue;
    const rest = text.slice(m.span.end, m.span.end + 12);
    const name = m.text;
    let found = VERSION_AFTER.exec(rest);
    let sibling: string | undefined;
    const ownVersion = found ? VERSION_END.exec(name) : null;
    if (found && ownVersion) {
      const own = ownVersion[0];
      const next = found[1]!;
      // "AIME24/25": the version after the slash takes the form of the name's own ("v5/v6", "24/25").
      sibling = name.slice(0, name.length - own.length) + (own.toLowerCase().startsWith("v") && !/^v/i.test(next) ? own[0] + next : next);
    } else if ((found = tierAfter.exec(rest)) && tierEnd.test(name)) {
      sibling = name.replace(tierEnd, found[1]!);
    }
    if (!found || !sibling || sibling === name) continue;
    const start = m.span.end + 1;
    const end = start + found[1]!.length;
    if (taken.has(start)) continue;
    out.push({
      span: { start, end },
      text: docText.slice(start, end),
      type: m.type,
      canonical: sibling,
      extractor: "slash-sibling",
      reason: `'${found[1]}' after a slash stands for ${sibling}, a sibling of ${m.text}`,
      confidence: options.confidence,
    });
  }
  return out;
}
