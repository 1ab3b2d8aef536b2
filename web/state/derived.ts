// Derived state: what the filters let through, the focused neighbourhood and the path, computed
// from (graph, state). Reducers and panels read this; nothing here copies the graph.
import type { EdgeAttributes, NodeAttributes } from "../../src/types.ts";
import { degreeOf } from "./graph.ts";
import type { KnowledgeGraph } from "./graph.ts";
import { shortestVisiblePath } from "./path.ts";
import type { ExplorerState, Filters, PathQuery } from "./types.ts";

export interface Visibility {
  node(node: string, attrs: NodeAttributes): boolean;
  /** The edge itself passes the filters (its extremities may not). */
  edge(attrs: EdgeAttributes): boolean;
  /** The edge and both its extremities pass: it is on screen. */
  edgeShown(edge: string): boolean;
}

export interface PathResult {
  /** Node ids from `from` to `to`; empty when no path exists in the current view. */
  nodes: string[];
  edges: Set<string>;
}

export interface Neighbourhood {
  node: string;
  /** Its neighbours over edges on screen. */
  neighbours: Set<string>;
}

export interface View {
  visible: Visibility;
  /** The node whose neighbourhood stands out (the selection; on small graphs, the hovered one). */
  focus: Neighbourhood | null;
  /** A hovered node lit up without dimming the rest (large graphs: redrawing all is too slow). */
  hover: Neighbourhood | null;
  path: PathResult | null;
  /** Everything outside the focus or the path steps aside (small graphs only). */
  dim: boolean;
}

export interface DeriveOptions {
  /**
   * Small graphs: hovering focuses like selecting, and a focus or a path dims the rest. Large
   * graphs: neither, so a change redraws only the items it concerns.
   */
  dim: boolean;
}

const seenIn = (first: string | null, last: string | null, from: string | null, to: string | null): boolean => {
  if (!from && !to) return true;
  const start = first ?? last;
  const end = last ?? first;
  if (start === null || end === null) return false;
  return (!from || end >= from) && (!to || start <= to);
};

const EVERYTHING: Visibility = { node: () => true, edge: () => true, edgeShown: () => true };

export function visibility(graph: KnowledgeGraph, filters: Filters): Visibility {
  const { hiddenTypes: types, hiddenPredicates: predicates, dateFrom: from, dateTo: to, minDegree: min } = filters;
  // No filter on: every check is a constant, which the reducers call 120,000 times a refresh.
  if (!types.length && !predicates.length && !from && !to && min === 0) return EVERYTHING;
  const hiddenTypes = new Set<string>(filters.hiddenTypes);
  const hiddenPredicates = new Set<string>(filters.hiddenPredicates);
  const { dateFrom, dateTo, minDegree } = filters;
  const node = (id: string, a: NodeAttributes): boolean =>
    !hiddenTypes.has(a.type) &&
    (minDegree === 0 || degreeOf(graph, id) >= minDegree) &&
    seenIn(a.firstSeen, a.lastSeen, dateFrom, dateTo);
  const edge = (a: EdgeAttributes): boolean =>
    !hiddenPredicates.has(a.predicate) && seenIn(a.firstSeen, a.lastSeen, dateFrom, dateTo);
  const edgeShown = (id: string): boolean => {
    const [s, t] = graph.extremities(id);
    return (
      edge(graph.getEdgeAttributes(id)) && node(s, graph.getNodeAttributes(s)) && node(t, graph.getNodeAttributes(t))
    );
  };
  return { node, edge, edgeShown };
}

function neighbourhood(graph: KnowledgeGraph, node: string | null, visible: Visibility): Neighbourhood | null {
  if (node === null || !graph.hasNode(node)) return null;
  const neighbours = new Set<string>();
  graph.forEachEdge(node, (edge, _a, source, target) => {
    if (visible.edgeShown(edge)) neighbours.add(source === node ? target : source);
  });
  return { node, neighbours };
}

function pathFor(graph: KnowledgeGraph, query: PathQuery, visible: Visibility): PathResult | null {
  const { from, to } = query;
  if (from === null || to === null || !graph.hasNode(from) || !graph.hasNode(to)) return null;
  const nodes = shortestVisiblePath(graph, from, to, visible.edgeShown) ?? [];
  const edges = new Set<string>();
  for (let i = 1; i < nodes.length; i++) {
    const a = nodes[i - 1]!;
    const b = nodes[i]!;
    for (const e of [...graph.edges(a, b), ...graph.edges(b, a)]) if (visible.edgeShown(e)) edges.add(e);
  }
  return { nodes, edges };
}

/** A deriver remembers its last inputs, so hovering does not recompute filters or the path. */
export function createDeriver(graph: KnowledgeGraph, options: DeriveOptions): (state: ExplorerState) => View {
  let filters: Filters | null = null;
  let visible: Visibility | null = null;
  let query: PathQuery | null = null;
  let path: PathResult | null = null;
  return (state) => {
    const filtersChanged = state.filters !== filters;
    if (filtersChanged || !visible) {
      filters = state.filters;
      visible = visibility(graph, filters);
    }
    if (filtersChanged || state.path !== query) {
      query = state.path;
      path = pathFor(graph, query, visible);
    }
    // A path on screen takes over from the selection's neighbourhood; hovering still shows one.
    const selected = path && path.nodes.length > 0 ? null : state.selected;
    const focus = options.dim ? (state.hovered ?? selected) : selected;
    const hover = options.dim ? null : state.hovered;
    const dim = options.dim;
    return { visible, focus: neighbourhood(graph, focus, visible), hover: neighbourhood(graph, hover, visible), path, dim };
  };
}
