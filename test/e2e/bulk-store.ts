// The bulk corpus (../shared/corpus/bulk, 905 digests) built into a store once per version of the
// code that builds it, cached in the system's temp directory: the explorer's bulk-store test and
// the browser bench open it. The cache key hashes the corpus's file list (names, sizes, times)
// and every file under src/, extractors/ and data/, so any change to either builds it afresh.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { sharedPath } from "../shared.ts";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const PREFIX = "aikg-bulk-store-";
const DAY_MS = 86_400_000;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : entry.isFile() ? [join(dir, entry.name)] : []))
    .sort();
}

function cacheKey(corpus: string): string {
  const hash = createHash("sha256");
  for (const file of files(corpus)) {
    const { size, mtimeMs } = statSync(file);
    hash.update(`${relative(corpus, file)}\0${size}\0${mtimeMs}\n`);
  }
  for (const dir of ["src", "extractors", "data"]) {
    for (const file of files(join(REPO, dir))) hash.update(`${relative(REPO, file)}\n`).update(readFileSync(file));
  }
  return hash.digest("hex").slice(0, 16);
}

/** The bulk store's directory, built with the real CLI if this code has not built it yet. */
export async function bulkStore(log: (line: string) => void = () => {}): Promise<string> {
  const corpus = sharedPath("corpus", "bulk");
  const key = cacheKey(corpus);
  const store = join(tmpdir(), `${PREFIX}${key}`);
  if (existsSync(join(store, "manifest.json"))) return store;
  log(`building the bulk store into ${store} (a minute or two)…`);
  const building = await mkdtemp(join(tmpdir(), `${PREFIX}building-`));
  try {
    await promisify(execFile)(process.execPath, ["bin/aikg.js", "build", corpus, "--store", building, "--json"], { cwd: REPO, maxBuffer: 64 * 1024 * 1024 });
  } catch (err) {
    rmSync(building, { recursive: true, force: true });
    throw new Error(`aikg build of the bulk corpus failed: ${(err as { stderr?: string }).stderr ?? String(err)}`);
  }
  // Builds by other code a day old go (younger ones may be in use by another checkout's tests).
  for (const entry of readdirSync(tmpdir())) {
    const path = join(tmpdir(), entry);
    if (entry.startsWith(PREFIX) && entry !== `${PREFIX}${key}` && Date.now() - statSync(path).mtimeMs > DAY_MS) rmSync(path, { recursive: true, force: true });
  }
  if (existsSync(join(store, "manifest.json"))) rmSync(building, { recursive: true, force: true });
  else renameSync(building, store);
  return store;
}
