// sigma settings for the explorer: legible bilingual labels, reducers, and on large graphs the
// cheapest programs and lighter work while the camera moves.
import { EdgeLineProgram } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type { RenderParams } from "sigma/types";
import { SYMMETRIC_PREDICATES } from "../../src/types.ts";
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
/** Large graphs: co-mentions' own one-pixel lines, drawn while they are switched on. */
const CO_MENTION_EDGE = "co-mention";

/**
 * Which sigma program draws which edges. Small graphs: arrows for directed predicates, thick
 * lines for symmetric ones, thin lines for co-mentions. Large graphs: thin lines for all (sigma's
 * arrow and thick-line programs are instanced, which software WebGL draws ten times slower), and
 * co-mentions in a program of their own, so switching them off is not drawing it: none of them is
 * re-run through the reducers (142,168 on the bulk store took a second). One program per kind
 * would do the same for every kind, but each program is compiled shaders, which software WebGL
 * makes slow: typed kinds are a few thousand edges each, cheap to re-run.
 */
export function edgePrograms(graph: KnowledgeGraph): Pick<ReducerContext, "edgeProgram" | "coMentionsByProgram"> {
  if (isLarge(graph)) return { edgeProgram: (kind) => (kind === "co_mention" ? CO_MENTION_EDGE : FAST_EDGE), coMentionsByProgram: true };
  return {
    edgeProgram: (kind) => (kind === "co_mention" ? FAST_EDGE : SYMMETRIC_PREDICATES.has(kind) ? "line" : "arrow"),
    coMentionsByProgram: false,
  };
}

/** sigma's one-pixel lines, drawn while `shown` says so. */
function switchedLines(shown: () => boolean) {
  return class SwitchedLineProgram extends EdgeLineProgram<NodeAttributes, EdgeAttributes> {
    /** For the browser tests: whether the program is drawn. */
    readonly shown = shown;
    override render(params: RenderParams): void {
      if (shown()) super.render(params);
    }
  };
}

/**
 * Co-mentions are drawn while switched on and nothing veils the graph: under a selection's or a
 * path's veil (emphasis-layer.ts) they were all but invisible, and drawing 142,168 lines is most
 * of what a frame costs in software WebGL (a second or more when the machine is busy).
 */
function largeEdgePrograms(ctx: ReducerContext, veiled: () => boolean): Settings<NodeAttributes, EdgeAttributes>["edgeProgramClasses"] {
  const coMentionsOn = (): boolean => !ctx.state().filters.hiddenPredicates.includes("co_mention") && !veiled();
  return { [FAST_EDGE]: EdgeLineProgram, [CO_MENTION_EDGE]: switchedLines(coMentionsOn), arrow: EdgeLineProgram, line: EdgeLineProgram };
}

export function explorerSettings(
  ctx: ReducerContext,
  labels: LabelDrawer,
  /** Large graphs: a selection or a path veils the rest (the emphasis layer). */
  veiled: () => boolean = () => false,
): Partial<Settings<NodeAttributes, EdgeAttributes>> {
  const large = isLarge(ctx.graph);
  return {
    labelFont: LABEL_FONT,
    labelSize: 13,
    labelWeight: "500",
    edgeLabelFont: LABEL_FONT,
    edgeLabelSize: 11,
    edgeLabelColor: { color: "#4a5562" },
    // Large graphs: the emphasis layer labels the edges that matter (hover, path); sigma would walk
    // every edge of every labelled node at each frame to find none.
    renderEdgeLabels: !large,
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
    edgeProgramClasses: large ? largeEdgePrograms(ctx, veiled) : { [FAST_EDGE]: EdgeLineProgram },
    nodeReducer: nodeReducer(ctx),
    edgeReducer: edgeReducer(ctx),
  };
}
