// The sigma instance and its wiring: pointer events become actions, state changes that affect
// drawing become refreshes (at most one full refresh per frame), and the camera is mirrored into
// state for the URL.
import Sigma from "sigma";
import type { EdgeAttributes, NodeAttributes } from "../../src/types.ts";
import { createDeriver } from "../state/derived.ts";
import type { Neighbourhood, View } from "../state/derived.ts";
import type { KnowledgeGraph } from "../state/graph.ts";
import type { Store } from "../state/store.ts";
import type { CameraView, ExplorerState } from "../state/types.ts";
import { createLabelDrawer } from "./labels.ts";
import { communityPalette } from "./palette.ts";
import type { CommunityPalette } from "./palette.ts";
import { pagerankSize } from "./scales.ts";
import { explorerSettings } from "./settings.ts";

export interface Renderer {
  sigma: Sigma<NodeAttributes, EdgeAttributes>;
  communities: CommunityPalette;
  view(): View;
  /** Moves the camera onto a node, zooming in if the view is wide. */
  focusOn(node: string): void;
  /** Frames a set of nodes (a path). */
  fit(nodes: readonly string[]): void;
}

/** Above this many nodes + edges, hovering lights a neighbourhood instead of redrawing everything. */
const LARGE_GRAPH_ITEMS = 30_000;

const drawingChanged = (s: ExplorerState, p: ExplorerState): boolean =>
  s.selected !== p.selected || s.hovered !== p.hovered || s.colorBy !== p.colorBy || s.filters !== p.filters || s.path !== p.path;

const onlyHoverChanged = (s: ExplorerState, p: ExplorerState): boolean =>
  s.hovered !== p.hovered && s.selected === p.selected && s.colorBy === p.colorBy && s.filters === p.filters && s.path === p.path;

const sameCamera = (a: CameraView, b: CameraView): boolean =>
  a.x === b.x && a.y === b.y && a.ratio === b.ratio && a.angle === b.angle;

export function createRenderer(container: HTMLElement, graph: KnowledgeGraph, store: Store): Renderer {
  const dimOnHover = graph.order + graph.size <= LARGE_GRAPH_ITEMS;
  const derive = createDeriver(graph, { dimOnHover });
  let view = derive(store.get());
  const communities = communityPalette(graph);
  const ctx = { graph, state: store.get, view: () => view, communities, size: pagerankSize(graph), maxForcedLabels: 40 };
  const labels = createLabelDrawer();
  const sigma = new Sigma<NodeAttributes, EdgeAttributes>(graph, container, explorerSettings(ctx, labels));
  sigma.on("beforeRender", labels.reset);

  let refreshQueued = false;
  const refreshAll = (): void => {
    if (refreshQueued) return;
    refreshQueued = true;
    requestAnimationFrame(() => {
      refreshQueued = false;
      sigma.refresh();
    });
  };
  // Only what the old and the new hovered neighbourhoods cover is redrawn.
  const refreshHover = (before: Neighbourhood | null, after: Neighbourhood | null): void => {
    const nodes = new Set<string>();
    const edges = new Set<string>();
    for (const n of [before, after]) {
      if (!n) continue;
      nodes.add(n.node);
      for (const m of n.neighbours) nodes.add(m);
      graph.forEachEdge(n.node, (edge) => void edges.add(edge));
    }
    sigma.refresh({ partialGraph: { nodes: [...nodes], edges: [...edges] }, skipIndexation: true, schedule: true });
  };

  // A drag that passes over nodes is panning, not hovering.
  sigma.on("enterNode", ({ node, event }) => {
    if (!(event.original as MouseEvent).buttons) store.dispatch({ type: "hover", node });
  });
  sigma.on("leaveNode", () => store.dispatch({ type: "hover", node: null }));
  sigma.on("clickNode", ({ node }) => store.dispatch({ type: "select", node }));
  sigma.on("clickStage", () => store.dispatch({ type: "select", node: null }));

  // The graph area changes size when the entity panel opens or closes, not only with the window.
  let size = { width: container.offsetWidth, height: container.offsetHeight };
  new ResizeObserver(() => {
    const now = { width: container.offsetWidth, height: container.offsetHeight };
    if (now.width === size.width && now.height === size.height) return;
    size = now;
    refreshAll();
  }).observe(container);

  const camera = sigma.getCamera();
  const initial = store.get().camera;
  if (initial) camera.setState(initial);
  camera.on("updated", (c) => store.dispatch({ type: "setCamera", camera: { x: c.x, y: c.y, ratio: c.ratio, angle: c.angle } }));

  store.subscribe((state, previous) => {
    // A camera that did not come from sigma (a pasted link) is applied to it.
    const wanted = state.camera;
    if (wanted && wanted !== previous.camera && !sameCamera(wanted, camera.getState())) camera.setState(wanted);
    if (!drawingChanged(state, previous)) return;
    const before = view;
    view = derive(state);
    if (!dimOnHover && onlyHoverChanged(state, previous)) refreshHover(before.hover, view.hover);
    else refreshAll();
  });

  const focusOn = (node: string): void => {
    const data = sigma.getNodeDisplayData(node);
    if (!data) return;
    void camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.ratio, 0.4) }, { duration: 450 });
  };
  const fit = (nodes: readonly string[]): void => {
    const points = nodes.flatMap((n) => sigma.getNodeDisplayData(n) ?? []);
    if (!points.length) return;
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    // Framed coordinates span about 1 at ratio 1: the extent, with a margin, is the ratio.
    const ratio = Math.min(1.2, Math.max(0.15, Math.max(maxX - minX, maxY - minY) * 1.5));
    void camera.animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 450 });
  };
  return { sigma, communities, view: () => view, focusOn, fit };
}
