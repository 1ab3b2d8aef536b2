// "DeepSeek-R1", "GitHub Copilot", "NVIDIA DGX": a product whose name starts with its maker's
// name names the maker too. The maker is added as a nested mention, so name-prefix can link them.
import type { Mention } from "../types.ts";
import type { Lexicon } from "../resolve/lexicon.ts";
import { matchAt } from "../resolve/scan.ts";
import { lookup } from "../resolve/lexicon.ts";
import { hasCjk } from "../resolve/normalize.ts";
import { isSpace } from "../segment/chars.ts";
import { sortByPosition } from "./settle-mentions.ts";

const MADE = new Set(["model", "product", "hardware", "dataset", "research"]);

export function addPrefixOrganizations(mentions: readonly Mention[], lexicon: Lexicon): Mention[] {
  const nestedAt = new Set(mentions.filter((m) => m.nested).map((m) => m.span.start));
  const added: Mention[] = [];
  for (const m of mentions) {
    if (m.nested || !MADE.has(m.type) || nestedAt.has(m.span.start)) continue;
    const chinese = chineseMaker(m, lexicon);
    if (chinese) {
      added.push(chinese);
      continue;
    }
    // Longest first: the first maker whose name is followed by a space or hyphen.
    for (let end = m.text.length - 1; end >= 2; end--) {
      const c = m.text.charCodeAt(end);
      if (c !== 45 && !isSpace(c)) continue;
      const found = matchAt(m.text.slice(0, end), 0, lexicon.scanIndex);
      const entry = found?.end === end ? found.value : undefined;
      if (!entry || !(entry.type === "organization" || entry.altTypes?.includes("organization"))) continue;
      if (entry.name === m.canonical) break;
      added.push({
        span: { start: m.span.start, end: m.span.start + end },
        text: m.text.slice(0, end),
        type: "organization",
        canonical: entry.name,
        extractor: "lexicon",
        reason: `the name of ${m.text} starts with its maker's, ${entry.name}`,
        confidence: 0.9,
        nested: true,
      });
      break;
    }
  }
  return added.length ? sortByPosition([...mentions, ...added]) : [...mentions];
}

/**
 * "小米AI眼镜": a Chinese name runs on from its maker's with no space; the lexicon says who makes
 * it, and a maker's form at its start (小米 = Xiaomi) names the maker.
 */
function chineseMaker(m: Mention, lexicon: Lexicon): Mention | undefined {
  if (!hasCjk(m.text.slice(0, 2))) return undefined;
  const developer = m.canonical ? lookup(lexicon, m.canonical)?.developer : undefined;
  if (!developer) return undefined;
  let end = m.text.length - 1;
  for (; end >= 2; end--) {
    const found = matchAt(m.text.slice(0, end), 0, lexicon.scanIndex);
    if (found?.end === end && found.value.name === developer) break;
  }
  if (end < 2) return undefined;
  return {
    span: { start: m.span.start, end: m.span.start + end },
    text: m.text.slice(0, end),
    type: "organization",
    canonical: developer,
    extractor: "lexicon",
    reason: `the name of ${m.text} starts with its maker's, ${developer}`,
    confidence: 0.9,
    nested: true,
  };
}
