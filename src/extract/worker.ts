// An extraction worker thread: extracts its share of the corpus in two passes, sending its name
// votes after the first (names only), and each extraction (without mentions) in the second as
// soon as it is done.
import { parentPort } from "node:worker_threads";
import type { EncodedExtraction, EntityType, Extraction } from "../types.ts";
import { extractionFileText } from "../store/extraction-files.ts";
import { ExtractionBatch } from "./corpus.ts";
import { CHANGED, readChecked, rereadChecked } from "./read-checked.ts";
import type { DigestFile, FromWorker, ToWorker } from "./worker-protocol.ts";
import type { LexEntry } from "../resolve/lexicon.ts";

const port = parentPort;
if (!port) throw new Error("src/extract/worker.ts runs as a worker thread");
const send = (message: FromWorker): void => port.postMessage(message);
// Serialised here, on the worker's core: a string crosses threads far cheaper than an object graph.
const encoded = (x: Extraction): EncodedExtraction => ({ doc: x.doc, json: extractionFileText(x) });

let batch: ExtractionBatch<number> | null = null;
let files: DigestFile[] = [];

function firstPass(share: DigestFile[], taught: LexEntry[]): void {
  files = share;
  batch = new ExtractionBatch<number>({ keepMentions: false, onDoc: (pass) => send({ type: "tick", pass }), taught });
  files.forEach((file, index) => {
    const read = readChecked(file);
    if ("problem" in read) {
      send({ type: "skip", ...read });
      send({ type: "tick", pass: 1 });
      send({ type: "tick", pass: 2 });
    } else batch!.add(index, read.doc);
  });
  send({ type: "votes", votes: batch.votes.toJSON() });
}

function secondPass(learned: [string, EntityType][]): void {
  for (const [i, extraction] of batch!.recheck(new Map(learned), (i) => rereadChecked(files[i]!))) {
    send(extraction ? { type: "extraction", extraction: encoded(extraction) } : { type: "skip", file: files[i]!.path, problem: CHANGED });
  }
  batch = null;
  send({ type: "done" });
}

port.on("message", (message: ToWorker) => {
  try {
    if (message.type === "start") firstPass(message.files, message.taught);
    else secondPass(message.learned);
  } catch (err) {
    send({ type: "failed", message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  }
});
