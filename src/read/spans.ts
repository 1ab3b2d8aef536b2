// Span helpers shared by the readers: sorting, merging, lookups over sorted spans.
import type { Span } from "../types.ts";

/**
 * Sorted, non-overlapping spans; overlapping spans are merged, and touching ones too unless
 * `keepTouching` (two bold runs side by side stay two), empty ones dropped.
 */
export function mergeSpans(spans: readonly Span[], keepTouching = false): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && (span.start < last.end || (span.start === last.end && !keepTouching))) last.end = Math.max(last.end, span.end);
    else merged.push({ start: span.start, end: span.end });
  }
  return merged;
}

/** Index of the first span in sorted, disjoint `spans` that ends after `offset`. */
export function firstEndingAfter(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when [start, end) lies wholly inside one of the sorted, merged spans. */
export function coveredBy(spans: readonly Span[], start: number, end: number): boolean {
  const span = spans[firstEndingAfter(spans, start)];
  return span !== undefined && span.start <= start && span.end >= end;
}

/** The parts of [start, end) that no sorted, merged span covers. */
export function uncoveredParts(spans: readonly Span[], start: number, end: number): Span[] {
  const parts: Span[] = [];
  let at = start;
  for (let i = firstEndingAfter(spans, start); i < spans.length && at < end; i++) {
    const span = spans[i]!;
    if (span.start >= end) break;
    if (span.start > at) parts.push({ start: at, end: span.start });
    at = Math.max(at, span.end);
  }
  if (at < end) parts.push({ start: at, end });
  return parts;
}
