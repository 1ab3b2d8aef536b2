// An extraction worker thread: extracts its share of the corpus in two passes, sending its name
// votes between them and each extraction (without mentions) as it is done.
import { parentPort } from "node:worker_threads";
import { readDigest } from "../read/index.ts";
import { ReadError } from "../read/errors.ts";
import type { EntityType } from "../types.ts";
import { ExtractionBatch } from "./corpus.ts";
import type { DigestFile, FromWorker, ToWorker } from "./worker-protocol.ts";

const port = parentPort;
if (!port) throw new Error("src/extract/worker.ts runs as a worker thread");
const send = (message: FromWorker): void => port.postMessage(message);

let batch: ExtractionBatch | null = null;
/** Index (in the worker's list) of each digest the batch holds, in the order added. */
let indices: number[] = [];

function firstPass(files: DigestFile[]): void {
  batch = new ExtractionBatch({ keepMentions: false, onDoc: (pass) => send({ type: "tick", pass }) });
  indices = [];
  files.forEach((file, i) => {
    try {
      const doc = readDigest(file.path);
      if (doc.hash !== file.hash) throw new ReadError(file.path, "changed while the build was reading it; build again");
      batch!.add(doc);
      indices.push(i);
    } catch (err) {
      if (!(err instanceof ReadError)) throw err;
      send({ type: "skip", file: err.file, problem: err.problem });
      send({ type: "tick", pass: 1 });
      send({ type: "tick", pass: 2 });
    }
  });
  send({ type: "votes", votes: batch.votes.toJSON() });
}

function secondPass(learned: [string, EntityType][]): void {
  let k = 0;
  for (const extraction of batch!.finish(new Map(learned))) send({ type: "extraction", index: indices[k++]!, extraction });
  batch = null;
  send({ type: "done" });
}

port.on("message", (message: ToWorker) => {
  try {
    if (message.type === "start") firstPass(message.files);
    else secondPass(message.learned);
  } catch (err) {
    send({ type: "failed", message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  }
});
