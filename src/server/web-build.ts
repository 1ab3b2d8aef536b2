// The page is built with Vite into web/dist, and rebuilt when any file that went into the
// bundle (listed by the build itself in dist/.sources.json) or any file under web/ is newer.
import { readFile, readdir, rename, rm, stat } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { REPO_ROOT } from "../data-dir.ts";

export { REPO_ROOT };
export const WEB_DIR = join(REPO_ROOT, "web");
export const DIST_DIR = join(WEB_DIR, "dist");
const SOURCES_FILE = ".sources.json";

async function mtime(file: string): Promise<number | null> {
  try {
    return (await stat(file)).mtimeMs;
  } catch {
    return null;
  }
}

async function filesUnder(dir: string, skip: ReadonlySet<string>): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (skip.has(path) || entry.name.startsWith(".")) continue;
    if (entry.isDirectory()) out.push(...(await filesUnder(path, skip)));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

/** Why web/dist must be (re)built, or null when it is up to date. */
export async function staleReason(webDir = WEB_DIR, repoRoot = REPO_ROOT): Promise<string | null> {
  const distDir = join(webDir, "dist");
  const builtAt = await mtime(join(distDir, "index.html"));
  if (builtAt === null) return "web/dist is missing";
  let listed: string[];
  try {
    listed = JSON.parse(await readFile(join(distDir, SOURCES_FILE), "utf8")) as string[];
  } catch {
    return "web/dist has no source list";
  }
  const bundled = listed.map((f) => resolve(repoRoot, f));
  const others = [
    ...(await filesUnder(webDir, new Set([distDir, join(webDir, "node_modules")]))),
    join(repoRoot, "package-lock.json"),
  ];
  for (const file of [...bundled, ...others]) {
    const changed = await mtime(file);
    if (changed === null && bundled.includes(file)) return `${relative(repoRoot, file)} is gone`;
    if (changed !== null && changed > builtAt) return `${relative(repoRoot, file)} changed`;
  }
  return null;
}

/** Builds web/ with Vite's JS API when the bundle is stale; returns why it built, or null. */
export async function ensureWebBuild(log: (line: string) => void = () => {}): Promise<string | null> {
  const reason = await staleReason();
  if (reason === null) return null;
  log(`building the explorer page with Vite (${reason})…`);
  let vite: typeof import("vite");
  try {
    vite = await import("vite");
  } catch {
    throw new Error(`${reason}, and Vite is not installed to build it: run \`npm ci\` (dev dependencies included)`);
  }
  // Build beside dist and swap it in, so a server reading dist never sees a half-written bundle
  // and two builds at once (parallel test files) cannot interleave their files.
  const temp = join(WEB_DIR, `.dist-${process.pid}-${Date.now()}`);
  try {
    await vite.build({ configFile: join(WEB_DIR, "vite.config.ts"), logLevel: "warn", build: { outDir: temp } });
    await rm(DIST_DIR, { recursive: true, force: true });
    await rename(temp, DIST_DIR).catch(() => {}); // another build swapped its own in first: use that
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
  return reason;
}
