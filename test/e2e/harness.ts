// What the browser tests and the fluidity bench share: Debian's Chromium driven by
// playwright-core, and an explorer server on a free loopback port over a given graph.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { chromium } from "playwright-core";
import type { Browser } from "playwright-core";
import type { KnowledgeGraph } from "../../src/graph/types.ts";
import { startExplorerServer } from "../../src/server/server.ts";
import type { RunningServer } from "../../src/server/server.ts";
import { DIST_DIR, ensureWebBuild } from "../../src/server/web-build.ts";

export const CHROMIUM_PATH = process.env.AIKG_CHROMIUM ?? "/usr/bin/chromium";
export const hasChromium = existsSync(CHROMIUM_PATH);

if (!hasChromium && process.env.CI === "true") {
  throw new Error(`CI=true but ${CHROMIUM_PATH} is absent: .ci/run installs it with apt-get (chromium, fonts-noto-cjk)`);
}

/** For describe.skipIf titles. */
export const chromiumSkipReason = hasChromium ? "" : ` (skipped: ${CHROMIUM_PATH} is absent; apt-get install chromium fonts-noto-cjk)`;

export const SCREENSHOT_DIR = fileURLToPath(new URL("./screenshots/", import.meta.url));

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return `${SCREENSHOT_DIR}${name}.png`;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--enable-unsafe-swiftshader",
    ],
  });
}

/** Builds the page if stale, then serves `graph` on 127.0.0.1 at a free port. */
export async function serveGraph(graph: KnowledgeGraph, manifest: unknown = null): Promise<RunningServer> {
  await ensureWebBuild();
  return startExplorerServer({ graph, manifest, distDir: DIST_DIR, host: "127.0.0.1", port: 0 });
}

const REPO = fileURLToPath(new URL("../../", import.meta.url));

/** Builds data/samples into a fresh store with the real CLI, as `npm start` does; returns its dir. */
export async function buildSampleStore(): Promise<string> {
  const store = mkdtempSync(join(tmpdir(), "aikg-e2e-store-"));
  try {
    await promisify(execFile)(process.execPath, ["bin/aikg.js", "build", "data/samples", "--store", store, "--json"], {
      cwd: REPO,
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (err) {
    throw new Error(`aikg build data/samples failed: ${(err as { stderr?: string }).stderr ?? String(err)}`);
  }
  return store;
}
