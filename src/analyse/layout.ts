// ForceAtlas2 positions, computed at build time so every client opens the graph laid out.
// It starts from communities packed as circles (seeded), so a few iterations already give a
// readable picture; big graphs get fewer iterations (each one visits every node and link).
import circlepack from "graphology-layout/circlepack.js";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { KnowledgeGraph } from "../graph/types.ts";
import { copyGraph } from "../graph/dictionary-adjacency.ts";
import { undirectedProjection, type WeightedGraph } from "./projection.ts";
import { mulberry32, roundSignificant } from "./rng.ts";

export interface LayoutOptions {
  seed: number;
  iterations: (order: number, size: number) => number;
  /** Node → community: nodes of one community start close together. */
  communities?: Record<string, number>;
  /**
   * Barnes-Hut's approximation on graphs big enough to use it (over 2,000 nodes): Gephi's
   * default, 1.2, where graphology's 0.5 made the bulk graph's layout 2–3× slower.
   */
  barnesHutTheta: number;
}

export const LAYOUT_DEFAULTS: LayoutOptions = {
  seed: 42,
  // About 2e6 node-or-link visits in all: 300 iterations on small graphs, 10 at the least (on the
  // 900-digest corpus, 28k nodes and 164k links, that is 10 iterations, 1.2–1.8 s; the explorer
  // can go on laying out in the browser).
  iterations: (order, size) => Math.min(300, Math.max(10, Math.round(2e6 / (order + size)))),
  barnesHutTheta: 1.2,
};

export type Positions = Record<string, { x: number; y: number }>;

export function layout(graph: WeightedGraph, options: Partial<LayoutOptions> = {}): Positions {
  const { seed, iterations, communities, barnesHutTheta } = { ...LAYOUT_DEFAULTS, ...options };
  const scratch = copyGraph(graph);
  scratch.forEachNode((node) => scratch.setNodeAttribute(node, "community", communities?.[node] ?? 0));
  circlepack.assign(scratch, { hierarchyAttributes: ["community"], rng: mulberry32(seed), scale: Math.sqrt(graph.order + 1) * 10 });
  if (scratch.size > 0) {
    forceAtlas2.assign(scratch, {
      iterations: iterations(graph.order, graph.size),
      getEdgeWeight: "weight",
      settings: { ...forceAtlas2.inferSettings(scratch), edgeWeightInfluence: 0.5, barnesHutTheta },
    });
  }
  const positions: Positions = {};
  scratch.forEachNode((node, attributes) => {
    positions[node] = { x: roundSignificant(attributes.x as number), y: roundSignificant(attributes.y as number) };
  });
  return positions;
}

layout.assign = (
  graph: KnowledgeGraph,
  options: Partial<LayoutOptions> = {},
  projection: WeightedGraph = undirectedProjection(graph),
): void => {
  const communities: Record<string, number> = {};
  graph.forEachNode((node, a) => {
    if (a.community !== undefined) communities[node] = a.community;
  });
  const positions = layout(projection, { communities, ...options });
  graph.forEachNode((node) => graph.mergeNodeAttributes(node, positions[node]!));
};
