// The explorer on a graph of the bulk store's size and beyond (25,000 nodes, 150,000 edges, as
// many co-mentions as the bulk store has: spreading them into one call once overflowed the
// stack), above the large-graph threshold (30,000 nodes + edges), where it draws differently:
// cheap sigma programs, partial refreshes, and hover drawn on the emphasis layer instead of
// through a sigma refresh. Checks what a person would see, and that every filter works.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { KnowledgeGraph } from "../../src/graph/types.ts";
import type { EdgeAttributes, NodeAttributes } from "../../src/types.ts";
import type { RunningServer } from "../../src/server/server.ts";
import { chromiumSkipReason, hasChromium, launchChromium, screenshotPath, serveGraph } from "./harness.ts";
import { syntheticGraph } from "./synthetic-graph.ts";
import { ENTITY_TYPES, PREDICATES } from "../../src/types.ts";

let graph: KnowledgeGraph;
let server: RunningServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

/** Pixels drawn on one of sigma's canvas layers. */
const inked = (layer: string) => (): Promise<number> =>
  page.evaluate((cls) => {
    const canvas = document.querySelector<HTMLCanvasElement>(`#graph canvas.sigma-${cls}`);
    const pixels = canvas?.getContext("2d")?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
    let count = 0;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) count++;
    return count;
  }, layer);
const emphasised = inked("emphasisEdges");
const focused = inked("emphasisFocus");
const panel = (): ReturnType<Page["locator"]> => page.getByTestId("entity-panel");

const hashParam = (name: string) => (): string | null => new URLSearchParams(new URL(page.url()).hash.slice(1)).get(name);

/**
 * Nodes and edges sigma draws now: not hidden by the reducers, and (edges) both ends shown. Read
 * from sigma's display caches, which are what it draws from (its getters copy each item: too
 * slow for 175,000 items at every poll).
 */
const drawn = (): Promise<{ nodes: number; edges: number }> =>
  page.evaluate(() => {
    type Cache = Record<string, { hidden: boolean }>;
    const { graph: g, sigma } = (window as unknown as { aikg: { graph: KnowledgeGraph; sigma: { nodeDataCache: Cache; edgeDataCache: Cache } } }).aikg;
    const [nodeData, edgeData] = [sigma.nodeDataCache, sigma.edgeDataCache];
    let nodes = 0;
    let edges = 0;
    g.forEachNode((n) => void (!nodeData[n]!.hidden && nodes++));
    g.forEachEdge((e, _a, s, t) => void (!edgeData[e]!.hidden && !nodeData[s]!.hidden && !nodeData[t]!.hidden && edges++));
    return { nodes, edges };
  });

/** What a filter should leave: nodes that pass, and edges that pass between two that do. */
function count(node: (n: string, a: NodeAttributes) => boolean, edge: (a: EdgeAttributes) => boolean = () => true): { nodes: number; edges: number } {
  const kept = new Set(graph.filterNodes(node));
  return { nodes: kept.size, edges: graph.filterEdges((_, a, s, t) => edge(a) && kept.has(s) && kept.has(t)).length };
}

interface Step {
  /** A checkbox to uncheck, or an input to set to `value`. */
  control: string;
  value?: string;
  url: [string, string];
  expected: { nodes: number; edges: number };
}

/**
 * Undoes one step and applies the next in one go, as a person's clicks and typed values do (a
 * change event each), so the page redraws once per step.
 */
async function switchSteps(undo: Step | null, next: Step | null): Promise<void> {
  const act = (step: Step, on: boolean) => ({ control: step.control, on, value: step.value ?? null, reset: step.control.includes("minDegree") ? "0" : "" });
  const actions = [...(undo ? [act(undo, false)] : []), ...(next ? [act(next, true)] : [])];
  await page.evaluate((list) => {
    for (const { control, on, value, reset } of list) {
      const input = document.querySelector<HTMLInputElement>(control)!;
      if (value === null) {
        if (input.checked === on) input.click(); // a checkbox: unchecked to apply, checked to undo
      } else {
        input.value = on ? value : reset;
        input.dispatchEvent(new Event("change", { bubbles: true }));
      }
    }
  }, actions);
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
    server = await serveGraph(graph);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
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
      await switchSteps(previous, step);
      await expect.poll(drawn, { timeout: 20_000, interval: 100 }).toEqual(step.expected);
      await expect.poll(hashParam(step.url[0]), { timeout: 10_000, interval: 100 }).toBe(step.url[1]);
      previous = step;
    }
    await switchSteps(previous, null);
    await expect.poll(drawn, { timeout: 20_000, interval: 100 }).toEqual(all);
    await expect.poll(() => new URL(page.url()).hash.includes("hide"), { timeout: 10_000 }).toBe(false);
    expect(problems).toEqual([]);
  }, 240_000);

  test("loads without console errors", () => {
    expect(problems).toEqual([]);
  });
});
