// Positions when the store has none: seed by community (circle packing), then let ForceAtlas2
// run in a web worker for a while. sigma redraws as positions arrive; the page never blocks.
import { circlepack } from "graphology-layout";
import { inferSettings } from "graphology-layout-forceatlas2";
import FA2LayoutSupervisor from "graphology-layout-forceatlas2/worker";
import type { KnowledgeGraph } from "../state/graph.ts";

export function hasPositions(graph: KnowledgeGraph): boolean {
  return graph.everyNode((_, a) => Number.isFinite(a.x) && Number.isFinite(a.y));
}

/** Starts the layout if positions are missing; resolves once it has stopped (at once if not needed). */
export function layoutIfMissing(graph: KnowledgeGraph, onProgress?: (running: boolean) => void): Promise<void> {
  if (graph.order === 0 || hasPositions(graph)) return Promise.resolve();
  circlepack.assign(graph, { hierarchyAttributes: ["community"] });
  const supervisor = new FA2LayoutSupervisor(graph, {
    settings: { ...inferSettings(graph), barnesHutOptimize: graph.order > 1000 },
    getEdgeWeight: "weight",
  });
  // Long enough to settle a digest-sized graph; bounded so a huge one still ends.
  const duration = Math.min(15_000, 1_500 + graph.order * 2);
  supervisor.start();
  onProgress?.(true);
  return new Promise((resolve) => {
    setTimeout(() => {
      supervisor.kill();
      onProgress?.(false);
      resolve();
    }, duration);
  });
}
