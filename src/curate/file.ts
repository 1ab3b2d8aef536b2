// Where a store's curation lives and how it is read and changed: <store>/curation.jsonl, or a
// file given with --curation. A change rewrites the whole file atomically (a temp file renamed
// into place, as every store file is written) under a lock: the store's own lock for the
// store's file, so a build, a curate and the explorer never write at once; FILE.lock beside a
// file given. A crash leaves the file as it was before or after the change, never half of it.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { EXIT, UserError } from "../cli/errors.ts";
import { isSystemError, systemUserError } from "../cli/system-errors.ts";
import { writeFileAtomic } from "../store/atomic.ts";
import { withLockFile, withStoreLock } from "../store/lock.ts";
import { CurationSyntaxError, formatCuration, parseCuration } from "./codec.ts";
import { CURATION_FILE, type Decision } from "./types.ts";

export interface CurationFile {
  path: string;
  /** The store it belongs to, when it is the store's own file (it is then locked with the store). */
  store?: string;
}

/** The store's own curation file, or the file given instead (--curation FILE). */
export function curationFile(storeDir: string, given?: string): CurationFile {
  if (given === undefined) return { path: join(storeDir, CURATION_FILE), store: storeDir };
  const path = resolve(given);
  return dirname(path) === resolve(storeDir) && basename(path) === CURATION_FILE ? { path, store: storeDir } : { path };
}

/** The decisions in the file, oldest first: none when the store's own file does not exist yet. */
export async function readDecisions(file: CurationFile): Promise<Decision[]> {
  if (!existsSync(file.path)) {
    if (file.store !== undefined) return [];
    throw new UserError(`${file.path}: no such curation file`, EXIT.input);
  }
  let text: string;
  try {
    text = await readFile(file.path, "utf8");
  } catch (err) {
    if (isSystemError(err)) throw systemUserError(err);
    throw new UserError(`${file.path}: cannot read (${(err as Error).message})`, EXIT.store);
  }
  try {
    return parseCuration(text);
  } catch (err) {
    if (!(err instanceof CurationSyntaxError)) throw err;
    throw new UserError(`${file.path}: line ${err.line}: ${err.problem}; correct or remove that line`, EXIT.store);
  }
}

let commits = 0;

/**
 * Reads the decisions, lets `change` give the new list, and writes it, all under the lock; the
 * file is not written when `change` returns the list it was given. Returns what `change` returned.
 */
export async function changeDecisions<T>(file: CurationFile, change: (decisions: Decision[]) => Promise<{ decisions: Decision[]; result: T }> | { decisions: Decision[]; result: T }): Promise<T> {
  const work = async (): Promise<T> => {
    const before = existsSync(file.path) ? await readDecisions(file) : [];
    const { decisions, result } = await change(before);
    if (decisions !== before) {
      await writeFileAtomic(file.path, formatCuration(decisions));
      commits++;
    }
    return result;
  };
  if (file.store !== undefined) return withStoreLock(file.store, work);
  return withLockFile(`${file.path}.lock`, `curation file ${file.path}`, work, () => commits);
}
