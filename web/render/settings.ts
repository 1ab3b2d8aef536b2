// sigma settings for the explorer: legible bilingual labels, reducers, and on large graphs the
// cheapest programs and lighter work while the camera moves.
import { EdgeLineProgram } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type { EdgeAttributes, NodeAttributes } from "../../src/types.ts";
import type { KnowledgeGraph } from "../state/graph.ts";
import { LABEL_FONT } from "./labels.ts";
import { PanningPointProgram } from "./programs.ts";
import type { LabelDrawer } from "./labels.ts";
import { edgeReducer, nodeReducer } from "./reducers.ts";
import type { ReducerContext } from "./reducers.ts";

/** Above this many nodes + edges a graph is large: see README, "Page architecture". */
export const LARGE_GRAPH_ITEMS = 30_000;

export const isLarge = (graph: KnowledgeGraph): boolean => graph.order + graph.size > LARGE_GRAPH_ITEMS;

/** One-pixel lines (gl.LINES): the cheapest way to draw an edge. */
const FAST_EDGE = "fast";

/**
 * Which sigma program draws which edges. Small graphs: arrows for directed predicates, thick
 * lines for symmetric ones, thin lines for co-mentions. Large graphs: thin lines for all (sigma's
 * arrow and thick-line programs are instanced, which software WebGL draws ten times slower).
 */
export function edgeTypes(graph: KnowledgeGraph): ReducerContext["edgeTypes"] {
  return isLarge(graph)
    ? { line: FAST_EDGE, arrow: FAST_EDGE, coMention: FAST_EDGE }
    : { line: "line", arrow: "arrow", coMention: FAST_EDGE };
}

export function explorerSettings(
  ctx: ReducerContext,
  labels: LabelDrawer,
): Partial<Settings<NodeAttributes, EdgeAttributes>> {
  const large = isLarge(ctx.graph);
  return {
    labelFont: LABEL_FONT,
    labelSize: 13,
    labelWeight: "500",
    edgeLabelFont: LABEL_FONT,
    edgeLabelSize: 11,
    edgeLabelColor: { color: "#4a5562" },
    renderEdgeLabels: true,
    // The label drawer drops overlapping labels, so the grid may offer more of them.
    labelDensity: 1,
    labelGridCellSize: 120,
    labelRenderedSizeThreshold: ctx.graph.order > 2000 ? 6 : 5,
    defaultDrawNodeLabel: labels.node,
    defaultDrawEdgeLabel: labels.edge,
    // Large graphs: sigma would sort 100,000 edges on every full refresh with a selection; the
    // selected node is drawn on the hover layer, above the rest, anyway.
    zIndex: !large,
    // While the camera moves on a large graph, only nodes are drawn: edges come back when it stops.
    hideEdgesOnMove: large,
    hideLabelsOnMove: large,
    minCameraRatio: 0.02,
    maxCameraRatio: 8,
    ...(large ? { nodeProgramClasses: { circle: PanningPointProgram } } : {}),
    // sigma adds its arrow and thick-line programs to these; large graphs use neither, so they
    // get the cheap one under those names rather than compile shaders for nothing.
    edgeProgramClasses: large
      ? { [FAST_EDGE]: EdgeLineProgram, arrow: EdgeLineProgram, line: EdgeLineProgram }
      : { [FAST_EDGE]: EdgeLineProgram },
    nodeReducer: nodeReducer(ctx),
    edgeReducer: edgeReducer(ctx),
  };
}
