// Messages between the build and its extraction worker threads (see parallel.ts, worker.ts).
import type { EncodedExtraction, EntityType } from "../types.ts";
import type { VotesJson } from "./learn.ts";
import type { LexEntry } from "../resolve/lexicon.ts";

/** A digest file to extract, with the content hash the build planned with. */
export interface DigestFile {
  path: string;
  hash: string;
}

export type ToWorker =
  | { type: "start"; files: DigestFile[]; taught: LexEntry[] }
  | { type: "learned"; learned: [string, EntityType][] };

export type FromWorker =
  | { type: "tick"; pass: 1 | 2 }
  | { type: "skip"; file: string; problem: string }
  | { type: "votes"; votes: VotesJson }
  | { type: "extraction"; extraction: EncodedExtraction }
  | { type: "done" }
  | { type: "failed"; message: string };
