// Starts one of aikg's entry points: the esbuild bundle in dist/ when it is newer than every
// source file (npm ci builds it through "prepare"), otherwise the TypeScript sources through
// tsx, so an edit never runs stale code.
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const SOURCE_DIRS = ["src", "extractors"];

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith(".ts")) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function bundleIsFresh(bundle) {
  if (process.env.AIKG_FROM_SOURCE || !existsSync(bundle)) return false;
  const built = statSync(bundle).mtimeMs;
  return SOURCE_DIRS.every((dir) => !existsSync(join(ROOT, dir)) || newestSource(join(ROOT, dir)) <= built);
}

/** Imports entry `name` (dist/<name>.mjs, bundled from `source`). */
export async function runEntry(name, source) {
  const bundle = join(ROOT, "dist", `${name}.mjs`);
  if (bundleIsFresh(bundle)) return import(pathToFileURL(bundle).href);
  const { register } = await import("tsx/esm/api");
  register();
  return import(pathToFileURL(join(ROOT, source)).href);
}
