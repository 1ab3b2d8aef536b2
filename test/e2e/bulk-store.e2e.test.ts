// The explorer on the real bulk store (905 digests, ~24k entities, ~151k relations), where the
// bugs hid that small fixtures never showed: every filter toggled, a hub selected with its
// evidence and time line, typed-only, what is new this week; last, a merge of two hubs shown in
// place (sigma forgets the node gone, draws the rest) and undone. Builds the store once per
// version of the code (bulk-store.ts); corrections go to a curation file in a temp directory, the
// store's is left alone. Needs ../shared: skipped without it, an error under CI=true.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { curationFile } from "../../src/curate/file.ts";
import { loadCurated } from "../../src/curate/load.ts";
import { lookup } from "../../src/query/alias-index.ts";
import { startExplorerServer } from "../../src/server/server.ts";
import { DIST_DIR, ensureWebBuild } from "../../src/server/web-build.ts";
import type { KnowledgeGraph } from "../../src/graph/types.ts";
import type { RunningServer } from "../../src/server/server.ts";
import { ENTITY_TYPES, PREDICATES } from "../../src/types.ts";
import type { EdgeAttributes, NodeAttributes } from "../../src/types.ts";
import { hasShared, sharedSkipReason } from "../shared.ts";
import { bulkStore } from "./bulk-store.ts";
import { chromiumSkipReason, hasChromium, launchChromium, screenshotPath } from "./harness.ts";
import { drawn as drawnOn, forcedLabels, hashParam, inked, switchSteps } from "./page-probes.ts";
import type { Step } from "./page-probes.ts";

let graph: KnowledgeGraph;
let ids: { google: string; deepmind: string };
let scratch: string;
let server: RunningServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];
const drawn = (): Promise<{ nodes: number; edges: number }> => drawnOn(page)();
const param = (name: string) => (): string | null => hashParam(page, name)();
const panel = (): ReturnType<Page["locator"]> => page.getByTestId("entity-panel");
const shot = (name: string) => page.screenshot({ path: screenshotPath(name) });
const POLL = { timeout: 30_000, interval: 100 };

function count(node: (n: string, a: NodeAttributes) => boolean, edge: (a: EdgeAttributes) => boolean = () => true): { nodes: number; edges: number } {
  const kept = new Set(graph.filterNodes(node));
  return { nodes: kept.size, edges: graph.filterEdges((_, a, s, t) => edge(a) && kept.has(s) && kept.has(t)).length };
}

describe.skipIf(!hasChromium || !hasShared)(`explorer on the bulk store${chromiumSkipReason}${sharedSkipReason}`, () => {
  beforeAll(async () => {
    const store = await bulkStore();
    scratch = mkdtempSync(join(tmpdir(), "aikg-bulk-curation-"));
    writeFileSync(join(scratch, "curation.jsonl"), "");
    const file = curationFile(store, join(scratch, "curation.jsonl"));
    const loaded = await loadCurated(store, file);
    graph = loaded.graph;
    const index = loaded.aliasIndex();
    ids = { google: lookup(index, "Google")!, deepmind: lookup(index, "Google DeepMind")! };
    await ensureWebBuild();
    server = await startExplorerServer({ graph, manifest: loaded.manifest, distDir: DIST_DIR, host: "127.0.0.1", port: 0, curation: { store: loaded, reload: () => loadCurated(store, file) } });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on("console", (m) => void (m.type() === "error" && problems.push(`console: ${m.text()}`)));
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    await page.goto(server.url);
    await page.waitForFunction(() => document.documentElement.dataset.state === "ready", null, { timeout: 120_000 });
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  test("opens with every entity and relation drawn, labelled community by community", async () => {
    expect(graph.size).toBeGreaterThan(120_000); // the size the co-mention switch once overflowed at
    await expect.poll(drawn, POLL).toEqual({ nodes: graph.order, edges: graph.size });
    expect((await forcedLabels(page)).length).toBeGreaterThan(15);
    await shot("bulk-1-overview");
  });

  test("every filter changes the drawn graph and the URL, without a page error", async () => {
    const steps: Step[] = [
      ...ENTITY_TYPES.map((type): Step => ({ control: `input[data-type="${type}"]`, url: ["hideTypes", type], expected: count((_, a) => a.type !== type) })),
      ...[...PREDICATES, "co_mention" as const].map((predicate): Step => ({
        control: `input[data-predicate="${predicate}"]`,
        url: ["hidePreds", predicate],
        expected: count(() => true, (a) => a.predicate !== predicate),
      })),
      { control: 'input[name="minDegree"]', value: "10", url: ["minDeg", "10"], expected: count((n) => graph.getNodeAttribute(n, "degree")! >= 10) },
      { control: 'input[name="from"]', value: "2026-06-01", url: ["from", "2026-06-01"], expected: count((_, a) => (a.lastSeen ?? a.firstSeen ?? "") >= "2026-06-01", (a) => (a.lastSeen ?? a.firstSeen ?? "") >= "2026-06-01") },
    ];
    let previous: Step | null = null;
    for (const step of steps) {
      await switchSteps(page, previous, step);
      await expect.poll(drawn, POLL).toEqual(step.expected);
      await expect.poll(param(step.url[0]), POLL).toBe(step.url[1]);
      previous = step;
    }
    await switchSteps(page, previous, null);
    await expect.poll(drawn, POLL).toEqual({ nodes: graph.order, edges: graph.size });
    expect(problems).toEqual([]);
  }, 300_000);

  test("a hub: its neighbourhood over a veil, its evidence paged, its time line", async () => {
    await page.locator('#search input[type="search"]').fill("DeepSeek");
    await page.locator("#search .suggestions li").first().click();
    await expect.poll(() => panel().getAttribute("data-node")).toBe("deepseek");
    await expect.poll(inked(page, "emphasisFocus"), POLL).toBeGreaterThan(100_000);
    await expect.poll(inked(page, "emphasisLabels"), POLL).toBeGreaterThan(1_000);
    // The strongest typed relation, with the evidence the store kept for it.
    const [edge, a] = graph.filterEdges("deepseek", (_, x) => x.predicate === "develops").map((e) => [e, graph.getEdgeAttributes(e)] as const).sort((x, y) => y[1].weight - x[1].weight)[0]!;
    const relation = panel().locator(`.relation[data-edge="${edge}"]`);
    await expect.poll(() => relation.locator(".evidence-count").textContent(), POLL).toBe(`2 of ${a.weight}`);
    await relation.getByRole("button", { name: "More evidence" }).click();
    await expect.poll(() => relation.locator(".evidence-count").textContent(), POLL).toBe(`${Math.min(22, a.evidence.length)} of ${a.weight}`);
    expect(await relation.locator(".evidence blockquote").count()).toBe(Math.min(22, a.evidence.length));
    // Its weakest co-mention, far past the first page of /api/entity (the 200 strongest), gets its evidence too.
    const weakest = graph.filterEdges("deepseek", (_, x) => x.predicate === "co_mention").sort((x, y) => graph.getEdgeAttribute(x, "weight") - graph.getEdgeAttribute(y, "weight") || (x < y ? 1 : -1))[0]!;
    expect(graph.degree("deepseek")).toBeGreaterThan(400);
    const coMentions = panel().locator('.relation-group[data-predicate="co_mention"]');
    await coMentions.locator("summary").click();
    await coMentions.getByRole("button", { name: /^Show all/ }).click();
    await expect.poll(() => panel().locator(`.relation[data-edge="${weakest}"] .evidence`).count(), POLL).toBeGreaterThan(0);
    const timeline = panel().getByTestId("timeline");
    expect(await timeline.locator(".week .bar").count()).toBeGreaterThan(30);
    expect(await timeline.locator(".week .first").count()).toBeGreaterThan(10);
    await shot("bulk-2-deepseek");
    await timeline.screenshot({ path: screenshotPath("bulk-3-timeline") });
    await page.locator('input[data-predicate="co_mention"]').uncheck();
    await expect.poll(param("hidePreds"), POLL).toBe("co_mention");
    await page.waitForTimeout(800); // the camera frames the typed neighbourhood
    await shot("bulk-4-typed-only");
    await page.keyboard.press("Escape");
    await expect.poll(() => panel().isHidden()).toBe(true);
    await page.getByRole("button", { name: "Reset filters" }).click();
  });

  test("what is new this week", async () => {
    let last = "";
    graph.forEachNode((_, a) => void ((a.lastSeen ?? "") > last && (last = a.lastSeen!)));
    graph.forEachEdge((_, a) => void ((a.lastSeen ?? "") > last && (last = a.lastSeen!)));
    const since = new Date(Date.parse(last) - 6 * 86_400_000).toISOString().slice(0, 10);
    await page.getByRole("button", { name: "New this week" }).click();
    await expect.poll(param("from"), POLL).toBe(since);
    const fresh = graph.filterEdges((_, a) => (a.firstSeen ?? "") >= since);
    const touched = new Set(fresh.flatMap((e) => graph.extremities(e)));
    const expected = { nodes: graph.filterNodes((n, a) => (a.firstSeen ?? "") >= since || touched.has(n)).length, edges: fresh.length };
    expect(expected.nodes).toBeGreaterThan(0);
    await expect.poll(drawn, POLL).toEqual(expected);
    await page.waitForTimeout(800);
    await shot("bulk-5-new-this-week");
    await page.getByRole("button", { name: "Reset filters" }).click();
    expect(problems).toEqual([]);
  });

  // Last: the server's graph (this file's `graph`) is the merged one after it.
  test("a merge of two hubs shows in place: sigma forgets the node gone and draws the rest; undo brings it back", async () => {
    const { google, deepmind } = ids;
    const before = { nodes: graph.order, edges: graph.size };
    await expect.poll(drawn, POLL).toEqual(before);
    await page.evaluate(() => void ((window as unknown as { marker: string }).marker = "not loaded again"));
    await page.evaluate((id) => (window as unknown as { aikg: { store: { dispatch(a: unknown): void } } }).aikg.store.dispatch({ type: "select", node: id }), google);
    await expect.poll(() => panel().getAttribute("data-node"), POLL).toBe(google);
    await panel().getByTestId("correct").locator("summary").click();
    await panel().getByTestId("merge-into").click();
    await panel().locator(".correct-form input").fill("Google DeepMind");
    const choice = panel().locator(".correct-form .suggestions li").filter({ hasText: "Google DeepMind" }).first();
    await choice.waitFor();
    await choice.dispatchEvent("mousedown");
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.corrections), POLL).toBe("1");
    expect(await panel().getAttribute("data-node")).toBe(deepmind);
    const sigmaHolds = (id: string): Promise<[boolean, boolean]> =>
      page.evaluate((node) => {
        const sigma = (window as unknown as { aikg: { sigma: { nodeDataCache: Record<string, unknown>; nodesWithForcedLabels: Set<string> } } }).aikg.sigma;
        return [node in sigma.nodeDataCache, sigma.nodesWithForcedLabels.has(node)];
      }, id);
    expect(await sigmaHolds(google)).toEqual([false, false]);
    const merged = await page.evaluate(() => {
      const g = (window as unknown as { aikg: { graph: KnowledgeGraph } }).aikg.graph;
      return { nodes: g.order, edges: g.size };
    });
    expect(merged.nodes).toBe(before.nodes - 1);
    await page.keyboard.press("Escape");
    await expect.poll(drawn, POLL).toEqual(merged);
    await expect.poll(() => page.getByTestId("shown").textContent(), POLL).toContain(`of ${merged.nodes.toLocaleString("en")} entities`);
    await shot("bulk-6-merged");
    await page.getByTestId("toast-undo").click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.corrections), POLL).toBe("2");
    await expect.poll(drawn, POLL).toEqual(before);
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe("not loaded again");
    expect(problems).toEqual([]);
  });
});
