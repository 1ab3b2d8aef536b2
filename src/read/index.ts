// The read stage: digest files → Doc. readDigest and listDigests touch the disk; parseDoc is pure.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Doc } from "../types.ts";
import { decodeCounted, replacedWarning } from "./decode.ts";
import { ReadError } from "./errors.ts";
import { baseName, parseDoc, stem } from "./parse.ts";

export { decode, decodeCounted } from "./decode.ts";
export { ReadError } from "./errors.ts";
export { READERS, pickReader } from "./formats/index.ts";
export { listDigests, type DigestList } from "./list.ts";
export { parseDoc } from "./parse.ts";
export type { DocBody, FormatReader } from "./types.ts";

/** What identifies a digest file before it is parsed: its id, name and content hash. */
export interface DigestRef {
  id: string;
  file: string;
  path: string;
  hash: string;
  /** What reading it had to put up with (invalid bytes replaced), one line each. */
  warnings?: string[];
  /** The signature of the names a curation taught that its text holds (see `sign`). */
  taught?: string;
}

/**
 * Reads and checks a digest file (it must decode as text) without parsing it. `sign` gives the
 * signature of taught names its text holds (src/resolve/taught.ts), when a curation teaches some.
 */
export function readDigestRef(path: string, sign?: (text: string) => string | undefined): DigestRef {
  const bytes = readBytes(path);
  const decoded = decodeCounted(bytes, path);
  const warning = replacedWarning(decoded);
  const taught = sign?.(decoded.text);
  const file = baseName(path);
  const hash = createHash("sha256").update(bytes).digest("hex");
  return { id: stem(file), file, path, hash, ...(warning ? { warnings: [warning] } : {}), ...(taught ? { taught } : {}) };
}

export function readDigest(path: string): Doc {
  return readDigestWarned(path).doc;
}

/** The digest, and what reading it had to put up with (invalid bytes replaced), one line each. */
export function readDigestWarned(path: string): { doc: Doc; warnings: string[] } {
  const bytes = readBytes(path);
  const hash = createHash("sha256").update(bytes).digest("hex");
  const decoded = decodeCounted(bytes, path);
  const warning = replacedWarning(decoded);
  return { doc: parseDoc(decoded.text, path, hash), warnings: warning ? [warning] : [] };
}

function readBytes(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new ReadError(path, fsProblem(error));
  }
}

function fsProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EISDIR") return "is a directory, not a digest file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  return `cannot be read (${code ?? String(error)})`;
}
