// Which extractors made an extraction: a short hash of what decides it, the code of the stages up
// to extraction (read, segment, extractors, resolve, extract) and the data they read (lexicons,
// cue words, the relation model). A store keeps it with each digest (manifest.ts), so that after
// aikg is updated a build and `stats` can say which stored digests were extracted by other
// extractors, and how to extract them again.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "../data-dir.ts";

/** What decides an extraction, relative to the project's root: folders are read whole. */
export const EXTRACTION_INPUTS: readonly string[] = ["extractors", "src/read", "src/segment", "src/resolve", "src/extract", "data/lexicon", "data/cues", "data/models", "data/words", "data/read"];

let current: string | undefined;

/** The running aikg's extractors' fingerprint (its model is the one AIKG_RELATION_MODEL names, if any). */
export function extractorFingerprint(): string {
  current ??= fingerprintOf(REPO_ROOT, EXTRACTION_INPUTS, process.env.AIKG_RELATION_MODEL || undefined);
  return current;
}

/** The hash of the files under `inputs` (paths and contents, in code-unit order), and of `model` when given. */
export function fingerprintOf(root: string, inputs: readonly string[], model?: string): string {
  const hash = createHash("sha256");
  const add = (relative: string): void => {
    const path = join(root, relative);
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) add(`${relative}/${name}`);
      return;
    }
    hash.update(`${relative}\u0000`).update(readFileSync(path)).update("\u0000");
  };
  for (const input of inputs) add(input);
  if (model) hash.update("model\u0000").update(readFileSync(model));
  return hash.digest("hex").slice(0, 16);
}
