// Extracts a corpus of digest files on several threads: each worker takes a share balanced by
// size, the main thread merges the workers' name votes between the two passes, so the result
// is the same as extracting the whole corpus in one thread (extractDocs), in the files' order.
import { statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { REPO_ROOT } from "../data-dir.ts";
import { readDigest } from "../read/index.ts";
import { ReadError } from "../read/errors.ts";
import type { Extraction } from "../types.ts";
import { ExtractionBatch } from "./corpus.ts";
import { NameVotes } from "./learn.ts";
import type { DigestFile, FromWorker, ToWorker } from "./worker-protocol.ts";

export type { DigestFile } from "./worker-protocol.ts";

export interface ParallelOptions {
  /** Worker threads; 1 extracts in this thread. */
  jobs: number;
  /** Below this many digests the corpus is extracted in this thread: starting a worker costs more. */
  minDigestsForWorkers: number;
  onDoc?: (pass: 1 | 2) => void;
}

export const PARALLEL_DEFAULTS: ParallelOptions = { jobs: Math.min(4, availableParallelism()), minDigestsForWorkers: 24 };

export interface CorpusExtraction {
  /** In the order of the files given; files that could not be read are left out. */
  extractions: Extraction[];
  skipped: { file: string; problem: string }[];
}

export async function extractFiles(files: readonly DigestFile[], options: Partial<ParallelOptions> = {}): Promise<CorpusExtraction> {
  const opts = { ...PARALLEL_DEFAULTS, ...options };
  const jobs = Math.max(1, Math.min(opts.jobs, Math.floor(files.length / Math.max(1, opts.minDigestsForWorkers / 2))));
  if (jobs <= 1 || files.length < opts.minDigestsForWorkers) return extractHere(files, opts);
  return extractOnWorkers(shares(files, jobs), opts);
}

function extractHere(files: readonly DigestFile[], opts: ParallelOptions): CorpusExtraction {
  const batch = new ExtractionBatch({ keepMentions: false, onDoc: opts.onDoc });
  const skipped: CorpusExtraction["skipped"] = [];
  for (const file of files) {
    try {
      const doc = readDigest(file.path);
      if (doc.hash !== file.hash) throw new ReadError(file.path, "changed while the build was reading it; build again");
      batch.add(doc);
    } catch (err) {
      if (!(err instanceof ReadError)) throw err;
      skipped.push({ file: err.file, problem: err.problem });
    }
  }
  return { extractions: [...batch.finish(batch.size < 2 ? new Map() : batch.votes.learned())], skipped };
}

/** Files split into `n` shares of about equal size (largest first onto the lightest share), with their original index. */
function shares(files: readonly DigestFile[], n: number): { file: DigestFile; index: number }[][] {
  const sized = files.map((file, index) => ({ file, index, size: sizeOf(file.path) })).sort((a, b) => b.size - a.size || a.index - b.index);
  const out = Array.from({ length: n }, () => ({ size: 0, items: [] as { file: DigestFile; index: number }[] }));
  for (const item of sized) {
    const lightest = out.reduce((a, b) => (b.size < a.size ? b : a));
    lightest.items.push({ file: item.file, index: item.index });
    lightest.size += item.size;
  }
  return out.filter((s) => s.items.length > 0).map((s) => s.items.sort((a, b) => a.index - b.index));
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

async function extractOnWorkers(parts: { file: DigestFile; index: number }[][], opts: ParallelOptions): Promise<CorpusExtraction> {
  const found: (Extraction | undefined)[] = [];
  const skipped: CorpusExtraction["skipped"] = [];
  const votes = new NameVotes();
  const workers = parts.map(() => new Worker(join(REPO_ROOT, "bin", "extract-worker.js")));
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
              else if (message.type === "extraction") found[parts[w]![message.index]!.index] = message.extraction;
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
            send({ type: "start", files: parts[w]!.map((p) => p.file) });
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return { extractions: found.filter((x): x is Extraction => x !== undefined), skipped };
}
