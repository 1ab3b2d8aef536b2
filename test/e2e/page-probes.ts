// What the browser tests read from the explorer page: pixels on a canvas layer, what sigma draws
// (its display caches), the URL fragment, the camera; and filter steps applied as a person does.
import type { Page } from "playwright-core";
import type { KnowledgeGraph } from "../../src/graph/types.ts";

/** Pixels drawn on one of sigma's canvas layers (its class is sigma-<layer>). */
export const inked = (page: Page, layer: string) => (): Promise<number> =>
  page.evaluate((cls) => {
    const canvas = document.querySelector<HTMLCanvasElement>(`#graph canvas.sigma-${cls}`);
    const pixels = canvas?.getContext("2d")?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
    let count = 0;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) count++;
    return count;
  }, layer);

export const hashParam = (page: Page, name: string) => (): string | null => new URLSearchParams(new URL(page.url()).hash.slice(1)).get(name);

type Cache = Record<string, { hidden: boolean; forceLabel?: boolean; label?: string | null; type: string }>;
interface Explorer {
  graph: KnowledgeGraph;
  sigma: { nodeDataCache: Cache; edgeDataCache: Cache; edgePrograms: Record<string, { shown?: () => boolean }>; getCamera(): { getState(): { x: number; y: number; ratio: number } }; getDimensions(): { width: number; height: number }; graphToViewport(p: { x: number; y: number }): { x: number; y: number } };
}

/**
 * Nodes and edges sigma draws now: not hidden by the reducers, and (edges) both ends shown and
 * their program drawn (large graphs switch whole kinds off that way). Read from sigma's display
 * caches and programs, which are what it draws from (its getters copy each item: too slow for
 * 175,000 items at every poll).
 */
export const drawn = (page: Page) => (): Promise<{ nodes: number; edges: number }> =>
  page.evaluate(() => {
    const { graph: g, sigma } = (window as unknown as { aikg: Explorer }).aikg;
    const [nodeData, edgeData] = [sigma.nodeDataCache, sigma.edgeDataCache];
    const programs = new Map<string, boolean>();
    const drawnBy = (type: string): boolean => {
      if (!programs.has(type)) programs.set(type, sigma.edgePrograms[type]?.shown?.() ?? true);
      return programs.get(type)!;
    };
    let nodes = 0;
    let edges = 0;
    g.forEachNode((n) => void (!nodeData[n]!.hidden && nodes++));
    g.forEachEdge((e, _a, s, t) => {
      const d = edgeData[e]!;
      if (!d.hidden && !nodeData[s]!.hidden && !nodeData[t]!.hidden && drawnBy(d.type)) edges++;
    });
    return { nodes, edges };
  });

/** Nodes sigma labels whatever the zoom (the reducers' forceLabel). */
export const forcedLabels = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const { graph: g, sigma } = (window as unknown as { aikg: Explorer }).aikg;
    return g.filterNodes((n) => Boolean(sigma.nodeDataCache[n]!.forceLabel) && !sigma.nodeDataCache[n]!.hidden);
  });

export const cameraState = (page: Page): Promise<{ x: number; y: number; ratio: number }> =>
  page.evaluate(() => (window as unknown as { aikg: Explorer }).aikg.sigma.getCamera().getState());

/** How many of the nodes sigma draws lie outside the graph area, on the camera as it is. */
export const drawnOutside = (page: Page): Promise<{ inside: number; outside: number }> =>
  page.evaluate(() => {
    const { graph: g, sigma } = (window as unknown as { aikg: Explorer }).aikg;
    const { width, height } = sigma.getDimensions();
    let [inside, outside] = [0, 0];
    g.forEachNode((n, a) => {
      if (sigma.nodeDataCache[n]!.hidden) return;
      const p = sigma.graphToViewport({ x: a.x!, y: a.y! });
      if (p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height) inside++;
      else outside++;
    });
    return { inside, outside };
  });

export interface Step {
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
export async function switchSteps(page: Page, undo: Step | null, next: Step | null): Promise<void> {
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
