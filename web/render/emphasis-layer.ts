// Large graphs: what matters now — the selection's neighbourhood, the hovered node's, the path —
// drawn on canvas layers among sigma's, without re-running sigma over 150,000 edges (a sigma
// refresh redraws everything, a tenth of a second or more in software WebGL). A selection or a
// path veils the graph (the rest dims, as on small graphs) and draws its own edges, typed
// relations over co-mentions, its nodes, and its neighbours' labels, strongest first, as many as
// fit. What each item looks like is still the reducers' decision: this layer asks them.
import type Sigma from "sigma";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { SYMMETRIC_PREDICATES } from "../../src/types.ts";
import type { EdgeAttributes, NodeAttributes } from "../../src/types.ts";
import type { Neighbourhood, View } from "../state/derived.ts";
import type { KnowledgeGraph } from "../state/graph.ts";
import { createLabelDrawer } from "./labels.ts";
import { PATH_COLOR, VEIL_COLOR } from "./palette.ts";

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
/** Labels tried per frame in a neighbourhood, strongest first (each costs a text measure). */
const MAX_LABEL_TRIES = 400;

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
  context.moveTo(tipX, tipY);
  context.lineTo(tipX - back * Math.cos(angle - 0.4), tipY - back * Math.sin(angle - 0.4));
  context.lineTo(tipX - back * Math.cos(angle + 0.4), tipY - back * Math.sin(angle + 0.4));
  context.closePath();
}

export function createEmphasisLayer(sigma: Sigma<NodeAttributes, EdgeAttributes>, graph: KnowledgeGraph, look: Looks): EmphasisLayer {
  const under = layer(sigma, "emphasisEdges", "edges"); // below sigma's nodes: hover and path without a veil
  const over = layer(sigma, "emphasisFocus", "labels"); // above sigma's labels: the veil and what it sets off
  const labels = layer(sigma, "emphasisLabels", "emphasisFocus");
  const labelDrawer = createLabelDrawer();
  const captor = sigma.getMouseCaptor();
  let view: View | null = null;
  let blank = true;
  let queued = false;

  // Viewport position and rendered radius of a node as sigma last drew it.
  const point = (node: string): Point | null => {
    const data = sigma.getNodeDisplayData(node);
    if (!data || data.hidden) return null;
    return { ...sigma.framedGraphToViewport(data), size: sigma.scaleSize(data.size) };
  };

  /** Edges in batches: one stroke per colour and width, weak ones first, arrows filled after. */
  const drawEdges = (context: CanvasRenderingContext2D, edges: Iterable<string>, onPath: boolean, labelled = false): void => {
    const named: [string, Point, Point, number][] = [];
    const batches = new Map<string, { weak: boolean; color: string; width: number; lines: [Point, Point][]; arrows: [Point, Point][] }>();
    const shown = view?.visible.edgeShown ?? (() => true);
    for (const edge of edges) {
      if (!shown(edge)) continue; // kinds switched off are not hidden by the reducers on large graphs
      const attrs = graph.getEdgeAttributes(edge);
      const d = look.edge(edge, { ...attrs });
      const [source, target] = graph.extremities(edge);
      const [from, to] = [point(source), point(target)];
      if (d.hidden || !from || !to) continue;
      // Co-mentions are the weaker kind, and a hub has thousands: thin and faint, under the rest.
      const weak = attrs.predicate === "co_mention" && !onPath;
      // Typed relations: 1–3 px by weight (the reducers' size grows with its log), whatever the zoom.
      const width = onPath ? 3 : weak ? 1 : Math.min(3, Math.round(0.5 + (d.size ?? 1) * 0.5));
      const color = onPath ? PATH_COLOR : (d.color ?? "#4a5562");
      const id = `${weak}|${color}|${width}`;
      const batch = batches.get(id) ?? { weak, color, width, lines: [], arrows: [] };
      batch.lines.push([from, to]);
      if (!SYMMETRIC_PREDICATES.has(attrs.predicate)) batch.arrows.push([from, to]);
      batches.set(id, batch);
      if (labelled && d.label) named.push([d.label, from, to, width]);
    }
    const ordered = [...batches.values()].sort((a, b) => Number(b.weak) - Number(a.weak));
    for (const { weak, color, width, lines, arrows } of ordered) {
      context.globalAlpha = weak ? 0.55 : 0.8;
      context.strokeStyle = context.fillStyle = color;
      context.lineWidth = width;
      context.beginPath();
      for (const [from, to] of lines) {
        context.moveTo(from.x, from.y);
        context.lineTo(to.x, to.y);
      }
      context.stroke();
      context.beginPath();
      for (const [from, to] of arrows) arrowHead(context, from, to, width);
      context.fill();
    }
    context.globalAlpha = 1;
    for (const [label, from, to, size] of named) labelDrawer.edge(labels, { label, color: "", size }, from, to, sigma.getSettings());
  };

  /** Discs for nodes the veil covers but the view sets off, batched by colour. */
  const drawNodes = (context: CanvasRenderingContext2D, nodes: Iterable<string>): void => {
    const byColor = new Map<string, Point[]>();
    for (const node of nodes) {
      const p = point(node);
      if (!p) continue;
      const color = look.node(node, { ...graph.getNodeAttributes(node) }).color ?? "#888";
      const list = byColor.get(color) ?? [];
      list.push(p);
      byColor.set(color, list);
    }
    for (const [color, points] of byColor) {
      context.fillStyle = color;
      context.beginPath();
      for (const p of points) {
        context.moveTo(p.x + p.size, p.y);
        context.arc(p.x, p.y, Math.max(1.5, p.size), 0, Math.PI * 2);
      }
      context.fill();
    }
  };

  /** A neighbourhood's labels, strongest first, skipping any that would overlap one drawn. */
  const drawLabels = (hood: Neighbourhood): void => {
    const settings = sigma.getSettings();
    const { width, height } = sigma.getDimensions();
    let tries = 0;
    for (const node of hood.ranked) {
      const p = point(node);
      if (!p || p.x < 0 || p.y < 0 || p.x > width || p.y > height) continue;
      if (++tries > MAX_LABEL_TRIES) break;
      const d = look.node(node, { ...graph.getNodeAttributes(node) });
      if (d.label) labelDrawer.node(labels, { ...p, label: d.label, color: d.color ?? "" }, settings);
    }
  };

  const edgesOf = (hood: Neighbourhood | null): string[] => (hood ? graph.edges(hood.node) : []);
  const nodesOf = (hood: Neighbourhood | null): string[] => (hood ? hood.ranked : []);

  const draw = (): void => {
    const { focus = null, hover = null, path = null } = view ?? {};
    const pathShown = path !== null && path.nodes.length > 0;
    const empty = !focus && !hover && !pathShown;
    if (empty && blank) return; // nothing drawn, nothing to draw: the common case while panning
    const { width, height } = sigma.getDimensions();
    for (const context of [under, over, labels]) clear(context, width, height);
    labelDrawer.reset();
    blank = empty;
    if (empty) return;
    const moving = sigma.getCamera().isAnimated() || captor.isMoving || captor.draggedEvents > 0;
    const veiled = focus !== null || pathShown;
    if (veiled) {
      // The rest steps aside: a veil over sigma's nodes, edges and labels, then what stands out.
      over.fillStyle = VEIL_COLOR;
      over.fillRect(0, 0, width, height);
      // While the camera moves sigma draws no edges and no labels; neither does this layer.
      if (!moving) {
        drawEdges(over, edgesOf(focus), false);
        drawEdges(over, edgesOf(hover), false, true);
        drawEdges(over, path?.edges ?? [], true, true);
      }
      drawNodes(over, nodesOf(focus));
      drawNodes(over, nodesOf(hover));
      drawNodes(over, path?.nodes ?? []);
      if (focus) drawNodes(over, [focus.node]);
    } else if (!moving) drawEdges(under, edgesOf(hover), false, true);
    if (moving) return;
    // Labels: the hovered node's neighbours first (what the pointer asks about), then the focus's.
    for (const hood of [hover, focus]) if (hood) drawLabels(hood);
    if (pathShown) drawLabels({ node: path.nodes[0]!, neighbours: new Set(path.nodes), ranked: path.nodes, rank: new Map() });
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
