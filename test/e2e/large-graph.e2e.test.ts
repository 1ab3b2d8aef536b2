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
const panel = (): ReturnType<Page["locator"]> => page.getByTestId("entity-panel");

const hashParam = (name: string) => (): string | null => new URLSearchParams(new URL(page.url()).hash.slice(1)).get(name);

/** Nodes and edges sigma draws now: not hidden by the reducers, and (edges) both ends shown. */
const drawn = (): Promise<{ nodes: number; edges: number }> =>
  page.evaluate(() => {
    const { graph: g, sigma } = (window as unknown as { aikg: { graph: KnowledgeGraph; sigma: import("sigma").default } }).aikg;
    const shown = (n: string): boolean => !sigma.getNodeDisplayData(n)!.hidden;
    let nodes = 0;
    let edges = 0;
    g.forEachNode((n) => void (shown(n) && nodes++));
    g.forEachEdge((e, _a, s, t) => void (!sigma.getEdgeDisplayData(e)!.hidden && shown(s) && shown(t) && edges++));
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

/** Applies or undoes a step the way a person does: a click, or a typed value and a change event. */
async function apply(step: Step, on: boolean): Promise<void> {
  const control = page.locator(step.control);
  if (step.value === undefined) return on ? control.uncheck() : control.check();
  await control.fill(on ? step.value : step.control.includes("minDegree") ? "0" : "");
  await control.dispatchEvent("change");
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
    expect(await emphasised()).toBeGreaterThan(0); // the selection's edges stand out
  });

  test("hovering draws the hovered neighbourhood on the emphasis layer; leaving clears it", async () => {
    await panel().locator("button.close").click();
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
    await panel().locator("button.close").click();
    await page.getByRole("button", { name: "Reset filters" }).click();
    const all = { nodes: graph.order, edges: graph.size };
    await expect.poll(drawn, { timeout: 20_000 }).toEqual(all);
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
    for (const step of steps) {
      expect(step.expected.nodes < all.nodes || step.expected.edges < all.edges).toBe(true); // each step hides something
      await apply(step, true);
      await expect.poll(drawn, { timeout: 20_000 }).toEqual(step.expected);
      await expect.poll(hashParam(step.url[0])).toBe(step.url[1]);
      await apply(step, false);
      await expect.poll(drawn, { timeout: 20_000 }).toEqual(all);
      await expect.poll(hashParam(step.url[0])).toBeNull();
    }
    expect(problems).toEqual([]);
  }, 240_000);

  test("loads without console errors", () => {
    expect(problems).toEqual([]);
  });
});
