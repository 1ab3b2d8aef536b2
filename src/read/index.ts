// The read stage: digest files → Doc. readDigest and listDigests touch the disk; parseDoc is pure.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Doc } from "../types.ts";
import { decode } from "./decode.ts";
import { ReadError } from "./errors.ts";
import { parseDoc } from "./parse.ts";

export { decode } from "./decode.ts";
export { ReadError } from "./errors.ts";
export { READERS, pickReader } from "./formats/index.ts";
export { listDigests, type DigestList } from "./list.ts";
export { parseDoc } from "./parse.ts";
export type { DocBody, FormatReader } from "./types.ts";

export function readDigest(path: string): Doc {
  const bytes = readBytes(path);
  const hash = createHash("sha256").update(bytes).digest("hex");
  return parseDoc(decode(bytes, path), path, hash);
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
