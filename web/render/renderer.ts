// The sigma instance and its wiring: pointer events become actions, state changes that affect
// drawing become refreshes, and the camera is mirrored into state for the URL.
// Refresh policy on large graphs: sigma re-runs the reducers only over the items a change
// concerns (`refresh({ partialGraph, skipIndexation: true })`): a filter, the nodes and edges
// whose visibility or overview label it changes; a selection or a path, their own items; the
// colouring or the label language, every node but no edge. Hovering and a selection's
// neighbourhood are drawn by the emphasis layer, never by sigma. Small graphs re-run everything
// (a focus dims the rest through the reducers), once a frame at most.
import Sigma from "sigma";
import type { EdgeAttributes, NodeAttributes } from "../../src/types.ts";
import { createDeriver } from "../state/derived.ts";
import type { PathResult, View } from "../state/derived.ts";
import type { KnowledgeGraph } from "../state/graph.ts";
import type { GraphIndex } from "../state/graph-index.ts";
import type { Store } from "../state/store.ts";
import type { CameraView } from "../state/types.ts";
import { createCamera } from "./camera.ts";
import type { CameraMoves } from "./camera.ts";
import { createEmphasisLayer } from "./emphasis-layer.ts";
import { createLabelDrawer } from "./labels.ts";
import { communityPalette } from "./palette.ts";
import type { CommunityPalette } from "./palette.ts";
import { edgeReducer, nodeReducer } from "./reducers.ts";
import { pagerankSize } from "./scales.ts";
import { edgePrograms, explorerSettings, isLarge } from "./settings.ts";

export interface Renderer extends CameraMoves {
  sigma: Sigma<NodeAttributes, EdgeAttributes>;
  communities: CommunityPalette;
  index: GraphIndex;
  view(): View;
  /** The reducers' look of a node, as drawn now (the legend and panels match their colour to it). */
  colorOf(node: string): string;
}

/** Filters frame what they keep this long after the last change (a person clicking several). */
const FRAME_AFTER_MS = 350;

const sameCamera = (a: CameraView, b: CameraView): boolean =>
  a.x === b.x && a.y === b.y && a.ratio === b.ratio && a.angle === b.angle;

/** What a selection or a path decides the look of, as sigma draws it on a large graph. */
function ownItems(selected: string | null, path: PathResult | null, nodes: Set<string>, edges: Set<string>): void {
  if (selected !== null) nodes.add(selected);
  for (const n of path?.nodes ?? []) nodes.add(n);
  for (const e of path?.edges ?? []) edges.add(e);
}

/**
 * Items whose visibility or overview label differs between two views, with the edges of changed
 * nodes. Edges by their own filters whatever the co-mention switch: co-mentions are switched off by
 * not drawing their program (settings.ts), so that switch costs no edge.
 */
function changedItems(graph: KnowledgeGraph, index: GraphIndex, before: View, after: View, nodes: Set<string>, edges: Set<string>): void {
  const [was, now] = [before.visible, after.visible];
  if (was === now) return;
  for (let i = 0; i < index.nodes.length; i++) {
    const node = index.nodes[i]!;
    const labelled = before.overview.has(node) !== after.overview.has(node);
    if (was.nodes[i] === now.nodes[i] && !labelled) continue;
    nodes.add(node);
    // sigma draws an edge only when both its ends show: a node's edges follow it.
    if (was.nodes[i] !== now.nodes[i]) graph.forEachEdge(node, (edge) => void edges.add(edge));
  }
  for (let j = 0; j < index.edges.length; j++) if (was.edgesWithCoMentions[j] !== now.edgesWithCoMentions[j]) edges.add(index.edges[j]!);
}

export function createRenderer(container: HTMLElement, graph: KnowledgeGraph, store: Store): Renderer {
  const large = isLarge(graph);
  const derive = createDeriver(graph, { dim: !large });
  let view = derive(store.get());
  // On large graphs sigma never sees a neighbourhood (the emphasis layer draws them), so no
  // partial refresh can leave a stale look behind in sigma's cache.
  const forSigma = (v: View): View => (large ? { ...v, hover: null, focus: null } : v);
  let drawn = forSigma(view);
  const communities = communityPalette(graph);
  const ctx = {
    graph,
    state: store.get,
    view: () => drawn,
    communities,
    size: pagerankSize(graph),
    maxForcedLabels: 40,
    ...edgePrograms(graph),
  };
  const labels = createLabelDrawer();
  const veiled = (): boolean => view.focus !== null || (view.path !== null && view.path.nodes.length > 0);
  const sigma = new Sigma<NodeAttributes, EdgeAttributes>(graph, container, explorerSettings(ctx, labels, veiled));
  sigma.on("beforeRender", labels.reset);
  const emphasisCtx = { ...ctx, view: () => view };
  const looks = { node: nodeReducer(emphasisCtx), edge: edgeReducer(emphasisCtx) };
  const emphasis = large ? createEmphasisLayer(sigma, graph, looks) : null;
  emphasis?.show(view);
  const camera = createCamera(sigma, graph, () => view);
  let frameTimer: ReturnType<typeof setTimeout> | undefined;
  const frameLater = (): void => {
    clearTimeout(frameTimer);
    frameTimer = setTimeout(() => {
      const { selected } = store.get();
      if (selected !== null) camera.focusOn(selected);
      else camera.fitVisible();
    }, FRAME_AFTER_MS);
  };

  let fullQueued = false;
  const refreshAll = (): void => {
    if (fullQueued) return;
    fullQueued = true;
    requestAnimationFrame(() => {
      fullQueued = false;
      sigma.refresh();
    });
  };
  /** Re-runs the reducers over these items only: positions and sizes stay, so no re-indexing. */
  const refreshSome = (nodes: Set<string>, edges: Set<string>): void => {
    if (fullQueued || (nodes.size === 0 && edges.size === 0)) return; // a full refresh on its way covers them
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
  // A full refresh also rebuilds sigma's label grid for the new size; on a large graph that would
  // hold up every selection by a few hundred ms, so it only redraws (labels are chosen from the
  // old grid until the next full refresh).
  let size = { width: container.offsetWidth, height: container.offsetHeight };
  new ResizeObserver(() => {
    const now = { width: container.offsetWidth, height: container.offsetHeight };
    if (now.width === size.width && now.height === size.height) return;
    size = now;
    if (large) sigma.scheduleRender();
    else refreshAll();
  }).observe(container);

  const sigmaCamera = sigma.getCamera();
  const initial = store.get().camera;
  if (initial) sigmaCamera.setState(initial);
  sigmaCamera.on("updated", (c) => store.dispatch({ type: "setCamera", camera: { x: c.x, y: c.y, ratio: c.ratio, angle: c.angle } }));

  store.subscribe((state, previous) => {
    // A camera that did not come from sigma (a pasted link) is applied to it.
    const wanted = state.camera;
    if (wanted && wanted !== previous.camera && !sameCamera(wanted, sigmaCamera.getState())) sigmaCamera.setState(wanted);
    const filters = state.filters !== previous.filters;
    const own = state.selected !== previous.selected || state.path !== previous.path;
    const looksOfAll = state.colorBy !== previous.colorBy || state.labels !== previous.labels;
    if (!filters && !own && !looksOfAll && state.hovered === previous.hovered) return;
    const before = view;
    view = derive(state);
    drawn = forSigma(view);
    if (!large) {
      if (filters || own || looksOfAll || state.hovered !== previous.hovered) refreshAll();
    } else if (filters || own || looksOfAll) {
      const nodes = new Set<string>();
      const edges = new Set<string>();
      if (looksOfAll) graph.forEachNode((node) => void nodes.add(node));
      changedItems(graph, derive.index, before, view, nodes, edges);
      ownItems(previous.selected, before.path, nodes, edges);
      ownItems(state.selected, view.path, nodes, edges);
      refreshSome(nodes, edges);
      if (filters) sigma.scheduleRender(); // a kind switched on or off: its program, drawn or not
    }
    emphasis?.show(view);
    // A selection is framed, and so is what the filters keep (after the last of a run of
    // changes); not when the change brought its own camera (a link, or back and forward).
    if (state.camera !== previous.camera) return;
    if (own && state.selected !== null && state.selected !== previous.selected) camera.focusOn(state.selected);
    if (filters) frameLater();
  });

  const colorOf = (node: string): string => looks.node(node, { ...graph.getNodeAttributes(node) }).color ?? "#888";
  return {
    sigma,
    communities,
    get index() {
      return derive.index;
    },
    view: () => view,
    colorOf,
    ...camera,
  };
}
