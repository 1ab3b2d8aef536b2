import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { readFileSync } from "node:fs";

// This module sits one level below the project root both as source (src/) and bundled (dist/).
/** The project's root folder. */
export const REPO_ROOT = fileURLToPath(new URL("../", import.meta.url));

/** The project's data/ folder: lexicons, cue words, samples. */
export const DATA_DIR = join(REPO_ROOT, "data");

export function readDataJson<T>(...parts: string[]): T {
  return JSON.parse(readFileSync(join(DATA_DIR, ...parts), "utf8")) as T;
}
