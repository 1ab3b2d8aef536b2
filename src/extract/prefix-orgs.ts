// "DeepSeek-R1", "GitHub Copilot", "NVIDIA DGX": a product whose name starts with its maker's
// name names the maker too. The maker is added as a nested mention, so name-prefix can link them.
import type { Mention } from "../types.ts";
import type { Lexicon } from "../resolve/lexicon.ts";

const MADE = new Set(["model", "product", "hardware", "dataset", "research"]);

export function addPrefixOrganizations(mentions: readonly Mention[], lexicon: Lexicon): Mention[] {
  const nestedAt = new Set(mentions.filter((m) => m.nested).map((m) => m.span.start));
  const added: Mention[] = [];
  for (const m of mentions) {
    if (m.nested || !MADE.has(m.type) || nestedAt.has(m.span.start)) continue;
    for (const { form, value: entry } of lexicon.scanIndex.get(m.text[0]!) ?? []) {
      const maker = entry.type === "organization" || entry.altTypes?.includes("organization");
      if (!maker || form.length >= m.text.length || !m.text.startsWith(form) || !/^[\s-]/.test(m.text.slice(form.length))) continue;
      if (entry.name === m.canonical) break;
      added.push({
        span: { start: m.span.start, end: m.span.start + form.length },
        text: form,
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
  return added.length ? [...mentions, ...added].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end) : [...mentions];
}
