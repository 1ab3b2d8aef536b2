// Helpers every relation extractor uses: mentions grouped by sentence, gap normalisation, evidence.
import type { Doc, Evidence, ResolvedMention } from "../../src/types.ts";

/** Mentions grouped by sentence index, each group in text order; nested mentions left out. */
export function bySentence(mentions: readonly ResolvedMention[], count: number): ResolvedMention[][] {
  const groups: ResolvedMention[][] = Array.from({ length: count }, () => []);
  for (const m of mentions) if (!m.nested && m.sentence >= 0) groups[m.sentence]?.push(m);
  for (const g of groups) g.sort((a, b) => a.span.start - b.span.start);
  return groups;
}

/** Markdown emphasis, quotes and spacing removed, so cue patterns see only the words. */
export function normaliseGap(gap: string, keepEdges = false): string {
  const s = gap
    .replace(/[*`“”"‘’「」『』《》_]/g, "")
    .replace(/\s+/g, " ")
    // Spacing around Chinese text carries no meaning: "已迅速集成到 llama.cpp" ≡ "已迅速集成到llama.cpp".
    .replace(/ ?([\u4e00-\u9fff，。、；：（）！？]) ?/g, "$1");
  // Between two names, a closing bracket right after the left one belongs to it: "X（原Twitter）开源".
  return keepEdges ? s : s.replace(/^\s*[）)]/, "").trim();
}

/**
 * Evidence as a reader sees it: markdown emphasis and link targets taken out, spacing folded.
 * (Evidence.span still points at the exact text.)
 */
export function readableEvidence(raw: string): string {
  return raw
    .replace(/!?\[([^\]]*)\]\([^)]*\)?/g, "$1")
    .replace(/\]\(https?:[^)\s]*\)?|\(?https?:\/\/\S+/g, "")
    .replace(/\*\*|__|`/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Evidence for two names in different sentences of one item: the item's heading. */
export function itemEvidence(doc: Doc, offset: number): Evidence | undefined {
  const item = itemAt(doc, offset);
  if (!item || item.headingSpan.end <= item.headingSpan.start || !readableEvidence(item.heading)) return undefined;
  return { doc: doc.id, date: doc.date, text: readableEvidence(item.heading), span: item.headingSpan, url: item.links[0]?.url ?? null };
}

/** The item holding `offset` (items are sorted and disjoint). */
function itemAt(doc: Doc, offset: number): Doc["items"][number] | undefined {
  let lo = 0;
  let hi = doc.items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const it = doc.items[mid]!;
    if (it.span.end <= offset) lo = mid + 1;
    else if (it.span.start > offset) hi = mid - 1;
    else return it;
  }
  return undefined;
}

/** Evidence for a relation stated between two mentions: the shortest span that holds both. */
export function evidenceOf(doc: Doc, first: ResolvedMention, last: ResolvedMention, text: string): Evidence {
  const start = Math.min(first.span.start, last.span.start);
  let end = Math.max(first.span.end, last.span.end);
  // Take the rest of the clause when it is short, so "与 B 合作" keeps its verb.
  const tail = /^[^，。；,;!?！？\n]{0,12}/.exec(text.slice(end))?.[0] ?? "";
  end += tail.length;
  const item = itemAt(doc, start);
  return {
    doc: doc.id,
    date: doc.date,
    text: readableEvidence(doc.text.slice(start, end)),
    span: { start, end },
    url: item?.links[0]?.url ?? null,
  };
}
