// What the browser tests and the fluidity bench share: Debian's Chromium driven by
// playwright-core, and an explorer server on a free loopback port over a given graph.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { chromium } from "playwright-core";
import type { Browser, Page } from "playwright-core";
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

/**
 * The share of pixels (0–1) that differ visibly (by more than 32 of 255 in a colour channel)
 * between two PNGs of the same size, inside `region` (fractions of width and height), decoded by
 * the page's browser; Infinity when the sizes differ. Anti-aliasing differs in a few pixels at
 * most; a missing label or veil in thousands.
 */
export function pngDifference(page: Page, a: Buffer, b: Buffer, region = { left: 0, top: 0, right: 1, bottom: 1 }): Promise<number> {
  const urls = [a, b].map((png) => `data:image/png;base64,${png.toString("base64")}`);
  return page.evaluate(
    async ({ urls, region }) => {
      const pixels = await Promise.all(
        urls.map(async (url) => {
          const image = new Image();
          image.src = url;
          await image.decode();
          const canvas = document.createElement("canvas");
          [canvas.width, canvas.height] = [image.naturalWidth, image.naturalHeight];
          const context = canvas.getContext("2d")!;
          context.drawImage(image, 0, 0);
          const [x, y] = [Math.round(region.left * canvas.width), Math.round(region.top * canvas.height)];
          const [w, h] = [Math.round((region.right - region.left) * canvas.width), Math.round((region.bottom - region.top) * canvas.height)];
          return { size: `${canvas.width}x${canvas.height}`, data: context.getImageData(x, y, w, h).data };
        }),
      );
      const [p, q] = pixels as [(typeof pixels)[0], (typeof pixels)[0]];
      if (p.size !== q.size) return Infinity;
      let differing = 0;
      for (let i = 0; i < p.data.length; i += 4) {
        const d = Math.max(Math.abs(p.data[i]! - q.data[i]!), Math.abs(p.data[i + 1]! - q.data[i + 1]!), Math.abs(p.data[i + 2]! - q.data[i + 2]!));
        if (d > 32) differing++;
      }
      return differing / (p.data.length / 4);
    },
    { urls, region },
  );
}
