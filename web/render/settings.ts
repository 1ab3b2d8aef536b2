// sigma settings for the explorer: legible bilingual labels, reducers, and lighter work while the
// camera moves on large graphs.
import type { Settings } from "sigma/settings";
import type { EdgeAttributes, NodeAttributes } from "../../src/types.ts";
import { LABEL_FONT } from "./labels.ts";
import type { LabelDrawer } from "./labels.ts";
import { edgeReducer, nodeReducer } from "./reducers.ts";
import type { ReducerContext } from "./reducers.ts";

/** Above this many edges, edges are not drawn while panning or zooming. */
const HIDE_EDGES_ON_MOVE_ABOVE = 50_000;

export function explorerSettings(
  ctx: ReducerContext,
  labels: LabelDrawer,
): Partial<Settings<NodeAttributes, EdgeAttributes>> {
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
    labelRenderedSizeThreshold: ctx.graph.order > 2000 ? 9 : 5,
    defaultDrawNodeLabel: labels.node,
    defaultDrawEdgeLabel: labels.edge,
    zIndex: true,
    hideEdgesOnMove: ctx.graph.size > HIDE_EDGES_ON_MOVE_ABOVE,
    minCameraRatio: 0.02,
    maxCameraRatio: 8,
    nodeReducer: nodeReducer(ctx),
    edgeReducer: edgeReducer(ctx),
  };
}
