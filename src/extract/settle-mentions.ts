import type { Mention, Span } from "../types.ts";

// A longer name beats a shorter one inside it ("Claude Opus 4.5" over "Claude Opus") unless the
// longer one is only a weak guess ("阿里巴巴集团" from a cue loses to the lexicon's "阿里巴巴").
const CONFIDENT = 0.6;
const rank = (a: Mention, b: Mention) =>
  Number(b.confidence >= CONFIDENT) - Number(a.confidence >= CONFIDENT) ||
  b.span.end - b.span.start - (a.span.end - a.span.start) ||
  b.confidence - a.confidence ||
  a.span.start - b.span.start;

/** Overlapping mentions settled: the best-scoring wins; nested organisations stay inside their name. */
export function settleMentions(mentions: readonly Mention[]): Mention[] {
  const ranked = mentions.filter((m) => !m.nested).sort(rank);
  const taken = new IntervalSet();
  const kept: Mention[] = [];
  for (const m of ranked) if (taken.tryAdd(m.span)) kept.push(m);
  const starts = new Map(kept.map((k) => [k.span.start, k]));
  const nestedAt = new Set<number>();
  for (const n of mentions) {
    const container = n.nested ? starts.get(n.span.start) : undefined;
    if (container && container.span.end > n.span.end && !nestedAt.has(n.span.start)) {
      kept.push(n);
      nestedAt.add(n.span.start);
    }
  }
  return kept.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
}

/** Disjoint spans kept sorted by start; adding one that overlaps another fails. */
class IntervalSet {
  private spans: Span[] = [];
  tryAdd(span: Span): boolean {
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[mid]!.start < span.start) lo = mid + 1;
      else hi = mid;
    }
    const prev = this.spans[lo - 1];
    const next = this.spans[lo];
    if ((prev && prev.end > span.start) || (next && next.start < span.end)) return false;
    this.spans.splice(lo, 0, span);
    return true;
  }
}
