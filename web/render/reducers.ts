// sigma reducers: every visual decision (filters, colours, hover, selection, path) is made here,
// per node and per edge, from the graph attributes and the derived view. Nothing is stored.
// sigma hands each reducer a fresh shallow copy of the attributes, so the reducers dress that
// copy up and return it: no second object per item, which counts at 100,000 edges.
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { EdgeAttributes, EdgeKind, NodeAttributes } from "../../src/types.ts";
import type { Neighbourhood, View } from "../state/derived.ts";
import type { KnowledgeGraph } from "../state/graph.ts";
import type { ExplorerState } from "../state/types.ts";
import { nameIn } from "../state/graph.ts";
import { CO_MENTION_COLOR, CO_MENTION_FOCUS_COLOR, DIMMED_COLOR, EDGE_COLOR, FOCUS_EDGE_COLOR, PATH_COLOR, typeColor } from "./palette.ts";
import type { CommunityPalette } from "./palette.ts";
import { edgeKindLabel } from "./words.ts";

export interface ReducerContext {
  graph: KnowledgeGraph;
  state: () => ExplorerState;
  view: () => View;
  communities: CommunityPalette;
  size: (pagerank: number | undefined) => number;
  /** A neighbourhood's strongest this many neighbours get forced labels (sigma draws them). */
  maxForcedLabels: number;
  /** The sigma program that draws an edge kind (settings.ts). */
  edgeProgram: (kind: EdgeKind) => string;
  /** Large graphs: co-mentions switched off are a program not drawn, so the reducers do not hide them. */
  coMentionsByProgram: boolean;
}

// `label` and `type` mean other things to sigma (a nullable label, the program that draws it).
type NodeOut = Partial<NodeDisplayData> & Omit<NodeAttributes, "label" | "type">;
type EdgeOut = Partial<EdgeDisplayData> & EdgeAttributes;

const within = (n: Neighbourhood | null, node: string): boolean => n !== null && (n.node === node || n.neighbours.has(node));

/** The colour a node is drawn in, whatever else the view does to it: what the legend explains. */
export function nodeColor(ctx: Pick<ReducerContext, "communities">, colorBy: ExplorerState["colorBy"], attrs: NodeAttributes): string {
  return colorBy === "type" ? typeColor(attrs.type) : ctx.communities.colorOf(attrs.community);
}

export function nodeReducer(ctx: ReducerContext) {
  return (node: string, attrs: NodeAttributes): Partial<NodeDisplayData> => {
    const { selected, colorBy, labels } = ctx.state();
    const { visible, focus, hover, path, dim, overview } = ctx.view();
    const out = attrs as unknown as NodeOut;
    out.color = nodeColor(ctx, colorBy, attrs);
    out.label = labels === "en" ? attrs.label || attrs.name : nameIn(attrs, labels);
    out.type = "circle"; // sigma's node program, in place of the entity type (read just above)
    out.size = ctx.size(attrs.pagerank);
    out.hidden = !visible.node(node);
    out.zIndex = 1;
    // Nothing selected, hovered or on a path: the common case, and the one a full refresh hits.
    if (selected === null && focus === null && hover === null && path === null) {
      out.forceLabel = overview.has(node);
      return out;
    }
    const pathShown = path !== null && path.nodes.length > 0;
    if (node === selected || node === focus?.node || node === hover?.node || (pathShown && path.nodes.includes(node))) {
      out.highlighted = true;
      out.forceLabel = true;
      out.zIndex = 3;
      return out;
    }
    const around = within(focus, node) ? focus : within(hover, node) ? hover : null;
    if (around) {
      // The strongest neighbours first: the label drawer skips a label that overlaps one drawn.
      out.forceLabel = around.rank.get(node)! < ctx.maxForcedLabels;
      out.zIndex = 2;
    } else if (dim && (focus !== null || pathShown)) {
      out.color = DIMMED_COLOR;
      out.label = null;
      out.zIndex = 0;
    } else out.forceLabel = overview.has(node);
    return out;
  };
}

export function edgeReducer(ctx: ReducerContext) {
  return (edge: string, attrs: EdgeAttributes): Partial<EdgeDisplayData> => {
    const { visible, focus, hover, path, dim } = ctx.view();
    const out = attrs as EdgeOut;
    const isCoMention = attrs.predicate === "co_mention";
    out.hidden = ctx.coMentionsByProgram ? !visible.edgeWithCoMentions(edge) : !visible.edge(edge);
    out.type = ctx.edgeProgram(attrs.predicate);
    out.size = (isCoMention ? 0.5 : 1) + Math.log2(1 + Math.max(0, attrs.weight || 0)) * 0.5;
    out.color = isCoMention ? CO_MENTION_COLOR : EDGE_COLOR;
    out.label = null;
    out.zIndex = 0;
    if (focus === null && hover === null && path === null) return out;
    if (path?.edges.has(edge)) {
      out.color = PATH_COLOR;
      out.size = 3;
      out.zIndex = 2;
      out.label = edgeKindLabel(attrs.predicate);
      return out;
    }
    const touches = (n: Neighbourhood | null): boolean => n !== null && ctx.graph.hasExtremity(edge, n.node);
    if (touches(focus) || touches(hover)) {
      out.color = isCoMention ? CO_MENTION_FOCUS_COLOR : FOCUS_EDGE_COLOR;
      out.zIndex = isCoMention ? 1 : 2; // typed relations over co-mentions
      out.label = isCoMention ? null : edgeKindLabel(attrs.predicate);
      return out;
    }
    // With a focus or a path on screen, the other edges step aside.
    if (dim && (focus !== null || (path !== null && path.nodes.length > 0))) out.hidden = true;
    return out;
  };
}
