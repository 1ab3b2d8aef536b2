// The explorer on a real store (the bulk store by default) in headless Chromium: the issue's
// bars, as figures (printed, never asserted): the first drawn graph, switching co-mentions off
// and on, selecting a hub with its panel, panning with the hub selected (and without).
// Run alone: npx tsx test/bench/browser-store.ts [STORE] [HUB]
import { fileURLToPath } from "node:url";
import { loadStore } from "../../src/store/store.ts";
import { bulkStore } from "../e2e/bulk-store.ts";
import { CHROMIUM_PATH, hasChromium, launchChromium, serveGraph } from "../e2e/harness.ts";
import { circle } from "./browser.ts";
import type { FrameStats, Timing } from "./browser.ts";

/** A change's cost: its script, its frame, and until frames run freely again (software WebGL has rasterised it). */
export interface SettledTiming extends Timing {
  settledMs: number;
}

/** Like browser.ts's timed(), and also the time until two frames in a row come within 50 ms. */
const timedSettled = (statement: string): string => `new Promise((resolve) => {
  const start = performance.now();
  ${statement};
  requestAnimationFrame(() => {
    const script = performance.now() - start;
    requestAnimationFrame((t0) => {
      const drawn = performance.now() - start;
      let last = t0;
      const tick = (t) => {
        if (t - last < 50) resolve({ scriptMs: Math.round(script), drawnMs: Math.round(drawn), settledMs: Math.round(performance.now() - start) });
        else { last = t; requestAnimationFrame(tick); }
      };
      requestAnimationFrame(tick);
    });
  });
})`;

export interface StoreBrowserResult {
  nodes: number;
  edges: number;
  hub: string;
  /** /api/graph as sent (gzip) and the time the browser spent on it. */
  graphGzipBytes: number;
  /** From navigation start to the frame that puts the graph on screen. */
  firstDrawnMs: number;
  /** … and to the next one, which starts once the graph's frame has been produced (rasterised). */
  firstPaintedMs: number;
  /** Until the panels are mounted and the page is interactive. */
  readyMs: number;
  coMentionOff: SettledTiming;
  coMentionOn: SettledTiming;
  /**
   * Choosing the hub in the search: its neighbourhood drawn and its panel (time line, relations)
   * shown (drawnMs); settled once the camera has flown to it (450 ms by design) and the frames run freely.
   */
  selectHub: SettledTiming;
  /** From choosing the hub until its first evidence shows in the panel. */
  hubEvidenceMs: number;
  panWithHub: FrameStats;
  pan: FrameStats;
}

/** Resolves once two frames in a row came within 50 ms: nothing heavy is being drawn. */
export async function settled(page: import("playwright-core").Page): Promise<void> {
  await page.waitForTimeout(300);
  await page.evaluate(`new Promise((resolve) => {
    let last = performance.now();
    const tick = (t) => { if (t - last < 50) resolve(); else { last = t; requestAnimationFrame(tick); } };
    requestAnimationFrame(tick);
  })`);
}

export async function benchStoreBrowser(store: string, hub = "DeepSeek", panMs = 4_000): Promise<StoreBrowserResult> {
  if (!hasChromium) throw new Error(`browser bench needs ${CHROMIUM_PATH} (apt-get install chromium fonts-noto-cjk)`);
  const loaded = await loadStore(store);
  const server = await serveGraph(loaded.graph, loaded.manifest);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    let graphGzipBytes = 0;
    page.on("response", (r) => {
      if (r.url().endsWith("/api/graph")) void r.headerValue("content-length").then((v) => (graphGzipBytes = Number(v)));
    });
    await page.goto(server.url);
    await page.waitForFunction(() => document.documentElement.dataset.state === "ready", null, { timeout: 120_000 });
    const firstDrawnMs = Number(await page.getAttribute("html", "data-first-render-ms"));
    const firstPaintedMs = Number(await page.getAttribute("html", "data-first-painted-ms"));
    const readyMs = Number(await page.getAttribute("html", "data-ready-ms"));
    await page.waitForTimeout(500);
    const box = (await page.locator("#graph").boundingBox())!;
    const pan = await circle(page, box, panMs, true);

    // Each change waits until the frames before it are done: one with every co-mention drawn takes
    // a second or more in software WebGL, and a timing must not include the previous one's.
    const coMention = timedSettled(`document.querySelector('input[data-predicate="co_mention"]').click()`);
    await settled(page);
    const coMentionOff = (await page.evaluate(coMention)) as SettledTiming;
    await settled(page);
    const coMentionOn = (await page.evaluate(coMention)) as SettledTiming;
    await settled(page);

    await page.locator('#search input[type="search"]').fill(hub);
    await page.locator("#search .suggestions li").first().waitFor();
    const chosenAt = Date.now();
    const selectHub = (await page.evaluate(
      timedSettled(`document.querySelector("#search .suggestions li").dispatchEvent(new MouseEvent("mousedown", { bubbles: true, cancelable: true }))`),
    )) as SettledTiming;
    await page.locator("#entity-panel .evidence blockquote").first().waitFor({ timeout: 60_000 });
    const hubEvidenceMs = Date.now() - chosenAt;
    await page.waitForTimeout(1_000); // the camera has framed the hub
    await settled(page);
    const panWithHub = await circle(page, box, panMs, true);
    return { nodes: loaded.graph.order, edges: loaded.graph.size, hub, graphGzipBytes, firstDrawnMs, firstPaintedMs, readyMs, coMentionOff, coMentionOn, selectHub, hubEvidenceMs, panWithHub, pan };
  } finally {
    await browser.close();
    await server.close();
  }
}

export function formatStoreBrowserBench(r: StoreBrowserResult): string {
  const t = (x: SettledTiming): string => `${x.scriptMs} ms script, drawn after ${x.drawnMs} ms, settled after ${x.settledMs} ms`;
  const f = (x: FrameStats): string => `${x.fps} fps (frame p50 ${x.p50FrameMs} ms, p95 ${x.p95FrameMs} ms)`;
  return [
    `explorer on a store in headless Chromium, ${r.nodes.toLocaleString("en")} entities / ${r.edges.toLocaleString("en")} relations`,
    `  /api/graph            ${(r.graphGzipBytes / 1e6).toFixed(1)} MB gzip`,
    `  first drawn graph     ${r.firstDrawnMs} ms after navigation; painted by ${r.firstPaintedMs} ms; interactive at ${r.readyMs} ms`,
    `  co-mention off        ${t(r.coMentionOff)}`,
    `  co-mention on         ${t(r.coMentionOn)}`,
    `  select ${r.hub.padEnd(14)} ${t(r.selectHub)}; evidence shown after ${r.hubEvidenceMs} ms`,
    `  panning, ${r.hub} selected  ${f(r.panWithHub)}`,
    `  panning, nothing selected  ${f(r.pan)}`,
  ].join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [store, hub] = process.argv.slice(2);
  console.log(formatStoreBrowserBench(await benchStoreBrowser(store ?? (await bulkStore(console.log)), hub)));
}
