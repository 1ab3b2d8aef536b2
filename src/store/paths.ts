// Where the store lives and how its files are named.
import { join, resolve } from "node:path";

/** `$AIKG_STORE` when set, else `.aikg/` in the current directory. */
export function defaultStoreDir(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string {
  const fromEnv = env.AIKG_STORE?.trim();
  return resolve(cwd, fromEnv ? fromEnv : ".aikg");
}

export const extractionFileName = (hash: string, taught?: string): string => `${hash}${taught ? `.${taught}` : ""}.json`;

export const storePaths = (dir: string) => ({
  manifest: join(dir, "manifest.json"),
  lock: join(dir, "lock"),
  extractions: join(dir, "extractions"),
  /**
   * Content-addressed: a digest's extraction is named by the digest's hash, and by the taught
   * names it holds when a curation teaches names the digest mentions (its DigestEntry's
   * `taught`): extracting it again for them writes a new file, never over the one committed.
   */
  extraction: (hash: string, taught?: string) => join(dir, "extractions", extractionFileName(hash, taught)),
  graph: (name: string) => join(dir, name),
});
