// Correcting the graph from the explorer, in headless Chromium over the sample store served with
// its curation (as `aikg serve` does): merge two entities and reject one from the entity panel,
// each shown at once in place (the page is not loaded again: a marker on its window survives),
// reload, the change is there (served from the store's curation file) and the graph is the one
// the page had patched; undo brings it back, in place too; Rename, Wrong type and Wrong relation
// too. A write from a page of another origin, or without the page's token, is refused and
// changes nothing. Screenshots: curation-*.png.
import { existsSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadCurated } from "../../src/curate/load.ts";
import { lookup } from "../../src/query/alias-index.ts";
import { startExplorerServer, type RunningServer } from "../../src/server/server.ts";
import { DIST_DIR, ensureWebBuild } from "../../src/server/web-build.ts";
import { buildSampleStore, chromiumSkipReason, hasChromium, launchChromium, screenshotPath } from "./harness.ts";

let store: string;
let server: RunningServer;
let browser: Browser;
let page: Page;
let ids: Record<string, string>;
const problems: string[] = [];
const file = (): string => join(store, "curation.jsonl");
const decisions = (): string[] => (existsSync(file()) ? readFileSync(file(), "utf8").split("\n").filter(Boolean) : []);

/** The node ids the page shows (its graph, as the server sent it). */
const pageHas = (id: string): Promise<boolean> => page.evaluate((node) => (window as unknown as { aikg: { graph: { hasNode(n: string): boolean } } }).aikg.graph.hasNode(node), id);

async function ready(): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.state === "ready", null, { timeout: 30_000 });
}

/** Selects an entity through the URL (the page reads the view from it), and opens its Correct section. */
async function select(id: string): Promise<void> {
  await page.goto(`${server.url}#sel=${encodeURIComponent(id)}`);
  await page.reload();
  await ready();
  await expect.poll(() => page.getByTestId("entity-panel").getAttribute("data-node")).toBe(id);
  await page.getByTestId("correct").locator("summary").click();
}

/** Undoes decision n from the sidebar's list of corrections (opened if folded). */
async function undoFromList(n: number): Promise<void> {
  const section = page.locator("#corrections-section");
  if (!(await section.evaluate((d) => (d as HTMLDetailsElement).open))) await section.locator("summary").click();
  await section.locator(`ul.corrections li[data-n="${n}"]`).getByTestId("undo-decision").click();
}

/** Corrections the page has shown in place since it loaded. */
const shown = async (): Promise<number> => Number(await page.evaluate(() => document.documentElement.dataset.corrections ?? 0));

/**
 * Does `act`, then waits for the correction to show in place, announced: the page is not loaded
 * again (no load event, and a marker set on its window before survives).
 */
async function corrected(act: () => Promise<void>, announced: RegExp): Promise<void> {
  const before = await shown();
  await page.evaluate(() => void ((window as unknown as { marker: string }).marker = "not loaded again"));
  let loads = 0;
  const onLoad = (): void => void loads++;
  page.on("load", onLoad);
  await act();
  await page.waitForFunction((n) => Number(document.documentElement.dataset.corrections ?? 0) > n, before, { timeout: 30_000 });
  page.off("load", onLoad);
  expect(loads).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe("not loaded again");
  await expect.poll(() => page.getByTestId("toast-text").textContent()).toMatch(announced);
}

/** What the page shows of its graph, in a stable order: what it patched must be what a fresh load gives. */
const pageGraph = (): Promise<unknown> =>
  page.evaluate(() => {
    const graph = (window as unknown as { aikg: { graph: import("../../src/graph/types.ts").KnowledgeGraph } }).aikg.graph;
    const nodes = graph.mapNodes((n, a) => [n, a.name, a.type, a.aliases.join("|"), a.mentions, a.degree, a.weightedDegree, a.firstSeen, a.lastSeen].join(" ")).sort();
    const edges = graph.mapEdges((e, a) => [e, a.weight, a.firstSeen, a.lastSeen].join(" ")).sort();
    return { nodes, edges };
  });

describe.skipIf(!hasChromium)(`correcting the graph from the explorer${chromiumSkipReason}`, () => {
  beforeAll(async () => {
    store = await buildSampleStore();
    const loaded = await loadCurated(store);
    const index = loaded.aliasIndex();
    ids = Object.fromEntries(["Google", "Google DeepMind", "xAI", "GitHub", "Claude Code", "OpenAI", "Microsoft"].map((name) => [name, lookup(index, name)!]));
    await ensureWebBuild();
    server = await startExplorerServer({ graph: loaded.graph, manifest: loaded.manifest, distDir: DIST_DIR, host: "127.0.0.1", port: 0, curation: { store: loaded, reload: () => loadCurated(store) } });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("console", (m) => {
      // The refused cross-origin write below logs a CORS error in the other page, not this one.
      if (m.type() === "error") problems.push(`console: ${m.text()}`);
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (store) rmSync(store, { recursive: true, force: true });
  });

  test("merge two entities and reject one from the panel; reload: the change is there; undo brings it back", { timeout: 120_000 }, async () => {
    await select(ids.Google!);
    await page.getByTestId("merge-into").click();
    const picker = page.getByTestId("entity-panel").locator(".correct-form input");
    await picker.fill("Google DeepMind");
    await page.getByTestId("entity-panel").locator(".correct-form .suggestions li").first().waitFor();
    await page.screenshot({ path: screenshotPath("curation-0-merge-into") });
    await corrected(() => page.getByTestId("entity-panel").locator(".correct-form .suggestions li").filter({ hasText: "Google DeepMind" }).first().dispatchEvent("mousedown"), /merge 'Google' into 'Google DeepMind'/);
    // At once: the page's graph, its panel, its search and its legend follow.
    expect(await pageHas(ids.Google!)).toBe(false);
    expect(await page.getByTestId("entity-panel").locator("h2").textContent()).toBe("Google DeepMind");
    expect(await page.getByTestId("entity-panel").locator("dl.facts").textContent()).toContain("谷歌");
    await page.locator("#search input").fill("谷歌");
    await expect.poll(() => page.locator("#search .suggestions li").first().textContent()).toContain("Google DeepMind");
    await page.locator("#search input").fill("");
    await page.screenshot({ path: screenshotPath("curation-1-merged") });

    await select(ids.xAI!);
    await page.getByTestId("not-an-entity").click();
    await corrected(() => page.getByTestId("reject-confirm").click(), /reject 'xAI' \(organization\): not an entity/);
    expect(await pageHas(ids.xAI!)).toBe(false);
    await expect.poll(() => page.getByTestId("entity-panel").isHidden()).toBe(true);
    await page.screenshot({ path: screenshotPath("curation-2-rejected") });

    // Loaded afresh, the page shows the corrections the server keeps in the store's file: the graph it had patched.
    const patched = await pageGraph();
    await page.reload();
    await ready();
    expect(await pageGraph()).toEqual(patched);
    expect([await pageHas(ids.Google!), await pageHas(ids.xAI!)]).toEqual([false, false]);
    expect(decisions().map((line) => JSON.parse(line))).toMatchObject([
      { action: "merge", into: { name: "Google DeepMind" }, others: [{ name: "Google" }], via: "explorer" },
      { action: "reject", entity: { name: "xAI" }, via: "explorer" },
    ]);
    await page.locator("#corrections-section summary").click();
    await expect.poll(() => page.locator("ul.corrections li").count()).toBe(2);
    await page.screenshot({ path: screenshotPath("curation-3-list") });

    // Undo, from the list: the merge (decision 1); the reject is then decision 1, undone from the announcement.
    await corrected(() => undoFromList(1), /Undone: merge 'Google' into 'Google DeepMind'/);
    expect(await pageHas(ids.Google!)).toBe(true);
    expect(await pageHas(ids.xAI!)).toBe(false);
    await expect.poll(() => page.locator("ul.corrections li").count()).toBe(1);
    const undone = await pageGraph();
    await page.reload();
    await ready();
    expect(await pageGraph()).toEqual(undone);
    await select(ids.GitHub!);
    await page.getByTestId("wrong-type").click();
    await page.getByTestId("retype-select").selectOption("organization");
    await corrected(() => page.getByTestId("retype-save").click(), /retype 'GitHub' \(product\) as organization/);
    await corrected(() => page.getByTestId("toast-undo").click(), /Undone: retype 'GitHub'/);
    expect(decisions()).toHaveLength(1);
    await corrected(() => undoFromList(1), /Undone: reject 'xAI'/);
    expect(await pageHas(ids.xAI!)).toBe(true);
    // The entity a reject took away is back, and shown.
    await expect.poll(() => page.getByTestId("entity-panel").getAttribute("data-node")).toBe(ids.xAI!);
    expect(decisions()).toEqual([]);
  });

  test("Rename and Wrong relation", { timeout: 60_000 }, async () => {
    await select(ids["Claude Code"]!);
    await page.getByTestId("rename").click();
    await page.getByTestId("rename-input").fill("Claude Code CLI");
    await corrected(() => page.getByTestId("rename-save").click(), /rename 'Claude Code' to 'Claude Code CLI'/);
    await expect.poll(() => page.getByTestId("entity-panel").locator("h2").textContent()).toBe("Claude Code CLI");

    await select(ids.OpenAI!);
    const edge = `partners_with|${[ids.Microsoft!, ids.OpenAI!].sort().join("|")}`;
    const row = page.getByTestId("entity-panel").locator(`li.relation[data-edge="${edge}"]`);
    await corrected(() => row.getByTestId("wrong-relation").click(), /reject relation 'OpenAI' partners_with 'Microsoft'|reject relation 'Microsoft' partners_with 'OpenAI'/);
    expect(await page.evaluate((key) => (window as unknown as { aikg: { graph: { hasEdge(k: string): boolean } } }).aikg.graph.hasEdge(key), edge)).toBe(false);
    await page.screenshot({ path: screenshotPath("curation-4-relation") });
    expect(decisions()).toHaveLength(2);
  });

  test("a write from another origin, or without the page's token, is refused and changes nothing", { timeout: 60_000 }, async () => {
    const before = decisions();
    // Without the token, from the explorer's own page.
    const withoutToken = await page.evaluate(async (entity) => {
      const r = await fetch("/api/curation", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ action: "reject", entity }) });
      return [r.status, await r.text()];
    }, ids.Microsoft!);
    expect(withoutToken).toEqual([403, "the edit token is missing or not this server's (reload the page: the server may have been restarted)\n"]);
    // From a page of another origin (another port), with every header a script there can send.
    const other: Server = createServer((_req, res) => res.end("<!doctype html><title>elsewhere</title>"));
    await new Promise<void>((done) => other.listen(0, "127.0.0.1", done));
    try {
      const elsewhere = await browser.newPage();
      await elsewhere.goto(`http://127.0.0.1:${(other.address() as AddressInfo).port}/`);
      const outcome = await elsewhere.evaluate(
        async ({ url, entity }) => {
          const tries: string[] = [];
          try {
            const r = await fetch(`${url}api/curation`, { method: "POST", headers: { "Content-Type": "application/json", "X-Aikg-Token": "guessed" }, body: JSON.stringify({ action: "reject", entity }) });
            tries.push(`json ${r.status}`);
          } catch {
            tries.push("json blocked"); // the preflight finds no CORS grant
          }
          // A "simple" request needs no preflight: it reaches the server, which refuses it (and its
          // answer is not even readable there: Cross-Origin-Resource-Policy).
          try {
            await fetch(`${url}api/curation`, { method: "POST", mode: "no-cors", headers: { "Content-Type": "text/plain" }, body: JSON.stringify({ action: "reject", entity }) });
            tries.push("simple answered");
          } catch {
            tries.push("simple blocked");
          }
          return tries;
        },
        { url: server.url, entity: ids.Microsoft! },
      );
      expect(outcome).toEqual(["json blocked", "simple blocked"]);
      await elsewhere.close();
    } finally {
      await new Promise((done) => other.close(done));
    }
    expect(decisions()).toEqual(before);
    await page.reload();
    await ready();
    expect(await pageHas(ids.Microsoft!)).toBe(true);
    expect(problems.filter((p) => !p.includes("403"))).toEqual([]);
  });
});
