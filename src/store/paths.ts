// Where the store lives and how its files are named.
import { join, resolve } from "node:path";

/** `$AIKG_STORE` when set, else `.aikg/` in the current directory. */
export function defaultStoreDir(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string {
  const fromEnv = env.AIKG_STORE?.trim();
  return resolve(cwd, fromEnv ? fromEnv : ".aikg");
}

export const storePaths = (dir: string) => ({
  manifest: join(dir, "manifest.json"),
  lock: join(dir, "lock"),
  extractions: join(dir, "extractions"),
  /** Content-addressed: a digest's extraction is named by the digest's hash. */
  extraction: (hash: string) => join(dir, "extractions", `${hash}.json`),
  graph: (name: string) => join(dir, name),
});
