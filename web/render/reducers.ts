// sigma reducers: every visual decision (filters, colours, hover, selection, path) is made here,
// per node and per edge, from the graph attributes and the derived view. Nothing is stored.
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { SYMMETRIC_PREDICATES } from "../../src/types.ts";
import type { EdgeAttributes, NodeAttributes } from "../../src/types.ts";
import type { Neighbourhood, View } from "../state/derived.ts";
import type { KnowledgeGraph } from "../state/graph.ts";
import type { ExplorerState } from "../state/types.ts";
import { CO_MENTION_COLOR, DIMMED_COLOR, EDGE_COLOR, FOCUS_EDGE_COLOR, PATH_COLOR, typeColor } from "./palette.ts";
import type { CommunityPalette } from "./palette.ts";
import { edgeKindLabel } from "./words.ts";

export interface ReducerContext {
  graph: KnowledgeGraph;
  state: () => ExplorerState;
  view: () => View;
  communities: CommunityPalette;
  size: (pagerank: number | undefined) => number;
  /** Above this many neighbours, only the centre of a neighbourhood keeps a forced label. */
  maxForcedLabels: number;
}

const within = (n: Neighbourhood | null, node: string): boolean => n !== null && (n.node === node || n.neighbours.has(node));

export function nodeReducer(ctx: ReducerContext) {
  return (node: string, a: NodeAttributes): Partial<NodeDisplayData> => {
    const { selected, colorBy } = ctx.state();
    const { visible, focus, hover, path } = ctx.view();
    const out: Partial<NodeDisplayData> = {
      x: a.x,
      y: a.y,
      label: a.label || a.name,
      size: ctx.size(a.pagerank),
      color: colorBy === "type" ? typeColor(a.type) : ctx.communities.colorOf(a.community),
      hidden: !visible.node(node, a),
      zIndex: 1,
    };
    const pathShown = path !== null && path.nodes.length > 0;
    if (node === selected || node === focus?.node || node === hover?.node || (pathShown && path.nodes.includes(node))) {
      return { ...out, highlighted: true, forceLabel: true, zIndex: 3 };
    }
    const around = within(focus, node) ? focus : within(hover, node) ? hover : null;
    if (around) return { ...out, forceLabel: around.neighbours.size <= ctx.maxForcedLabels, zIndex: 2 };
    if (focus !== null || pathShown) return { ...out, color: DIMMED_COLOR, label: null, zIndex: 0 };
    return out;
  };
}

export function edgeReducer(ctx: ReducerContext) {
  return (edge: string, a: EdgeAttributes): Partial<EdgeDisplayData> => {
    const { visible, focus, hover, path } = ctx.view();
    const coMention = a.predicate === "co_mention";
    const out: Partial<EdgeDisplayData> = {
      hidden: !visible.edge(a),
      type: SYMMETRIC_PREDICATES.has(a.predicate) ? "line" : "arrow",
      size: (coMention ? 0.5 : 1) + Math.log2(1 + Math.max(0, a.weight || 0)) * 0.5,
      color: coMention ? CO_MENTION_COLOR : EDGE_COLOR,
      label: null,
      zIndex: 0,
    };
    if (path?.edges.has(edge)) return { ...out, color: PATH_COLOR, size: 3, zIndex: 2, label: edgeKindLabel(a.predicate) };
    const touches = (n: Neighbourhood | null): boolean => n !== null && ctx.graph.hasExtremity(edge, n.node);
    if (touches(focus) || touches(hover)) {
      return { ...out, color: FOCUS_EDGE_COLOR, zIndex: 1, label: coMention ? null : edgeKindLabel(a.predicate) };
    }
    // With a focus or a path on screen, the other edges step aside.
    if (focus !== null || (path !== null && path.nodes.length > 0)) out.hidden = true;
    return out;
  };
}
