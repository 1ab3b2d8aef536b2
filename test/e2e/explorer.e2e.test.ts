// The explorer in headless Chromium over the sample store (data/samples built by `aikg build`):
// search in Chinese, read relations and evidence, move to a neighbour, click on the canvas,
// filter, find a path, share the URL, export. Screenshots land in test/e2e/screenshots/.
// The tests run in order on one page: each starts from the view the previous one left.
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadStore } from "../../src/store/store.ts";
import type { Manifest } from "../../src/store/manifest.ts";
import type { KnowledgeGraph } from "../../src/graph/types.ts";
import type { RunningServer } from "../../src/server/server.ts";
import { buildSampleStore, chromiumSkipReason, hasChromium, launchChromium, pngDifference, screenshotPath, serveGraph } from "./harness.ts";

let graph: KnowledgeGraph;
let manifest: Manifest;
let server: RunningServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

const panel = (): ReturnType<Page["locator"]> => page.getByTestId("entity-panel");
const hashParam = (name: string) => (): string | null => new URLSearchParams(new URL(page.url()).hash.slice(1)).get(name);
const selectedInUrl = hashParam("sel");
const shot = (name: string): Promise<Buffer> => page.screenshot({ path: screenshotPath(name) });

async function openPage(url: string): Promise<Page> {
  const p = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  p.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  p.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  await p.goto(url);
  await p.waitForFunction(() => document.documentElement.dataset.state === "ready", null, { timeout: 20_000 });
  return p;
}

async function search(text: string, expected: string): Promise<void> {
  const box = page.locator('#search input[type="search"]');
  await box.fill(text);
  await page.locator("#search .suggestions li").filter({ hasText: expected }).first().click();
  await expect.poll(() => panel().locator("h2").textContent()).toBe(expected);
}

/** Degree-ordered neighbours of the selected node in the panel, with their entity types. */
const neighbourTypes = (): Promise<string[]> =>
  panel().locator("button.neighbour").evaluateAll((buttons) => buttons.map((b) => b.getAttribute("data-type") ?? ""));

describe.skipIf(!hasChromium)(`explorer in Chromium${chromiumSkipReason}`, () => {
  beforeAll(async () => {
    const store = await buildSampleStore();
    const loaded = await loadStore(store);
    graph = loaded.graph;
    manifest = loaded.manifest;
    server = await serveGraph(graph, loaded.manifest);
    browser = await launchChromium();
    page = await openPage(server.url);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test("renders the sample graph with labels", async () => {
    await expect.poll(() => page.locator("#stats").textContent()).toContain(`${graph.order} entities`);
    const inked = await page.evaluate(() => {
      const labels = document.querySelector<HTMLCanvasElement>("#graph canvas.sigma-labels");
      const ctx = labels?.getContext("2d");
      if (!labels || !ctx) return 0;
      const pixels = ctx.getImageData(0, 0, labels.width, labels.height).data;
      let count = 0;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) count++;
      return count;
    });
    expect(inked).toBeGreaterThan(500);
    await shot("1-overview");
  });

  test("finds Google by its Chinese alias and shows its relations with evidence", async () => {
    await search("谷歌", "Google");
    await expect.poll(selectedInUrl).toBe("google");
    const develops = graph.filterEdges("google", (_, a) => a.predicate === "develops").length;
    expect(develops).toBeGreaterThan(0);
    const group = panel().locator('.relation-group[data-predicate="develops"]');
    await expect.poll(() => group.locator(".relation").count()).toBe(Math.min(develops, 20));
    const first = group.locator(".relation").first();
    expect((await first.locator("blockquote").first().textContent())?.trim().length).toBeGreaterThan(4);
    // The digest by its title (the manifest's), its date and the source link.
    const meta = first.locator(".meta").first();
    const digest = (await meta.locator(".digest").getAttribute("title"))!;
    expect(await meta.locator(".digest").textContent()).toBe(manifest.digests[digest]!.title);
    expect(await meta.textContent()).toMatch(/ · \d{4}-\d{2}-\d{2} · source$/);
    // Both names are marked in the sentence, as written there.
    const marked = await first.locator(".evidence").first().locator("mark").allTextContents();
    const forms = (id: string) => [graph.getNodeAttribute(id, "name"), ...graph.getNodeAttribute(id, "aliases")].map((x) => x.toLowerCase());
    const other = (await first.locator("button.neighbour").getAttribute("data-node"))!;
    expect(marked.some((m) => forms("google").includes(m.toLowerCase()))).toBe(true);
    expect(marked.some((m) => forms(other).includes(m.toLowerCase()))).toBe(true);
    expect(await first.locator(".meta a").first().getAttribute("href")).toMatch(/^https?:\/\//);
    expect(await panel().locator(".facts").textContent()).toContain("谷歌");
    await shot("2-search-google");
  });

  test("clicking a neighbour in the panel moves the selection there", async () => {
    const neighbour = panel().locator('.relation-group[data-predicate="develops"] button.neighbour').first();
    const id = (await neighbour.getAttribute("data-node"))!;
    await neighbour.click();
    await expect.poll(() => panel().locator("h2").textContent()).toBe(graph.getNodeAttribute(id, "name"));
    await expect.poll(selectedInUrl).toBe(id);
    await shot("3-neighbour");
  });

  test("hovering and clicking a node on the canvas selects it", async () => {
    const selected = selectedInUrl()!;
    await panel().locator("button.close").click();
    await expect.poll(() => panel().isHidden()).toBe(true);
    await expect.poll(selectedInUrl).toBeNull();
    // The camera was centred on the node when it was selected: it sits in the middle of the graph.
    const box = (await page.locator("#graph").boundingBox())!;
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    await page.mouse.move(x, y);
    await page.waitForTimeout(300);
    await shot("4-hover");
    // On a loaded machine sigma may not yet have redrawn what it picks from when the click comes:
    // hover and click again until one lands (a click on the selected node would unselect it, so
    // each waits for the selection to show in the URL first).
    const clickCentre = async () => {
      if (selectedInUrl() !== null) return selectedInUrl();
      await page.mouse.move(x, y);
      await page.mouse.click(x, y);
      await page.waitForFunction(() => new URLSearchParams(location.hash.slice(1)).has("sel"), null, { timeout: 2000 }).catch(() => undefined);
      return selectedInUrl();
    };
    await expect.poll(clickCentre, { timeout: 15_000 }).toBe(selected);
    await expect.poll(() => panel().isVisible()).toBe(true);
  });

  test("a type filter and the co-mention switch hide what they name", async () => {
    await search("Google", "Google");
    expect(await neighbourTypes()).toContain("person");
    await page.locator('fieldset[data-filter="types"] input[value="person"]').uncheck();
    await expect.poll(neighbourTypes).not.toContain("person");
    expect(await panel().locator('.relation-group[data-predicate="co_mention"]').count()).toBe(1);
    await page.locator('fieldset[data-filter="predicates"] input[value="co_mention"]').uncheck();
    await expect.poll(() => panel().locator('.relation-group[data-predicate="co_mention"]').count()).toBe(0);
    await expect.poll(hashParam("hidePreds")).toBe("co_mention");
    await expect.poll(hashParam("hideTypes")).toBe("person");
    await shot("5-filtered");
  });

  test("the path tool finds and lists a path between two entities", async () => {
    await panel().getByRole("button", { name: "Path from here" }).click();
    await page.locator("#path-section > summary").click();
    const to = page.locator('#path input[aria-label="Path to"]');
    await to.fill("Anthropic");
    await page.locator("#path .suggestions li").filter({ hasText: "Anthropic" }).first().click();
    const steps = page.locator('[data-testid="path-result"] .path-steps li');
    await expect.poll(() => steps.count()).toBeGreaterThan(1);
    expect(await steps.first().textContent()).toContain("Google");
    expect(await steps.last().textContent()).toContain("Anthropic");
    await shot("6-path");
  });

  test("the URL restores the view in a new tab", async () => {
    await page.waitForTimeout(400); // the URL is written a moment after the last change
    const shared = await openPage(page.url());
    await expect.poll(() => shared.getByTestId("entity-panel").locator("h2").textContent()).toBe("Google");
    expect(await shared.locator('fieldset[data-filter="types"] input[value="person"]').isChecked()).toBe(false);
    await expect.poll(() => shared.locator('[data-testid="path-result"] .path-steps li').count()).toBeGreaterThan(1);
    await shared.close();
  });

  test("exports the view as PNG, as drawn, and GEXF of the view, the selection and the whole graph", async () => {
    await page.waitForTimeout(800); // the camera has settled on the path
    const box = (await page.locator("#graph").boundingBox())!;
    const screen = await page.screenshot({ clip: box });
    const [png] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "PNG" }).click()]);
    const pngBytes = readFileSync((await png.path())!);
    expect(pngBytes.subarray(1, 4).toString()).toBe("PNG");
    // What is on screen, labels, highlighted path and dimming included (away from the overlays:
    // zoom buttons top right, time strip at the bottom).
    // (Without sigma's hover layer, where the path's labels are, 1% of the pixels differ.)
    expect(await pngDifference(page, pngBytes, screen, { left: 0.05, top: 0.1, right: 0.85, bottom: 0.78 })).toBeLessThan(0.002);
    const download = async (name: string): Promise<string> => {
      const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name }).click()]);
      return readFileSync((await file.path())!, "utf8");
    };
    const xml = await download("GEXF: view");
    // The filters of the earlier tests hold: no people, no co-mentions.
    expect(xml).toContain("<gexf");
    expect(xml).toContain('id="google"');
    expect(xml).toContain('kind="develops"');
    expect(xml).not.toContain('kind="co_mention"');
    const person = graph.findNode((_, a) => a.type === "person")!;
    expect(xml).not.toContain(`id="${person}"`);
    const all = await download("GEXF: all");
    expect(all.match(/<node /g)?.length).toBe(graph.order);
    expect(all.match(/<edge /g)?.length).toBe(graph.size);
    // The selection's neighbourhood: Google and its neighbours on screen, with evidence.
    const around = await download("GEXF: selection");
    const ids = [...around.matchAll(/<node id="([^"]+)"/g)].map((m) => m[1]!).sort();
    const neighbours = new Set(graph.filterEdges("google", (_, a, s, t) => a.predicate !== "co_mention" && [s, t].every((n) => graph.getNodeAttribute(n, "type") !== "person")).flatMap((e) => graph.extremities(e)));
    expect(ids).toEqual([...neighbours].sort());
    const develops = graph.filterEdges("google", (_, a, s) => a.predicate === "develops" && s === "google")[0]!;
    const latest = graph.getEdgeAttribute(develops, "evidence")[0]!.text;
    expect(around).toContain(latest.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;").slice(0, 20));
  });

  test("counts in the filters follow the other filters", async () => {
    // People and co-mentions are off: works_for, which joins a person to an organisation, keeps none.
    const count = (kind: string) => page.locator(`fieldset[data-filter="predicates"] input[data-predicate="${kind}"] ~ .count`).textContent();
    const worksFor = graph.filterEdges((_, a) => a.predicate === "works_for").length;
    expect(worksFor).toBeGreaterThan(0);
    await expect.poll(() => count("works_for")).toBe("0");
    // A switched-off kind counts what it would show.
    const coMentions = graph.filterEdges((_, a, s, t) => a.predicate === "co_mention" && [s, t].every((n) => graph.getNodeAttribute(n, "type") !== "person")).length;
    await expect.poll(() => count("co_mention")).toBe(coMentions.toLocaleString("en"));
    await page.getByRole("button", { name: "Reset filters" }).click();
    await expect.poll(() => count("works_for")).toBe(String(worksFor));
    await page.locator('#path button:text("Clear")').click();
  });

  test("the entity panel's time line: mentions per week from the digests' dates, a week narrows the graph", async () => {
    await search("Google", "Google");
    const timeline = panel().getByTestId("timeline");
    await expect.poll(() => timeline.locator(".week .bar").count()).toBeGreaterThan(0);
    // Each bar: the digests that mention Google that week, dated by the manifest.
    const weeks = await timeline.locator(".week").evaluateAll((gs) => gs.map((g) => [g.getAttribute("data-week"), Number(g.getAttribute("data-digests"))] as const));
    const total = weeks.reduce((sum, [, n]) => sum + n, 0);
    expect(total).toBe(graph.getNodeAttribute("google", "docs").filter((d) => manifest.digests[d]?.date).length);
    const [week] = weeks.find(([, n]) => n > 0)!;
    await timeline.locator(`.week[data-week="${week}"]`).click();
    await expect.poll(hashParam("from")).toBe(week);
    await shot("7-timeline");
    await page.getByRole("button", { name: "Reset filters" }).click();
  });

  test("Back and Forward walk through selections; Escape closes the panel", async () => {
    await search("Google", "Google");
    const neighbour = panel().locator('.relation-group[data-predicate="develops"] button.neighbour').first();
    const next = (await neighbour.getAttribute("data-node"))!;
    await neighbour.click();
    await expect.poll(selectedInUrl).toBe(next);
    await page.goBack();
    await expect.poll(() => panel().locator("h2").textContent()).toBe("Google");
    await page.goForward();
    await expect.poll(selectedInUrl).toBe(next);
    await expect.poll(() => panel().getAttribute("data-node")).toBe(next);
    await page.keyboard.press("Escape");
    await expect.poll(() => panel().isHidden()).toBe(true);
    await expect.poll(selectedInUrl).toBeNull();
    await page.goBack();
    await expect.poll(() => panel().getAttribute("data-node")).toBe(next);
  });

  test("one legend, matching what is drawn; labels in English or Chinese", async () => {
    const label = (node: string) => page.evaluate((n) => (window as unknown as { aikg: { sigma: { getNodeDisplayData(n: string): { label: string; color: string } } } }).aikg.sigma.getNodeDisplayData(n)!, node);
    await search("Google", "Google");
    expect((await label("google")).label).toBe("Google");
    await page.locator('select[name="labels"]').selectOption("zh");
    await expect.poll(async () => (await label("google")).label).toBe("谷歌");
    await expect.poll(hashParam("lang")).toBe("zh");
    await page.locator('select[name="labels"]').selectOption("en");
    // Coloured by type, the legend lists the types in the colours the nodes are drawn in.
    await page.locator('select[name="colorBy"]').selectOption("type");
    const legendColor = () => page.locator('[data-testid="legend"] li[data-type="organization"] .swatch').evaluate((s) => getComputedStyle(s).backgroundColor);
    const chipColor = () => panel().locator(".chip .swatch").evaluate((s) => getComputedStyle(s).backgroundColor);
    await expect.poll(chipColor).toBe(await legendColor());
    // Colours as the browser computes them, to compare sigma's with the legend's.
    const css = (color: string) => page.evaluate((c) => ((d) => ((d.style.color = c), getComputedStyle(document.body.appendChild(d)).color))(document.createElement("i")), color);
    const organizationColor = await legendColor();
    expect(organizationColor).toBe(await css((await label("google")).color));
    await page.locator('select[name="colorBy"]').selectOption("community");
    // By community: the chip matches the node as drawn, the legend row of its community too.
    // (Both read at each try: sigma redraws in the next frame.)
    await expect.poll(async () => [await chipColor(), await css((await label("google")).color)]).toSatisfy(([chip, drawn]) => chip === drawn && chip !== "");
    expect(await chipColor()).not.toBe(organizationColor); // Google's community is not drawn in the type's blue
    const community = graph.getNodeAttribute("google", "community");
    const row = page.locator(`[data-testid="legend"] li[data-community="${community}"] .swatch`);
    if (await row.count()) expect(await row.evaluate((s) => getComputedStyle(s).backgroundColor)).toBe(await chipColor());
    // The filters show no type colours: the legend is the one place colours are named.
    expect(await page.locator('fieldset[data-filter="types"] .swatch').count()).toBe(0);
  });

  test("loads without console errors or CSP violations", () => {
    expect(problems).toEqual([]);
  });
});
