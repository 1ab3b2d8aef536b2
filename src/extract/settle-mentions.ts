import type { Mention, Span } from "../types.ts";

// A longer name beats a shorter one inside it ("Claude Opus 4.5" over "Claude Opus") unless the
// longer one is only a weak guess ("阿里巴巴集团" from a cue loses to the lexicon's "阿里巴巴").
// Confident first, then longer, then more confident, then earlier; ties keep the input order.
const CONFIDENT = 0.6;

/**
 * A run of text longer than this is no name, whatever shape it has (a 3,000-character hyphen
 * chain, a digit run after "GPT-"): it is dropped before overlaps are settled, so the names
 * inside it can still be found, and no row of a table or panel is widened by it.
 */
export const MAX_NAME_LENGTH = 120;
const tooLong = (m: Mention): boolean => m.span.end - m.span.start > MAX_NAME_LENGTH;

/** Overlapping mentions settled: the best-scoring wins; nested organisations stay inside their name; none longer than MAX_NAME_LENGTH. */
export function settleMentions(mentions: readonly Mention[]): Mention[] {
  const taken = new IntervalSet();
  const kept: Mention[] = [];
  for (const i of rankOrder(mentions)) if (taken.tryAdd(mentions[i]!.span)) kept.push(mentions[i]!);
  const starts = new Map(kept.map((k) => [k.span.start, k]));
  const nestedAt = new Set<number>();
  for (const n of mentions) {
    const container = n.nested ? starts.get(n.span.start) : undefined;
    if (container && container.span.end > n.span.end && !nestedAt.has(n.span.start) && !tooLong(n)) {
      kept.push(n);
      nestedAt.add(n.span.start);
    }
  }
  return sortByPosition(kept);
}

/**
 * Indexes of the mentions that are not nested, best first. The sort keys are read once into
 * arrays: mentions come in many shapes, and reading them in the comparator is slow.
 */
function rankOrder(mentions: readonly Mention[]): number[] {
  const n = mentions.length;
  const confident = new Uint8Array(n);
  const length = new Float64Array(n);
  const confidence = new Float64Array(n);
  const start = new Float64Array(n);
  const order: number[] = [];
  for (let i = 0; i < n; i++) {
    const m = mentions[i]!;
    if (m.nested || tooLong(m)) continue;
    confident[i] = m.confidence >= CONFIDENT ? 1 : 0;
    length[i] = m.span.end - m.span.start;
    confidence[i] = m.confidence;
    start[i] = m.span.start;
    order.push(i);
  }
  return order.sort((a, b) => confident[b]! - confident[a]! || length[b]! - length[a]! || confidence[b]! - confidence[a]! || start[a]! - start[b]!);
}

/** By start, the longer first at the same start; ties keep their order. */
export function sortByPosition<M extends Mention>(mentions: M[]): M[] {
  const start = mentions.map((m) => m.span.start);
  const end = mentions.map((m) => m.span.end);
  const order = mentions.map((_, i) => i).sort((a, b) => start[a]! - start[b]! || end[b]! - end[a]!);
  return order.map((i) => mentions[i]!);
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
