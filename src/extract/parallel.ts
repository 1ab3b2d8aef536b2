// Extracts a corpus of digest files on several threads: each worker takes a share balanced by
// size, the main thread merges the workers' name votes between the two passes, so the result
// is the same as extracting the whole corpus in one thread (extractDocs). Extractions stream
// out to the caller as they are done; nothing here holds the corpus's extractions.
import { statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { REPO_ROOT } from "../data-dir.ts";
import type { ExtractionOut } from "../types.ts";
import type { LexEntry } from "../resolve/lexicon.ts";
import { ExtractionBatch } from "./corpus.ts";
import { withHeapGrowth } from "./heap-growth.ts";
import { NameVotes } from "./learn.ts";
import { CHANGED, readChecked, rereadChecked } from "./read-checked.ts";
import type { DigestFile, FromWorker, ToWorker } from "./worker-protocol.ts";

export type { DigestFile } from "./worker-protocol.ts";

export interface ParallelOptions {
  /** Worker threads; 1 extracts in this thread. */
  jobs: number;
  /** Below this many digests the corpus is extracted in this thread: starting a worker costs more. */
  minDigestsForWorkers: number;
  /** Each worker's heap limit in MB; by default it follows the size of the digests (heapLimitMb). */
  workerHeapMb?: number;
  /** How much V8's old generation may grow between full collections while extracting (see heap-growth.ts); 0 leaves it to V8. */
  heapGrowingPercent: number;
  /**
   * Each worker's young generation in MB. Extracting a digest allocates tens of MB that die
   * young: in V8's default young generation a worker ran ~680 scavenges over the bulk corpus,
   * copying work in progress each time; with 128 MB, ~105, and 10–12 s less GC helper CPU.
   */
  workerYoungMb: number;
  onDoc?: (pass: 1 | 2) => void;
  /** Names a curation taught the extractors (src/resolve/taught.ts). */
  taught?: LexEntry[];
}

export const PARALLEL_DEFAULTS: ParallelOptions = { jobs: Math.min(4, availableParallelism()), minDigestsForWorkers: 24, heapGrowingPercent: 50, workerYoungMb: 128 };

export interface CorpusExtraction {
  /** Files that could not be read, with the reason. */
  skipped: { file: string; problem: string }[];
}

/** Receives each digest's extraction as soon as it is done (in the second pass: the first only finds names). */
export type ExtractionSink = (x: ExtractionOut) => void;

export async function extractFiles(files: readonly DigestFile[], put: ExtractionSink, options: Partial<ParallelOptions> = {}): Promise<CorpusExtraction> {
  const opts = { ...PARALLEL_DEFAULTS, ...options };
  return withHeapGrowth(opts.heapGrowingPercent, () => extractAll(files, put, opts));
}

async function extractAll(files: readonly DigestFile[], put: ExtractionSink, opts: ParallelOptions): Promise<CorpusExtraction> {
  const jobs = Math.max(1, Math.min(opts.jobs, Math.floor(files.length / Math.max(1, opts.minDigestsForWorkers / 2))));
  if (jobs <= 1 || files.length < opts.minDigestsForWorkers) return extractHere(files, put, opts);
  try {
    return await extractOnWorkers(shares(files, jobs), put, opts);
  } catch (err) {
    // A worker outgrew its heap (a huge digest): this thread has no such limit, so start over here.
    if ((err as NodeJS.ErrnoException).code !== "ERR_WORKER_OUT_OF_MEMORY") throw err;
    return extractHere(files, put, opts);
  }
}

/**
 * Each worker's heap limit. A worker holds little between digests (names it found, and the text
 * to look for learnt names in), so a limit makes V8 collect garbage instead of growing the
 * heap, which keeps the build's memory down; it grows with the biggest digest a worker gets.
 */
function heapLimitMb(parts: DigestFile[][]): number {
  const biggest = Math.max(0, ...parts.flat().map((f) => sizeOf(f.path)));
  return Math.round(HEAP.baseMb + HEAP.perDigestMb * (biggest / 1e6) + HEAP.perShareMb * (Math.max(...parts.map(shareBytes)) / 1e6));
}

const shareBytes = (share: DigestFile[]): number => share.reduce((n, f) => n + sizeOf(f.path), 0);

/** Measured on the bulk corpus (28 MB per worker): about 200 MB live, most of it lexicons and caches. */
const HEAP = { baseMb: 256, perDigestMb: 24, perShareMb: 2 };

async function extractHere(files: readonly DigestFile[], put: ExtractionSink, opts: ParallelOptions): Promise<CorpusExtraction> {
  const batch = new ExtractionBatch<number>({ keepMentions: false, onDoc: opts.onDoc, taught: opts.taught });
  const skipped: CorpusExtraction["skipped"] = [];
  const breathe = breather();
  for (const [i, file] of files.entries()) {
    const read = readChecked(file);
    if ("problem" in read) skipped.push(read);
    else batch.add(i, read.doc);
    await breathe();
  }
  for (const [i, x] of batch.recheck(batch.learnedHere(), (i) => rereadChecked(files[i]!))) {
    if (x) put(x);
    else skipped.push({ file: files[i]!.path, problem: CHANGED });
    await breathe();
  }
  return { skipped };
}

/** Lets the event loop run every tenth of a second or so: Ctrl-C's handler (store/lock.ts) waits for it. */
function breather(everyMs = 100): () => Promise<void> {
  let last = performance.now();
  return async () => {
    if (performance.now() - last < everyMs) return;
    await new Promise((resolve) => setImmediate(resolve));
    last = performance.now();
  };
}

/** Files split into `n` shares of about equal size (largest first onto the lightest share), each in the order given. */
function shares(files: readonly DigestFile[], n: number): DigestFile[][] {
  const sized = files.map((file, index) => ({ file, index, size: sizeOf(file.path) })).sort((a, b) => b.size - a.size || a.index - b.index);
  const out = Array.from({ length: n }, () => ({ size: 0, items: [] as typeof sized }));
  for (const item of sized) {
    const lightest = out.reduce((a, b) => (b.size < a.size ? b : a));
    lightest.items.push(item);
    lightest.size += item.size;
  }
  return out.filter((s) => s.items.length > 0).map((s) => s.items.sort((a, b) => a.index - b.index).map((item) => item.file));
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

async function extractOnWorkers(parts: DigestFile[][], put: ExtractionSink, opts: ParallelOptions): Promise<CorpusExtraction> {
  const skipped: CorpusExtraction["skipped"] = [];
  const votes = new NameVotes();
  const limits = { maxOldGenerationSizeMb: opts.workerHeapMb ?? heapLimitMb(parts), maxYoungGenerationSizeMb: opts.workerYoungMb };
  const workers = parts.map(() => new Worker(join(REPO_ROOT, "bin", "extract-worker.js"), { resourceLimits: limits }));
  let voted = 0;
  try {
    await Promise.all(
      workers.map(
        (worker, w) =>
          new Promise<void>((resolve, reject) => {
            const send = (message: ToWorker): void => worker.postMessage(message);
            worker.on("error", reject);
            worker.on("exit", (code) => reject(new Error(`extraction worker stopped (exit code ${code})`)));
            worker.on("message", (message: FromWorker) => {
              if (message.type === "tick") opts.onDoc?.(message.pass);
              else if (message.type === "skip") skipped.push({ file: message.file, problem: message.problem });
              else if (message.type === "extraction") put(message.extraction);
              else if (message.type === "failed") reject(new Error(message.message));
              else if (message.type === "done") resolve();
              else if (message.type === "votes") {
                votes.merge(message.votes);
                // Every share's votes are in: each worker gets the names learnt from the whole corpus.
                if (++voted === workers.length) {
                  const total = parts.reduce((n, p) => n + p.length, 0) - skipped.length;
                  const learned = total < 2 ? [] : [...votes.learned()];
                  for (const other of workers) other.postMessage({ type: "learned", learned } satisfies ToWorker);
                }
              }
            });
            send({ type: "start", files: parts[w]!, taught: opts.taught ?? [] });
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { skipped };
}
