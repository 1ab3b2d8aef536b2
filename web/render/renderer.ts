// The sigma instance and its wiring: pointer events become actions, state changes that affect
// drawing become refreshes, and the camera is mirrored into state for the URL.
// Refresh policy on large graphs: sigma re-runs the reducers only over the items a change
// concerns (`refresh({ partialGraph, skipIndexation: true })`): a filter, the nodes and edges
// whose visibility or overview label it changes; a selection or a path, their own items; the
// colouring or the label language, every node but no edge. Hovering and a selection's
// neighbourhood are drawn by the emphasis layer, never by sigma. Small graphs re-run everything
// (a focus dims the rest through the reducers), once a frame at most. A correction changes the
// graph in place (changeGraph, then the store's graphChanged): sigma redraws what changed.
import Sigma from "sigma";
import type { ChangedItems } from "../../src/graph/changes.ts";
import type { EdgeAttributes, NodeAttributes } from "../../src/types.ts";
import { createDeriver } from "../state/derived.ts";
import type { View } from "../state/derived.ts";
import type { KnowledgeGraph } from "../state/graph.ts";
import type { GraphIndex } from "../state/graph-index.ts";
import type { Store } from "../state/store.ts";
import type { CameraView, ExplorerState } from "../state/types.ts";
import { createCamera } from "./camera.ts";
import type { CameraMoves } from "./camera.ts";
import { createEmphasisLayer } from "./emphasis-layer.ts";
import { forgetDropped, unheard } from "./graph-sync.ts";
import { createLabelDrawer } from "./labels.ts";
import { communityPalette } from "./palette.ts";
import type { CommunityPalette } from "./palette.ts";
import { edgeReducer, nodeReducer } from "./reducers.ts";
import { pagerankSize } from "./scales.ts";
import { changedItems, overviewChanged, ownItems } from "./refresh-items.ts";
import { edgePrograms, explorerSettings, isLarge } from "./settings.ts";

export interface Renderer extends CameraMoves {
  sigma: Sigma<NodeAttributes, EdgeAttributes>;
  communities: CommunityPalette;
  index: GraphIndex;
  view(): View;
  /** The reducers' look of a node, as drawn now (the legend and panels match their colour to it). */
  colorOf(node: string): string;
  /**
   * Runs `change` on the graph (a correction) without sigma re-indexing it item by item; the
   * store's graphChanged, dispatched next, redraws what it touched.
   */
  changeGraph(change: () => ChangedItems): ChangedItems;
}

/** Filters frame what they keep this long after the last change (a person clicking several). */
const FRAME_AFTER_MS = 350;

const sameCamera = (a: CameraView, b: CameraView): boolean =>
  a.x === b.x && a.y === b.y && a.ratio === b.ratio && a.angle === b.angle;

export function createRenderer(container: HTMLElement, graph: KnowledgeGraph, store: Store): Renderer {
  const large = isLarge(graph);
  const derive = createDeriver(graph, { dim: !large });
  let view = derive(store.get());
  // On large graphs sigma never sees a neighbourhood (the emphasis layer draws them), so no
  // partial refresh can leave a stale look behind in sigma's cache.
  const forSigma = (v: View): View => (large ? { ...v, hover: null, focus: null } : v);
  let drawn = forSigma(view);
  let communities = communityPalette(graph);
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

  /** What changeGraph touched, until graphChanged redraws it; `all`: sigma must be refreshed whole. */
  let changed: { items: ChangedItems[]; all: boolean } = { items: [], all: false };
  const changeGraph = (change: () => ChangedItems): ChangedItems => {
    const items = unheard(graph, change);
    derive.changed(items);
    const all = !forgetDropped(sigma, items);
    changed = { items: [...changed.items, items], all: changed.all || all };
    communities = ctx.communities = communityPalette(graph);
    const size = pagerankSize(graph);
    if (size.key !== ctx.size.key) [ctx.size, changed.all] = [size, true]; // every disc's size changes
    return items;
  };
  /** After a change to the graph: everything derived again; sigma redraws the items it touched (small graphs: all). */
  const redrawChanged = (state: ExplorerState, previous: ExplorerState): void => {
    const before = view;
    view = derive(state);
    drawn = forSigma(view);
    const { items, all } = changed;
    changed = { items: [], all: false };
    if (!large || all) refreshAll();
    else {
      const nodes = new Set<string>();
      const edges = new Set<string>();
      for (const touched of items) {
        for (const n of touched.nodes) nodes.add(n);
        for (const e of touched.edges) edges.add(e);
      }
      overviewChanged(before, view, nodes);
      ownItems(previous.selected, before.path, nodes, edges);
      ownItems(state.selected, view.path, nodes, edges);
      // Items came or went: sigma lays its programs out again (one pass over the graph); else only these are redone.
      const partialGraph = { nodes: [...nodes].filter((n) => graph.hasNode(n)), edges: [...edges].filter((e) => graph.hasEdge(e)) };
      sigma.refresh({ partialGraph, skipIndexation: !items.some((touched) => touched.structural), schedule: true });
    }
    emphasis?.show(view);
    if (state.selected !== null && state.selected !== previous.selected && state.camera === previous.camera) camera.focusOn(state.selected);
  };

  store.subscribe((state, previous) => {
    if (state.revision !== previous.revision) return redrawChanged(state, previous);
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
    get communities() {
      return communities;
    },
    changeGraph,
    get index() {
      return derive.index;
    },
    view: () => view,
    colorOf,
    ...camera,
  };
}
