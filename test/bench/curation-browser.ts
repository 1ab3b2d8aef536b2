// Corrections in the explorer, in headless Chromium: from the click to the graph updated in
// place — the frame after the page applied the server's changes (drawn), and the one after it
// (painted: software WebGL has rasterised it) — and the server's part (the request's time). On a
// store served with a curation file of its own in a temp directory (the store's is left alone):
// a merge of two hubs and its undo, a reject and its undo, a rename, a retype, a wrong relation.
// Figures are printed, never asserted. Run alone: npx tsx test/bench/curation-browser.ts [STORE]
// (the samples, then STORE or the bulk store).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { curationFile } from "../../src/curate/file.ts";
import { loadCurated } from "../../src/curate/load.ts";
import { lookup } from "../../src/query/alias-index.ts";
import { startExplorerServer } from "../../src/server/server.ts";
import { DIST_DIR, ensureWebBuild } from "../../src/server/web-build.ts";
import { bulkStore } from "../e2e/bulk-store.ts";
import { settled } from "./browser-store.ts";
import { buildSampleStore, CHROMIUM_PATH, hasChromium, launchChromium, screenshotPath } from "../e2e/harness.ts";

export interface CorrectionTiming {
  what: string;
  /** The entity's relations before the correction. */
  relations: number;
  /** Click to the server's answer parsed (it wrote the decision, applied it, and says what changed). */
  answeredMs: number;
  /** … to the page's graph patched and everything derived from it again (panels included). */
  appliedMs: number;
  /** … to the frame after that (sigma's redraw), and the one after it (rasterised). */
  drawnMs: number;
  paintedMs: number;
  /** The answer's size (JSON, before gzip): mostly what changed. */
  answerBytes: number;
  /** The page was loaded again (it should never be). */
  reloaded: boolean;
}

export interface CorrectionsBenchResult {
  nodes: number;
  edges: number;
  steps: CorrectionTiming[];
  /** Entities the store does not have (a --quick store): their steps are left out. */
  missing: string[];
}

/** Shows `node` in the entity panel with its Correct section open. */
async function select(page: Page, node: string): Promise<void> {
  await page.evaluate((id) => (window as unknown as { aikg: { store: { dispatch(a: unknown): void } } }).aikg.store.dispatch({ type: "select", node: id }), node);
  await page.waitForFunction((id) => document.querySelector("#entity-panel")?.getAttribute("data-node") === id, node);
  await page.getByTestId("correct").locator("summary").click();
}

const relationsOf = (page: Page, node: string): Promise<number> =>
  page.evaluate((id) => (window as unknown as { aikg: { graph: { hasNode(n: string): boolean; degree(n: string): number } } }).aikg.graph.degree(id), node);

/** Does `act` (a click), waits until the page has shown the correction, and reads its timings. */
async function timed(page: Page, what: string, relations: number, act: () => Promise<void>): Promise<CorrectionTiming> {
  await settled(page);
  const before = Number((await page.getAttribute("html", "data-corrections")) ?? 0);
  let reloaded = false;
  const onLoad = (): void => void (reloaded = true);
  page.on("load", onLoad);
  await act();
  await page.waitForFunction((n) => Number(document.documentElement.dataset.corrections ?? 0) > n, before, { timeout: 120_000 });
  page.off("load", onLoad);
  const timing = await page.evaluate(() => {
    const root = document.documentElement.dataset;
    // The POST is the first request to the API after the click (the list of corrections is read again after it).
    const sent = performance.getEntriesByName("correction-sent").at(-1)!.startTime;
    const post = (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).find((e) => /\/api\/curation/.test(e.name) && e.startTime >= sent)!;
    // No function declared in here: tsx names functions with a helper the page does not have.
    return { answeredMs: Number(root.correctionAnsweredMs), appliedMs: Number(root.correctionAppliedMs), drawnMs: Number(root.correctionDrawnMs), paintedMs: Number(root.correctionPaintedMs), answerBytes: post.decodedBodySize };
  });
  return { what, relations, ...timing, reloaded };
}

/** `screenshot`: where to save the page after the merge, if anywhere. */
export async function benchCorrections(store: string, screenshot?: string): Promise<CorrectionsBenchResult> {
  if (!hasChromium) throw new Error(`the corrections bench needs ${CHROMIUM_PATH} (apt-get install chromium fonts-noto-cjk)`);
  const scratch = mkdtempSync(join(tmpdir(), "aikg-bench-curation-"));
  writeFileSync(join(scratch, "curation.jsonl"), "");
  const file = curationFile(store, join(scratch, "curation.jsonl"));
  const loaded = await loadCurated(store, file);
  const [nodes, edges] = [loaded.graph.order, loaded.graph.size]; // before the corrections change it
  const index = loaded.aliasIndex();
  const missing: string[] = [];
  const id = (name: string): string => {
    const found = lookup(index, name);
    if (!found) missing.push(name);
    return found ?? "";
  };
  const [google, deepmind, xai, deepseek, github, openai] = ["Google", "Google DeepMind", "xAI", "DeepSeek", "GitHub", "OpenAI"].map(id) as [string, string, string, string, string, string];
  await ensureWebBuild();
  const server = await startExplorerServer({ graph: loaded.graph, manifest: loaded.manifest, distDir: DIST_DIR, host: "127.0.0.1", port: 0, curation: { store: loaded, reload: () => loadCurated(store, file) } });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(server.url);
    await page.waitForFunction(() => document.documentElement.dataset.state === "ready", null, { timeout: 120_000 });
    const panel = page.getByTestId("entity-panel");
    const steps: CorrectionTiming[] = [];
    const undo = async (what: string): Promise<void> => void steps.push(await timed(page, what, 0, () => page.getByTestId("toast-undo").click()));

    // Each step needs its entities (a --quick store may lack some).
    const plan: [needs: string[], run: () => Promise<void>][] = [
      [[google, deepmind], async () => {
        await select(page, google);
        await panel.getByTestId("merge-into").click();
        await panel.locator(".correct-form input").fill("Google DeepMind");
        const choice = panel.locator(".correct-form .suggestions li").filter({ hasText: "Google DeepMind" }).first();
        await choice.waitFor();
        const merged = (await relationsOf(page, google)) + (await relationsOf(page, deepmind));
        steps.push(await timed(page, "merge Google into Google DeepMind", merged, () => choice.dispatchEvent("mousedown")));
        if (screenshot) await page.screenshot({ path: screenshot });
        await undo("undo the merge (the store loaded again)");
      }],
      [[xai], async () => {
        await select(page, xai);
        await panel.getByTestId("not-an-entity").click();
        steps.push(await timed(page, "reject xAI", await relationsOf(page, xai), () => panel.getByTestId("reject-confirm").click()));
        await undo("undo the reject (the store loaded again)");
      }],
      [[deepseek], async () => {
        await select(page, deepseek);
        await panel.getByTestId("rename").click();
        await panel.getByTestId("rename-input").fill("DeepSeek AI");
        steps.push(await timed(page, "rename DeepSeek", await relationsOf(page, deepseek), () => panel.getByTestId("rename-save").click()));
      }],
      [[github], async () => {
        await select(page, github);
        await panel.getByTestId("wrong-type").click();
        const type = loaded.graph.getNodeAttribute(github, "type") === "organization" ? "product" : "organization";
        await panel.getByTestId("retype-select").selectOption(type);
        steps.push(await timed(page, `retype GitHub as ${type}`, await relationsOf(page, github), () => panel.getByTestId("retype-save").click()));
      }],
      [[openai], async () => {
        await select(page, openai);
        steps.push(await timed(page, "wrong relation (one of OpenAI's)", await relationsOf(page, openai), () => panel.getByTestId("wrong-relation").first().click()));
      }],
    ];
    for (const [needs, run] of plan) if (needs.every(Boolean)) await run();
    return { nodes, edges, steps, missing };
  } finally {
    await browser.close();
    await server.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

const ms = (x: number): string => `${String(x).padStart(5)} ms`;

export function formatCorrectionsBench(r: CorrectionsBenchResult): string {
  const lines = r.steps.map(
    (s) =>
      `  ${s.what.padEnd(42)} ${s.relations ? `${s.relations.toLocaleString("en").padStart(6)} rel.` : "".padStart(11)}  answered ${ms(s.answeredMs)}, applied ${ms(s.appliedMs)}, drawn ${ms(s.drawnMs)}, painted ${ms(s.paintedMs)}; answer ${(s.answerBytes / 1e3).toFixed(0).padStart(5)} kB${s.reloaded ? "  (LOADED AGAIN)" : ""}`,
  );
  const missing = r.missing.length ? [`  (left out: the store has no ${r.missing.join(", ")})`] : [];
  return [`corrections in the explorer, ${r.nodes.toLocaleString("en")} entities / ${r.edges.toLocaleString("en")} relations: click to graph updated in place`, ...lines, ...missing].join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const samples = await buildSampleStore();
  try {
    console.log(formatCorrectionsBench(await benchCorrections(samples, screenshotPath("curation-bench-samples-merged"))));
  } finally {
    rmSync(samples, { recursive: true, force: true });
  }
  console.log(formatCorrectionsBench(await benchCorrections(process.argv[2] ?? (await bulkStore(console.log)), screenshotPath("curation-bench-store-merged"))));
}
