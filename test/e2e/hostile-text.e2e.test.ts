// Digest text is untrusted: names, aliases, evidence and links that look like markup must reach
// the page as text. The graph has no stored positions either, so the page lays it out itself.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { edgeKey } from "../../src/graph/edges.ts";
import type { RunningServer } from "../../src/server/server.ts";
import { chromiumSkipReason, hasChromium, launchChromium, screenshotPath, serveGraph } from "./harness.ts";
import { syntheticGraph } from "./synthetic-graph.ts";

describe.skipIf(!hasChromium)(`explorer with hostile text and no stored layout${chromiumSkipReason}`, () => {
  const NAME = '<img src=x onerror="window.__xss=1">';
  let hostile: RunningServer;
  let other: Browser;

  beforeAll(async () => {
    const g = syntheticGraph({ nodes: 40, edges: 80, positions: false });
    const [target] = g.nodes();
    g.addNode("hostile", {
      name: NAME,
      label: NAME,
      type: "organization",
      aliases: [NAME, "<script>window.__xss=2</script>"],
      mentions: 1,
      firstSeen: "2025-01-01",
      lastSeen: "2025-01-01",
      docs: ["evil_2025-01-01"],
    });
    g.addEdgeWithKey(edgeKey("develops", "hostile", target!), "hostile", target!, {
      predicate: "develops",
      weight: 1,
      evidence: [
        {
          doc: "<i>evil</i>_2025-01-01",
          date: "2025-01-01",
          text: '<b onmouseover="window.__xss=3">bold</b> and <a href="javascript:window.__xss=4">link</a>',
          span: { start: 0, end: 1 },
          url: "javascript:window.__xss=5",
        },
        ...["2025-01-02", "2025-01-03", "2025-01-04"].map((date) => ({
          doc: `plain_${date}`,
          date,
          text: `More evidence from ${date}.`,
          span: { start: 0, end: 1 },
          url: "https://example.com/digest",
        })),
      ],
      firstSeen: "2025-01-01",
      lastSeen: "2025-01-01",
    });
    hostile = await serveGraph(g);
    other = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await other?.close();
    await hostile?.close();
  });

  test("lays the graph out in a worker and shows digest text as text, never as markup", async () => {
    const p = await other.newPage({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    p.on("pageerror", (e) => errors.push(e.message));
    p.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await p.goto(`${hostile.url}#sel=hostile`);
    await p.waitForFunction(() => document.documentElement.dataset.state === "ready", null, { timeout: 30_000 });
    const entity = p.getByTestId("entity-panel");
    await expect.poll(() => entity.locator("h2").textContent()).toBe(NAME);
    expect(await entity.locator(".facts").textContent()).toContain("<script>window.__xss=2</script>");
    expect(await entity.locator("blockquote").first().textContent()).toContain('<b onmouseover="window.__xss=3">bold</b>');
    expect(await entity.locator(".evidence-count").textContent()).toBe("2 of 4");
    await entity.getByRole("button", { name: "More evidence" }).click();
    expect(await entity.locator(".evidence blockquote").count()).toBe(4);
    expect(await entity.locator(".evidence-list > li:not(.evidence)").count()).toBe(0);
    expect(await p.locator("#entity-panel img, #entity-panel script, #entity-panel b, #entity-panel i").count()).toBe(0);
    expect(await p.locator('a[href^="javascript"]').count()).toBe(0);
    await p.locator('#search input[type="search"]').fill("<img");
    await expect.poll(() => p.locator("#search .suggestions li .name").first().textContent()).toBe(NAME);
    expect(await p.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    expect(await p.locator("#status").isHidden()).toBe(true); // the layout finished
    await p.screenshot({ path: screenshotPath("7-hostile-text") });
    expect(errors).toEqual([]);
    await p.close();
  }, 40_000);
});
