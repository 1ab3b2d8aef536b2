import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { readFileSync } from "node:fs";

/** The project's data/ folder: lexicons, cue words, samples. */
export const DATA_DIR = fileURLToPath(new URL("../data/", import.meta.url));

export function readDataJson<T>(...parts: string[]): T {
  return JSON.parse(readFileSync(join(DATA_DIR, ...parts), "utf8")) as T;
}
