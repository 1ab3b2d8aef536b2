// While a corpus is extracted, V8's old generation is held to a fixed growth between full
// collections. Left to itself, once the heap holds the lexicons and name memos V8 lets it grow
// 3–4× before collecting: the garbage that minor collections promote then spreads over hundreds
// of MB of fresh pages for seconds, and extraction runs 25–45% slower on this kind of machine
// (measured on the Chinese bulk digests: 3.2× jieba's time against 2.3× with growth held to 1.5×).
import { setFlagsFromString } from "node:v8";

/** V8's own setting: 0 lets it choose a factor (up to 4) from its GC and allocation speeds. */
const V8_DEFAULT = 0;

/**
 * Runs `work` with the old generation allowed to grow `percent`% between full collections. V8's
 * flags are per process, so the setting reaches worker threads too; it is restored afterwards
 * (the graph's analyses, on a heap that stays large, run faster with V8's own choice).
 */
export async function withHeapGrowth<T>(percent: number, work: () => Promise<T>): Promise<T> {
  setFlagsFromString(`--heap-growing-percent=${percent}`);
  try {
    return await work();
  } finally {
    setFlagsFromString(`--heap-growing-percent=${V8_DEFAULT}`);
  }
}
