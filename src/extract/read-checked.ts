// Reading a digest the build planned with: its content must still have the hash it was planned
// with, or it changed while the build ran (and is skipped, to be taken in by the next build).
import { readDigest } from "../read/index.ts";
import { ReadError } from "../read/errors.ts";
import type { Doc } from "../types.ts";
import type { DigestFile } from "./worker-protocol.ts";

export const CHANGED = "changed while the build was reading it; build again";

export function readChecked(file: DigestFile): { doc: Doc } | { file: string; problem: string } {
  try {
    const doc = readDigest(file.path);
    if (doc.hash !== file.hash) return { file: file.path, problem: CHANGED };
    return { doc };
  } catch (err) {
    if (!(err instanceof ReadError)) throw err;
    return { file: err.file, problem: err.problem };
  }
}

/** The digest again for the second pass, or null when it changed since (or can no longer be read). */
export function rereadChecked(file: DigestFile): Doc | null {
  const read = readChecked(file);
  return "doc" in read ? read.doc : null;
}
