// The explorer on a graph of the bulk store's size and beyond (25,000 nodes, 150,000 edges, as
// many co-mentions as the bulk store has: spreading them into one call once overflowed the
// stack), above the large-graph threshold (30,000 nodes + edges), where it draws differently:
// cheap sigma programs, partial refreshes, and hover drawn on the emphasis layer instead of
// through a sigma refresh. Checks what a person would see, and that every filter works.
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { KnowledgeGraph } from "../../src/graph/types.ts";
import { edgeKey } from "../../src/graph/edges.ts";
import type { EdgeAttributes, Evidence, NodeAttributes } from "../../src/types.ts";
import type { RunningServer } from "../../src/server/server.ts";
import { chromiumSkipReason, hasChromium, launchChromium, pngDifference, screenshotPath, serveGraph } from "./harness.ts";
import { cameraState, drawn as drawnOn, drawnOutside, forcedLabels, hashParam, inked, switchSteps as switchOn } from "./page-probes.ts";
import type { Step } from "./page-probes.ts";
import { syntheticGraph } from "./synthetic-graph.ts";
import { ENTITY_TYPES, PREDICATES } from "../../src/types.ts";

let graph: KnowledgeGraph;
// A relation seen 357 times, of which the store kept the newest 45, to page through.
const PAGED_EDGE = edgeKey("acquires", "google", "openai");
const PAGED: Evidence[] = Array.from({ length: 45 }, (_, i) => {
  const date = new Date(Date.UTC(2025, 5, 30) - i * 86_400_000).toISOString().slice(0, 10);
  return { doc: `paged_${date}`, date, text: `Google buys a stake in OpenAI, says report ${i}.`, span: { start: 0, end: 10 }, url: `https://example.com/${i}` };
});
let server: RunningServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];
const drawn = (): Promise<{ nodes: number; edges: number }> => drawnOn(page)();

const emphasised = (): Promise<number> => inked(page, "emphasisEdges")();
const focused = (): Promise<number> => inked(page, "emphasisFocus")();
const labelled = (): Promise<number> => inked(page, "emphasisLabels")();
const panel = (): ReturnType<Page["locator"]> => page.getByTestId("entity-panel");
const param = (name: string) => (): string | null => hashParam(page, name)();

/** What a filter should leave: nodes that pass, and edges that pass between two that do. */
function count(node: (n: string, a: NodeAttributes) => boolean, edge: (a: EdgeAttributes, s: string, t: string) => boolean = () => true): { nodes: number; edges: number } {
  const kept = new Set(graph.filterNodes(node));
  return { nodes: kept.size, edges: graph.filterEdges((_, a, s, t) => edge(a, s, t) && kept.has(s) && kept.has(t)).length };
}

async function centre(): Promise<{ x: number; y: number }> {
  const box = (await page.locator("#graph").boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function select(name: string): Promise<void> {
  await page.locator('#search input[type="search"]').fill(name);
  await page.locator("#search .suggestions li").filter({ hasText: name }).first().click();
  await expect.poll(() => panel().locator("h2").textContent()).toBe(name);
}

describe.skipIf(!hasChromium)(`explorer on a large graph${chromiumSkipReason}`, () => {
  beforeAll(async () => {
    graph = syntheticGraph({ nodes: 25_000, edges: 150_000, coMentionShare: 0.94 });
    if (graph.hasEdge(PAGED_EDGE)) graph.dropEdge(PAGED_EDGE);
    graph.addEdgeWithKey(PAGED_EDGE, "google", "openai", { predicate: "acquires", weight: 357, evidence: PAGED, firstSeen: PAGED.at(-1)!.date, lastSeen: PAGED[0]!.date });
    server = await serveGraph(graph);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    page.on("console", (m) => void (m.type() === "error" && problems.push(`console: ${m.text()}`)));
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    await page.goto(server.url);
    await page.waitForFunction(() => document.documentElement.dataset.state === "ready", null, { timeout: 60_000 });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test("a selection shows the entity's evidence, fetched from the server", async () => {
    await select("Google");
    const texts = graph.mapEdges("google", (_, a) => a.evidence.map((e) => e.text)).flat();
    const first = await panel().locator(".evidence blockquote").first().textContent();
    expect(texts).toContain(first);
    await expect.poll(focused).toBeGreaterThan(0); // the veil, and the selection's edges over it
  });

  test("hovering draws the hovered neighbourhood on the emphasis layer; leaving clears it", async () => {
    await panel().locator("button.close").click();
    await expect.poll(focused).toBe(0);
    await expect.poll(emphasised).toBe(0);
    // The camera centred on Google when it was selected: a node sits in the middle of the graph.
    const { x, y } = await centre();
    await page.mouse.move(x, y);
    await expect.poll(emphasised).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath("8-large-graph-hover") });
    const box = (await page.locator("#graph").boundingBox())!;
    await page.mouse.move(box.x + 5, box.y + 5);
    await expect.poll(emphasised).toBe(0);
  });

  test("after dragging the stage, nodes can still be hovered and clicked", async () => {
    const { x, y } = await centre();
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(x + i * 10, y + i * 5);
    await page.waitForTimeout(300); // held still before release: the camera does not glide on
    await page.mouse.up();
    // While dragging, nodes were drawn without their picking pass: hovering needs it back.
    await page.mouse.move(x, y);
    await page.mouse.move(x + 100, y + 50); // about where the centred node went
    await expect.poll(emphasised).toBeGreaterThan(0);
    await page.waitForTimeout(400); // sigma would take a click this soon after the drag's release for a double click
    await page.mouse.click(x + 100, y + 50);
    await expect.poll(() => panel().isVisible()).toBe(true);
  });

  test("switching co-mentions off takes them out of the panel", async () => {
    await select("Google");
    await expect.poll(() => panel().locator('.relation-group[data-predicate="co_mention"]').count()).toBe(1);
    await page.locator('fieldset[data-filter="predicates"] input[value="co_mention"]').uncheck();
    await expect.poll(() => panel().locator('.relation-group[data-predicate="co_mention"]').count()).toBe(0);
  });

  test("a hub's selection veils the rest, draws its relations and labels its neighbours over it, and is framed", async () => {
    await page.getByRole("button", { name: "Reset filters" }).click();
    if (await panel().isVisible()) await panel().locator("button.close").click();
    await page.getByTestId("zoom-fit").click();
    await expect.poll(async () => (await cameraState(page)).ratio).toBeCloseTo(1, 2);
    await select("Google");
    await expect.poll(focused).toBeGreaterThan(100_000); // the veil covers the graph area
    await expect.poll(labelled).toBeGreaterThan(500); // neighbours' labels
    // Framed: centred on Google, closer than the whole graph.
    await expect.poll(async () => (await cameraState(page)).ratio, { timeout: 5_000 }).toBeLessThan(1);
    const at = await page.evaluate(() => {
      const { sigma, graph: g } = (window as unknown as { aikg: { sigma: import("sigma").default; graph: KnowledgeGraph } }).aikg;
      const { width, height } = sigma.getDimensions();
      const p = sigma.graphToViewport({ x: g.getNodeAttribute("google", "x")!, y: g.getNodeAttribute("google", "y")! });
      return [p.x / width, p.y / height];
    });
    expect(at[0]).toBeCloseTo(0.5, 1);
    expect(at[1]).toBeCloseTo(0.5, 1);
    await page.screenshot({ path: screenshotPath("9-large-graph-selection") });
  });

  test("the PNG export is what is on screen: veil, relations and labels", async () => {
    await page.waitForTimeout(600);
    const box = (await page.locator("#graph").boundingBox())!;
    const screen = await page.screenshot({ clip: box });
    const [png] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "PNG" }).click()]);
    const bytes = readFileSync((await png.path())!);
    expect(await pngDifference(page, bytes, screen, { left: 0.05, top: 0.1, right: 0.85, bottom: 0.8 })).toBeLessThan(0.002);
  });

  test("evidence: 2 of 357, then 20 more at a time from the server, up to what the store keeps", async () => {
    const relation = panel().locator(`.relation[data-edge="${PAGED_EDGE}"]`);
    const shown = () => relation.locator(".evidence-count").textContent();
    await expect.poll(shown).toBe("2 of 357");
    const more = relation.getByRole("button", { name: "More evidence" });
    for (const expected of ["22 of 357", "42 of 357", "all 45 kept of 357 (the store keeps the newest)"]) {
      await more.click();
      await expect.poll(shown).toBe(expected);
    }
    expect(await more.isHidden()).toBe(true);
    expect(await relation.locator(".evidence blockquote").allTextContents()).toEqual(PAGED.map((e) => e.text));
    // Both names are marked.
    expect(await relation.locator(".evidence").first().locator("mark").allTextContents()).toEqual(["Google", "OpenAI"]);
  });

  test("the overview labels the top entities of each large community", async () => {
    await panel().locator("button.close").click();
    const forced = new Set(await forcedLabels(page));
    expect(forced.size).toBeGreaterThan(10);
    expect(forced.size).toBeLessThanOrEqual(150);
    const top = new Map<number, { node: string; rank: number; size: number }>();
    graph.forEachNode((node, a) => {
      const t = top.get(a.community!) ?? { node, rank: -1, size: 0 };
      t.size++;
      if (a.pagerank! > t.rank) [t.node, t.rank] = [node, a.pagerank!];
      top.set(a.community!, t);
    });
    const largest = [...top.values()].sort((a, b) => b.size - a.size).slice(0, 5);
    for (const { node } of largest) expect(forced.has(node)).toBe(true);
  });

  test("zoom buttons, and filters frame what they keep", async () => {
    await page.getByTestId("zoom-in").click();
    await page.getByTestId("zoom-in").click();
    await expect.poll(async () => (await cameraState(page)).ratio).toBeLessThan(0.5);
    await page.getByTestId("zoom-fit").click();
    await expect.poll(async () => (await cameraState(page)).ratio).toBeCloseTo(1, 2);
    await page.getByTestId("zoom-in").click();
    await page.getByTestId("zoom-in").click();
    await page.getByTestId("zoom-in").click();
    await expect.poll(async () => (await drawnOutside(page)).outside).toBeGreaterThan(0);
    // Only the biggest hubs: the camera frames them all.
    await page.locator('input[name="minDegree"]').fill("60");
    await page.locator('input[name="minDegree"]').dispatchEvent("change");
    await expect.poll(async () => (await drawnOutside(page)).outside, { timeout: 5_000 }).toBe(0);
    expect((await drawnOutside(page)).inside).toBe(graph.filterNodes((_, a) => a.degree! >= 60).length);
    await page.getByRole("button", { name: "Reset filters" }).click();
  });

  test("first seen: what is new this week, and the time strip scrubs the dates with its counts", async () => {
    let last = "";
    graph.forEachNode((_, a) => void (a.lastSeen! > last && (last = a.lastSeen!)));
    graph.forEachEdge((_, a) => void (a.lastSeen! > last && (last = a.lastSeen!)));
    const since = new Date(Date.parse(last) - 6 * 86_400_000).toISOString().slice(0, 10);
    await page.getByRole("button", { name: "New this week" }).click();
    await expect.poll(param("dates")).toBe("first");
    await expect.poll(param("from")).toBe(since);
    // The generated graph's last week is quiet: first seen since May instead. New relations, and
    // the entities first seen then or joined by a new relation.
    const may = "2025-05-01";
    await page.locator('input[name="from"]').fill(may);
    await page.locator('input[name="from"]').dispatchEvent("change");
    await expect.poll(param("from")).toBe(may);
    expect(param("dates")()).toBe("first");
    const fresh = new Set(graph.filterEdges((_, a) => a.firstSeen! >= may));
    const touched = new Set([...fresh].flatMap((e) => graph.extremities(e)));
    const expected = count((n, a) => a.firstSeen! >= may || touched.has(n), (a, s, t) => a.firstSeen! >= may && touched.has(s) && touched.has(t));
    expect(expected.nodes).toBeGreaterThan(1000);
    expect(expected.edges).toBeGreaterThan(1000);
    expect(expected.nodes).toBeLessThan(graph.order);
    await expect.poll(drawn, { timeout: 20_000, interval: 100 }).toEqual(expected);
    await page.screenshot({ path: screenshotPath("10-large-graph-first-seen") });

    const strip = page.getByTestId("time-strip");
    const counts = () => strip.getByTestId("strip-counts").textContent();
    const before = await counts();
    const box = (await strip.locator("svg.strip").boundingBox())!;
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width * 0.2, y);
    await page.mouse.down();
    for (let i = 1; i <= 8; i++) await page.mouse.move(box.x + box.width * (0.2 + i * 0.03), y);
    // The counts follow the pointer before it lets go.
    await expect.poll(counts).not.toBe(before);
    expect(await counts()).toMatch(/^first seen \d{4}-\d{2}-\d{2} – \d{4}-\d{2}-\d{2}: [\d,]+ entities · [\d,]+ relations$/);
    await page.mouse.up();
    const [from, to] = [param("from"), param("to")];
    await expect.poll(to).not.toBeNull();
    expect(from()! < to()!).toBe(true);
    expect(from()! < since).toBe(true);
    await strip.getByRole("button", { name: "All dates" }).click();
    await expect.poll(param("from")).toBeNull();
    await page.getByRole("button", { name: "Reset filters" }).click();
  });

  test("every filter changes the drawn graph and the URL, and undoes cleanly", async () => {
    if (await panel().isVisible()) await panel().locator("button.close").click();
    await page.getByRole("button", { name: "Reset filters" }).click();
    const all = { nodes: graph.order, edges: graph.size };
    await expect.poll(drawn, { timeout: 20_000, interval: 100 }).toEqual(all);
    const steps: Step[] = [
      ...ENTITY_TYPES.map((type): Step => ({
        control: `fieldset[data-filter="types"] input[value="${type}"]`,
        url: ["hideTypes", type],
        expected: count((n, a) => a.type !== type),
      })),
      ...[...PREDICATES, "co_mention" as const].map((predicate): Step => ({
        control: `fieldset[data-filter="predicates"] input[value="${predicate}"]`,
        url: ["hidePreds", predicate],
        expected: count(() => true, (a) => a.predicate !== predicate),
      })),
      { control: 'input[name="minDegree"]', value: "12", url: ["minDeg", "12"], expected: count((n) => graph.getNodeAttribute(n, "degree")! >= 12) },
      { control: 'input[name="from"]', value: "2025-03-01", url: ["from", "2025-03-01"], expected: count((_, a) => a.lastSeen! >= "2025-03-01", (a) => a.lastSeen! >= "2025-03-01") },
      { control: 'input[name="to"]', value: "2024-03-01", url: ["to", "2024-03-01"], expected: count((_, a) => a.firstSeen! <= "2024-03-01", (a) => a.firstSeen! <= "2024-03-01") },
    ];
    let previous: Step | null = null;
    for (const step of steps) {
      expect(step.expected.nodes < all.nodes || step.expected.edges < all.edges).toBe(true); // each step hides something
      await switchOn(page, previous, step);
      await expect.poll(drawn, { timeout: 20_000, interval: 100 }).toEqual(step.expected);
      await expect.poll(param(step.url[0]), { timeout: 10_000, interval: 100 }).toBe(step.url[1]);
      previous = step;
    }
    await switchOn(page, previous, null);
    await expect.poll(drawn, { timeout: 20_000, interval: 100 }).toEqual(all);
    await expect.poll(() => new URL(page.url()).hash.includes("hide"), { timeout: 10_000 }).toBe(false);
    expect(problems).toEqual([]);
  }, 240_000);

  test("loads without console errors", () => {
    expect(problems).toEqual([]);
  });
});
