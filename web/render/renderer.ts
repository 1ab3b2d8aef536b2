// The sigma instance and its wiring: pointer events become actions, state changes that affect
// drawing become refreshes, and the camera is mirrored into state for the URL.
// Refresh policy: filters and colouring re-run the reducers over everything (once per frame at
// most). On large graphs, a selection or a path re-runs them only over the items it concerns
// (nothing dims, so nothing else changes), and hovering redraws only the emphasis layer.
import Sigma from "sigma";
import type { EdgeAttributes, NodeAttributes } from "../../src/types.ts";
import { createDeriver } from "../state/derived.ts";
import type { Neighbourhood, PathResult, View } from "../state/derived.ts";
import type { KnowledgeGraph } from "../state/graph.ts";
import type { Store } from "../state/store.ts";
import type { CameraView, Filters } from "../state/types.ts";
import { createEmphasisLayer } from "./emphasis-layer.ts";
import { createLabelDrawer } from "./labels.ts";
import { communityPalette } from "./palette.ts";
import type { CommunityPalette } from "./palette.ts";
import { edgeReducer, nodeReducer } from "./reducers.ts";
import { pagerankSize } from "./scales.ts";
import { edgeTypes, explorerSettings, isLarge } from "./settings.ts";

export interface Renderer {
  sigma: Sigma<NodeAttributes, EdgeAttributes>;
  communities: CommunityPalette;
  view(): View;
  /** Moves the camera onto a node, zooming in if the view is wide. */
  focusOn(node: string): void;
  /** Frames a set of nodes (a path). */
  fit(nodes: readonly string[]): void;
}

const sameCamera = (a: CameraView, b: CameraView): boolean =>
  a.x === b.x && a.y === b.y && a.ratio === b.ratio && a.angle === b.angle;

/** The nodes and edges whose look a neighbourhood or a path decides. */
function touched(graph: KnowledgeGraph, views: View[]): { nodes: string[]; edges: string[] } {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const add = (n: Neighbourhood | null): void => {
    if (!n) return;
    nodes.add(n.node);
    for (const m of n.neighbours) nodes.add(m);
    graph.forEachEdge(n.node, (edge) => void edges.add(edge));
  };
  const addPath = (p: PathResult | null): void => {
    for (const n of p?.nodes ?? []) nodes.add(n);
    for (const e of p?.edges ?? []) edges.add(e);
  };
  for (const v of views) {
    add(v.focus);
    addPath(v.path);
  }
  return { nodes: [...nodes], edges: [...edges] };
}

/** The edge kinds switched on or off when that is all that changed in the filters, else null. */
function toggledPredicates(now: Filters, was: Filters): Set<string> | null {
  const same = now.hiddenTypes === was.hiddenTypes || now.hiddenTypes.join() === was.hiddenTypes.join();
  if (!same || now.dateFrom !== was.dateFrom || now.dateTo !== was.dateTo || now.minDegree !== was.minDegree) return null;
  const [a, b] = [new Set<string>(now.hiddenPredicates), new Set<string>(was.hiddenPredicates)];
  return new Set([...a, ...b].filter((p) => a.has(p) !== b.has(p)));
}

export function createRenderer(container: HTMLElement, graph: KnowledgeGraph, store: Store): Renderer {
  const large = isLarge(graph);
  const derive = createDeriver(graph, { dim: !large });
  let view = derive(store.get());
  const forSigma = (v: View): View => (large && v.hover ? { ...v, hover: null } : v);
  // On large graphs sigma never sees the hover (the emphasis layer draws it), so no refresh can
  // leave a stale hover look behind in sigma's cache.
  let drawn = forSigma(view);
  const communities = communityPalette(graph);
  const ctx = {
    graph,
    state: store.get,
    view: () => drawn,
    communities,
    size: pagerankSize(graph),
    maxForcedLabels: 40,
    edgeTypes: edgeTypes(graph),
  };
  const labels = createLabelDrawer();
  const sigma = new Sigma<NodeAttributes, EdgeAttributes>(graph, container, explorerSettings(ctx, labels));
  sigma.on("beforeRender", labels.reset);
  const emphasisCtx = { ...ctx, view: () => view };
  const emphasis = large ? createEmphasisLayer(sigma, graph, { node: nodeReducer(emphasisCtx), edge: edgeReducer(emphasisCtx) }) : null;
  emphasis?.show(view);

  let fullQueued = false;
  const refreshAll = (): void => {
    if (fullQueued) return;
    fullQueued = true;
    requestAnimationFrame(() => {
      fullQueued = false;
      sigma.refresh();
    });
  };
  /** Re-runs the reducers over what the two views' focus and path cover, and over `more` edges. */
  const refreshSome = (before: View, after: View, more: string[] = []): void => {
    if (fullQueued) return; // the full refresh on its way covers these items too
    const partialGraph = touched(graph, [before, after]);
    for (const edge of more) partialGraph.edges.push(edge);
    // Only colours, labels and visibility change: positions and sizes stay, so no re-indexing.
    sigma.refresh({ partialGraph, skipIndexation: true, schedule: true });
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

  const camera = sigma.getCamera();
  const initial = store.get().camera;
  if (initial) camera.setState(initial);
  camera.on("updated", (c) => store.dispatch({ type: "setCamera", camera: { x: c.x, y: c.y, ratio: c.ratio, angle: c.angle } }));

  store.subscribe((state, previous) => {
    // A camera that did not come from sigma (a pasted link) is applied to it.
    const wanted = state.camera;
    if (wanted && wanted !== previous.camera && !sameCamera(wanted, camera.getState())) camera.setState(wanted);
    const filters = state.filters !== previous.filters;
    const some = state.selected !== previous.selected || state.path !== previous.path;
    if (!filters && !some && state.colorBy === previous.colorBy && state.hovered === previous.hovered) return;
    const before = view;
    view = derive(state);
    drawn = forSigma(view);
    const predicates = filters ? toggledPredicates(state.filters, previous.filters) : null;
    if (!large || state.colorBy !== previous.colorBy || (filters && !predicates)) refreshAll();
    // Switching an edge kind on or off changes only those edges (and a focus or path they carry).
    else if (predicates) refreshSome(before, view, graph.filterEdges((_, a) => predicates.has(a.predicate)));
    else if (some) refreshSome(before, view);
    emphasis?.show(view);
  });

  const focusOn = (node: string): void => {
    const data = sigma.getNodeDisplayData(node);
    if (!data) return;
    void camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.ratio, 0.4) }, { duration: 450 });
  };
  const fit = (nodes: readonly string[]): void => {
    let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
    for (const node of nodes) {
      const p = sigma.getNodeDisplayData(node);
      if (!p) continue;
      [minX, maxX, minY, maxY] = [Math.min(minX, p.x), Math.max(maxX, p.x), Math.min(minY, p.y), Math.max(maxY, p.y)];
    }
    if (minX === Infinity) return;
    // Framed coordinates span about 1 at ratio 1: the extent, with a margin, is the ratio.
    const ratio = Math.min(1.2, Math.max(0.15, Math.max(maxX - minX, maxY - minY) * 1.5));
    void camera.animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 450 });
  };
  return { sigma, communities, view: () => view, focusOn, fit };
}
