// Small timing helpers for the benchmark: wall-clock runs and the quantiles of a sample.

/** The q-quantile (0..1) of a sample, nearest rank; NaN for an empty sample. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export interface Latency {
  samples: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

export function latency(msValues: readonly number[]): Latency {
  return {
    samples: msValues.length,
    medianMs: quantile(msValues, 0.5),
    p95Ms: quantile(msValues, 0.95),
    maxMs: msValues.length ? Math.max(...msValues) : NaN,
  };
}

/** Runs `fn` once and returns its result with the milliseconds it took. */
export function timeOnce<T>(fn: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = fn();
  return { value, ms: performance.now() - started };
}

export async function timeOnceAsync<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - started };
}

/** Milliseconds with a precision that suits their size: 0.042, 4.2, 420. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return "—";
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 100) return `${Math.round(ms)} ms`;
  if (ms >= 1) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(3)} ms`;
}

export const formatMB = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;
export const round = (value: number, digits = 3): number => Number(value.toFixed(digits));
