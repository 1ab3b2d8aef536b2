// Fluidity of the explorer on a large generated graph (default 20,000 nodes, 100,000 edges) in
// headless Chromium: time to first render, frame rate while panning and hovering, and the cost of
// filter changes and of a selection (and of its evidence arriving). Prints figures; asserts
// nothing (timings depend on the machine).
// Run alone: npx tsx test/bench/browser.ts [nodes] [edges]
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { graphPayload, safeJson } from "../../src/server/api.ts";
import { CHROMIUM_PATH, hasChromium, launchChromium, serveGraph } from "../e2e/harness.ts";
import { syntheticGraph } from "../e2e/synthetic-graph.ts";

export interface BrowserBenchOptions {
  nodes: number;
  edges: number;
  /** How long to pan for, in ms. */
  panMs: number;
}

export const BROWSER_BENCH_DEFAULTS: BrowserBenchOptions = { nodes: 20_000, edges: 100_000, panMs: 4_000 };

export interface FrameStats {
  fps: number;
  p50FrameMs: number;
  p95FrameMs: number;
}

export interface Timing {
  /** Script work (reducers, sigma's processing, the panels). */
  scriptMs: number;
  /** Until the next frame: script plus drawing the new picture. */
  drawnMs: number;
}

export interface BrowserBenchResult {
  nodes: number;
  edges: number;
  /** /api/graph as sent (gzipped) and as JSON; one entity's evidence (/api/entity/<id>) as JSON. */
  payloadBytes: { gzip: number; json: number; entity: number };
  /** From navigation start to the first frame with the graph drawn. */
  firstRenderMs: number;
  /** Until the page is fully interactive (panels mounted). */
  readyMs: number;
  /** Dragging the camera around. */
  pan: FrameStats;
  /** Moving the mouse over nodes without a button: hover highlights. */
  hover: FrameStats;
  /** Hiding co-mention edges (on large graphs the reducers run over those edges only). */
  filter: Timing;
  /** Hiding an entity type: the reducers run over every node and edge. */
  filterType: Timing;
  /** Selecting through search: reducers plus the entity panel. */
  select: Timing;
  /** From the selection until the panel shows the evidence fetched for it. */
  evidenceMs: number;
}

// In-page scripts are strings, not functions: tsx would wrap inner named functions in a helper
// the page does not have.
const START_FRAMES = `
  window.__frames = [];
  window.__counting = true;
  requestAnimationFrame(function tick(t) {
    window.__frames.push(t);
    if (window.__counting) requestAnimationFrame(tick);
  });
`;
const STOP_FRAMES = "window.__counting = false; window.__frames";

/**
 * Runs a statement; resolves with the ms of script work it caused (the page refreshes sigma in
 * the next animation frame, before this frame callback) and the ms until the next frame starts,
 * which adds rasterising the new picture.
 */
export const timed = (statement: string): string => `new Promise((resolve) => {
  const start = performance.now();
  ${statement};
  requestAnimationFrame(() => {
    const script = performance.now() - start;
    requestAnimationFrame(() => resolve({ scriptMs: Math.round(script), drawnMs: Math.round(performance.now() - start) }));
  });
})`;

const quantile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

/** Moves the mouse in circles over the graph for `ms` (dragging or not), counting frames. */
export async function circle(page: Page, box: { x: number; y: number; width: number; height: number }, ms: number, drag: boolean): Promise<FrameStats> {
  const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(cx + 150, cy);
  await page.evaluate(START_FRAMES);
  if (drag) await page.mouse.down();
  const start = Date.now();
  for (let i = 0; Date.now() - start < ms; i++) await page.mouse.move(cx + 150 * Math.cos(i / 10), cy + 150 * Math.sin(i / 10));
  if (drag) await page.mouse.up();
  const frames = (await page.evaluate(STOP_FRAMES)) as number[];
  const gaps = frames.slice(1).map((t, i) => t - frames[i]!).sort((a, b) => a - b);
  const seconds = (frames.at(-1)! - frames[0]!) / 1000;
  return {
    fps: Math.round((frames.length - 1) / seconds),
    p50FrameMs: Math.round(quantile(gaps, 0.5)),
    p95FrameMs: Math.round(quantile(gaps, 0.95)),
  };
}

export async function benchBrowser(options: Partial<BrowserBenchOptions> = {}): Promise<BrowserBenchResult> {
  const o = { ...BROWSER_BENCH_DEFAULTS, ...options };
  if (!hasChromium) throw new Error(`browser bench needs ${CHROMIUM_PATH} (apt-get install chromium fonts-noto-cjk)`);
  const graph = syntheticGraph({ nodes: o.nodes, edges: o.edges });
  const server = await serveGraph(graph);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    // The page's copy of a 25 MB body is dropped by Chromium's inspector: the JSON size is the server's.
    const payload = { gzip: 0, json: Buffer.byteLength(safeJson(graphPayload(graph))), entity: 0 };
    const sizes: Promise<unknown>[] = [];
    page.on("response", (r) => {
      if (r.url().endsWith("/api/graph")) sizes.push(r.headerValue("content-length").then((v) => (payload.gzip = Number(v))));
      else if (r.url().includes("/api/entity/")) sizes.push(r.body().then((b) => (payload.entity = b.length), () => undefined));
    });
    await page.goto(server.url);
    await page.waitForFunction(() => document.documentElement.dataset.state === "ready", null, { timeout: 120_000 });
    const firstRenderMs = Number(await page.getAttribute("html", "data-first-render-ms"));
    const readyMs = Number(await page.getAttribute("html", "data-ready-ms"));

    // Pan: drag in circles, then sweep the mouse over nodes (hovering) the same way.
    const box = (await page.locator("#graph").boundingBox())!;
    const pan = await circle(page, box, o.panMs, true);
    const hover = await circle(page, box, o.panMs / 2, false);

    const check = (selector: string): string => timed(`document.querySelector('${selector}').click()`);
    const filter = (await page.evaluate(check('fieldset[data-filter="predicates"] input[value="co_mention"]'))) as Timing;
    const filterType = (await page.evaluate(check('fieldset[data-filter="types"] input[value="person"]'))) as Timing;
    await page.evaluate(check('fieldset[data-filter="types"] input[value="person"]')); // back on
    await page.locator('#search input[type="search"]').fill("Google");
    await page.locator("#search .suggestions li").first().waitFor();
    const selectedAt = Date.now();
    const select = (await page.evaluate(
      timed(`document.querySelector("#search .suggestions li").dispatchEvent(new MouseEvent("mousedown", { bubbles: true, cancelable: true }))`),
    )) as Timing;
    await page.locator("#entity-panel .evidence blockquote").first().waitFor();
    const evidenceMs = Date.now() - selectedAt;
    await Promise.all(sizes);

    return {
      nodes: graph.order,
      edges: graph.size,
      payloadBytes: payload,
      firstRenderMs,
      readyMs,
      pan,
      hover,
      filter,
      filterType,
      select,
      evidenceMs,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

export function formatBrowserBench(r: BrowserBenchResult): string {
  return [
    `explorer in headless Chromium, ${r.nodes.toLocaleString("en")} nodes / ${r.edges.toLocaleString("en")} edges`,
    `  /api/graph        ${(r.payloadBytes.gzip / 1e6).toFixed(1)} MB gzip (${(r.payloadBytes.json / 1e6).toFixed(1)} MB JSON); one entity's evidence ${(r.payloadBytes.entity / 1e3).toFixed(1)} kB`,
    `  first render      ${r.firstRenderMs} ms after navigation (interactive at ${r.readyMs} ms)`,
    `  panning           ${r.pan.fps} fps (frame p50 ${r.pan.p50FrameMs} ms, p95 ${r.pan.p95FrameMs} ms)`,
    `  hovering          ${r.hover.fps} fps (frame p50 ${r.hover.p50FrameMs} ms, p95 ${r.hover.p95FrameMs} ms)`,
    `  hide co-mention   ${r.filter.scriptMs} ms script, drawn after ${r.filter.drawnMs} ms`,
    `  hide a type       ${r.filterType.scriptMs} ms script, drawn after ${r.filterType.drawnMs} ms`,
    `  select + panel    ${r.select.scriptMs} ms script, drawn after ${r.select.drawnMs} ms; evidence shown after ${r.evidenceMs} ms`,
  ].join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [nodes, edges] = process.argv.slice(2).map(Number);
  // A sample-sized graph first: in software WebGL (SwiftShader) its frame rate is the ceiling.
  console.log(formatBrowserBench(await benchBrowser({ nodes: 300, edges: 1_500, panMs: 2_000 })));
  console.log(formatBrowserBench(await benchBrowser({ ...(nodes ? { nodes } : {}), ...(edges ? { edges } : {}) })));
}
