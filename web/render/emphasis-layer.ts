// Large graphs: the edges that matter now (the selection's, the hovered node's, the path) and the
// hovered neighbours' labels, drawn on two canvas layers of sigma's (edges under the nodes,
// labels above them). sigma redraws every node and edge on any refresh, which in software WebGL
// takes a tenth of a second or more at 100,000 edges; hovering here costs the neighbourhood's
// size, and these edges stand out (sigma's cheap program draws all edges one pixel wide).
// What each item looks like is still the reducers' decision: this layer asks them.
import type Sigma from "sigma";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { SYMMETRIC_PREDICATES } from "../../src/types.ts";
import type { EdgeAttributes, NodeAttributes } from "../../src/types.ts";
import type { View } from "../state/derived.ts";
import type { KnowledgeGraph } from "../state/graph.ts";
import { createLabelDrawer } from "./labels.ts";

export interface Looks {
  node: (node: string, attrs: NodeAttributes) => Partial<NodeDisplayData>;
  edge: (edge: string, attrs: EdgeAttributes) => Partial<EdgeDisplayData>;
}

export interface EmphasisLayer {
  /** Draws what this view emphasises from the next frame on. */
  show(view: View): void;
}

interface Point {
  x: number;
  y: number;
  size: number;
}

const ARROW_LENGTH = 7;

/** A canvas sigma places above `after` and sizes with its other layers (its pixels are ours). */
function layer(sigma: Sigma<NodeAttributes, EdgeAttributes>, id: string, after: string): CanvasRenderingContext2D {
  const context = sigma.createCanvas(id, { afterLayer: after }).getContext("2d");
  if (!context) throw new Error("no 2D canvas for the emphasis layer");
  return context;
}

function clear(context: CanvasRenderingContext2D, width: number, height: number): void {
  const ratio = window.devicePixelRatio || 1;
  const { canvas } = context;
  if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
    canvas.width = Math.round(width * ratio); // resizing also clears it
    canvas.height = Math.round(height * ratio);
  }
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, width, height);
}

function arrowHead(context: CanvasRenderingContext2D, from: Point, to: Point, width: number): void {
  const angle = Math.atan2(to.y - from.y, to.x - from.x);
  const [tipX, tipY] = [to.x - Math.cos(angle) * to.size, to.y - Math.sin(angle) * to.size];
  const back = ARROW_LENGTH + width;
  context.beginPath();
  context.moveTo(tipX, tipY);
  context.lineTo(tipX - back * Math.cos(angle - 0.4), tipY - back * Math.sin(angle - 0.4));
  context.lineTo(tipX - back * Math.cos(angle + 0.4), tipY - back * Math.sin(angle + 0.4));
  context.closePath();
  context.fill();
}

export function createEmphasisLayer(sigma: Sigma<NodeAttributes, EdgeAttributes>, graph: KnowledgeGraph, look: Looks): EmphasisLayer {
  const edges = layer(sigma, "emphasisEdges", "edges");
  const labels = layer(sigma, "emphasisLabels", "labels");
  const labelDrawer = createLabelDrawer();
  let view: View | null = null;
  let blank = true;
  let queued = false;

  // Viewport position and rendered radius of a node as sigma last drew it.
  const point = (node: string): Point | null => {
    const data = sigma.getNodeDisplayData(node);
    if (!data || data.hidden) return null;
    return { ...sigma.framedGraphToViewport(data), size: sigma.scaleSize(data.size) };
  };

  const drawEdge = (edge: string, labelled: boolean): void => {
    const attrs = graph.getEdgeAttributes(edge);
    const d = look.edge(edge, { ...attrs });
    const [source, target] = graph.extremities(edge);
    const [from, to] = [point(source), point(target)];
    if (d.hidden || !from || !to) return;
    // Co-mentions are the weaker kind, and a hub has thousands: thin and faint, under the rest.
    const weak = attrs.predicate === "co_mention";
    const width = weak ? 1 : Math.max(1, Math.min(4, sigma.scaleSize(d.size ?? 1)));
    edges.globalAlpha = weak ? 0.4 : 1;
    edges.strokeStyle = edges.fillStyle = d.color ?? "#4a5562";
    edges.lineWidth = width;
    edges.beginPath();
    edges.moveTo(from.x, from.y);
    edges.lineTo(to.x, to.y);
    edges.stroke();
    if (!SYMMETRIC_PREDICATES.has(attrs.predicate)) arrowHead(edges, from, to, width);
    if (labelled && d.label) labelDrawer.edge(labels, { label: d.label, color: d.color ?? "", size: width }, from, to, sigma.getSettings());
  };

  const draw = (): void => {
    const { focus = null, hover = null, path = null } = view ?? {};
    const empty = !focus && !hover && !path?.edges.size;
    if (empty && blank) return; // nothing drawn, nothing to draw: the common case while panning
    const { width, height } = sigma.getDimensions();
    for (const context of [edges, labels]) clear(context, width, height);
    labelDrawer.reset();
    blank = empty;
    const weakFirst = (node: string): string[] => {
      const all = graph.edges(node);
      return [...all.filter((e) => graph.getEdgeAttribute(e, "predicate") === "co_mention"), ...all.filter((e) => graph.getEdgeAttribute(e, "predicate") !== "co_mention")];
    };
    for (const edge of focus ? weakFirst(focus.node) : []) drawEdge(edge, false);
    for (const edge of hover ? weakFirst(hover.node) : []) drawEdge(edge, true);
    for (const edge of path?.edges ?? []) drawEdge(edge, true); // last: on top
    for (const node of hover?.neighbours ?? []) {
      const d = look.node(node, { ...graph.getNodeAttributes(node) });
      const p = point(node);
      if (p && d.forceLabel && d.label) labelDrawer.node(labels, { ...p, label: d.label, color: d.color ?? "" }, sigma.getSettings());
    }
  };

  sigma.on("afterRender", draw);
  return {
    show(next) {
      view = next;
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        draw();
      });
    },
  };
}
