// The explorer on a graph above the large-graph threshold (30,000 nodes + edges), where it
// draws differently: cheap sigma programs, no dimming, partial refreshes, and hover drawn on
// the emphasis layer instead of through a sigma refresh. Checks what a person would see.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { KnowledgeGraph } from "../../src/graph/types.ts";
import type { RunningServer } from "../../src/server/server.ts";
import { chromiumSkipReason, hasChromium, launchChromium, screenshotPath, serveGraph } from "./harness.ts";
import { syntheticGraph } from "./synthetic-graph.ts";

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
    graph = syntheticGraph({ nodes: 5_000, edges: 26_000 });
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

  test("loads without console errors", () => {
    expect(problems).toEqual([]);
  });
});
