// Derived state: what the filters let through, the focused neighbourhood, the path and the
// overview's labels, computed from (graph, state). Reducers and panels read this; nothing here
// copies the graph.
import type { KnowledgeGraph } from "./graph.ts";
import type { ChangedItems } from "../../src/graph/changes.ts";
import { NO_DAY, dayOf, indexGraph, updateColumns } from "./graph-index.ts";
import type { GraphIndex } from "./graph-index.ts";
import { shortestVisiblePath } from "./path.ts";
import type { ExplorerState, Filters, PathQuery } from "./types.ts";
import { allVisible, computeVisibility, isOn } from "./visibility.ts";
import type { Visibility } from "./visibility.ts";

export type { Visibility };

export interface PathResult {
  /** Node ids from `from` to `to`; empty when no path exists in the current view. */
  nodes: string[];
  edges: Set<string>;
  /** The path needed co-mentions: no chain of typed relations on screen joins the two. */
  viaCoMentions: boolean;
}

export interface Neighbourhood {
  node: string;
  /** Its neighbours over edges on screen. */
  neighbours: Set<string>;
  /** The same, strongest first: those joined by a typed relation, then by summed weight. */
  ranked: string[];
  /** Each neighbour's place in `ranked`. */
  rank: Map<string, number>;
}

export interface View {
  visible: Visibility;
  /** The node whose neighbourhood stands out (the selection; on small graphs, the hovered one). */
  focus: Neighbourhood | null;
  /** A hovered node lit up without dimming the rest (large graphs: redrawing all is too slow). */
  hover: Neighbourhood | null;
  path: PathResult | null;
  /** Small graphs: everything outside the focus or the path steps aside through the reducers. */
  dim: boolean;
  /** The entities the overview labels whatever the zoom: the top few of each community on screen. */
  overview: ReadonlySet<string>;
}

export interface DeriveOptions {
  /**
   * Small graphs: hovering focuses like selecting, and a focus or a path dims the rest through the
   * reducers. Large graphs: neither (the emphasis layer veils the rest), so a change redraws only
   * the items it concerns.
   */
  dim: boolean;
}

/** Labels per community in the overview, by its size on screen; and at most this many in all. */
const OVERVIEW_LABELS: [minSize: number, labels: number][] = [
  [400, 3],
  [60, 2],
  [8, 1],
];
const MAX_OVERVIEW_LABELS = 150;

function neighbourhood(graph: KnowledgeGraph, node: string | null, visible: Visibility): Neighbourhood | null {
  if (node === null || !graph.hasNode(node)) return null;
  const strength = new Map<string, { typed: boolean; weight: number }>();
  graph.forEachEdge(node, (edge, a, source, target) => {
    if (!visible.edgeShown(edge)) return;
    const other = source === node ? target : source;
    const s = strength.get(other) ?? { typed: false, weight: 0 };
    s.typed ||= a.predicate !== "co_mention";
    s.weight += a.weight;
    strength.set(other, s);
  });
  const ranked = [...strength.keys()].sort((x, y) => {
    const [a, b] = [strength.get(x)!, strength.get(y)!];
    return Number(b.typed) - Number(a.typed) || b.weight - a.weight || (x < y ? -1 : 1);
  });
  return { node, neighbours: new Set(ranked), ranked, rank: new Map(ranked.map((n, i) => [n, i])) };
}

function pathFor(graph: KnowledgeGraph, query: PathQuery, visible: Visibility): PathResult | null {
  const { from, to } = query;
  if (from === null || to === null || !graph.hasNode(from) || !graph.hasNode(to)) return null;
  // Typed relations say how two entities are linked; a co-mention only that they met in an item.
  const typed = (edge: string): boolean => visible.edgeShown(edge) && graph.getEdgeAttribute(edge, "predicate") !== "co_mention";
  let shown = typed;
  let nodes = shortestVisiblePath(graph, from, to, typed);
  if (nodes === null) [shown, nodes] = [visible.edgeShown, shortestVisiblePath(graph, from, to, visible.edgeShown)];
  const edges = new Set<string>();
  const steps = nodes ?? [];
  for (let i = 1; i < steps.length; i++) {
    const [a, b] = [steps[i - 1]!, steps[i]!];
    for (const e of graph.edges(a, b)) if (shown(e)) edges.add(e);
    for (const e of graph.edges(b, a)) if (shown(e)) edges.add(e);
  }
  return { nodes: steps, edges, viaCoMentions: shown !== typed && steps.length > 0 };
}

/**
 * The top entities (by PageRank) of each community on screen, more for bigger ones; only among
 * `candidates` when given (what is new, when the dates keep what was first seen). Nodes by their
 * place in the graph's order, as the visibility flags are.
 */
export function overviewLabels(graph: KnowledgeGraph, visible: Visibility, candidates?: (place: number) => boolean): Set<string> {
  const top = new Map<number, { size: number; best: [string, number][] }>();
  let i = -1;
  graph.forEachNode((node, a) => {
    i++;
    if (visible.nodes[i] !== 1 || (candidates && !candidates(i))) return;
    const c = a.community ?? -1;
    const entry = top.get(c) ?? { size: 0, best: [] };
    entry.size++;
    const rank = a.pagerank ?? 0;
    if (entry.best.length < 3 || rank > entry.best[2]![1]) {
      entry.best.push([node, rank]);
      entry.best.sort((x, y) => y[1] - x[1]);
      if (entry.best.length > 3) entry.best.pop();
    }
    top.set(c, entry);
  });
  const chosen: [string, number][] = [];
  for (const { size, best } of top.values()) {
    const labels = OVERVIEW_LABELS.find(([min]) => size >= min)?.[1] ?? 0;
    for (const pick of best.slice(0, labels)) chosen.push(pick);
  }
  chosen.sort((a, b) => b[1] - a[1]);
  return new Set(chosen.slice(0, MAX_OVERVIEW_LABELS).map(([node]) => node));
}

/** Nodes first seen in the date range, when the dates keep what was first seen. */
function firstSeenIn(index: GraphIndex, filters: Filters): ((place: number) => boolean) | undefined {
  if (filters.dateMode !== "first" || (filters.dateFrom === null && filters.dateTo === null)) return undefined;
  const from = filters.dateFrom ? dayOf(filters.dateFrom) : -Infinity;
  const to = filters.dateTo ? dayOf(filters.dateTo) : Infinity;
  return (i) => index.nodeFirst[i]! !== NO_DAY && index.nodeFirst[i]! >= from && index.nodeFirst[i]! <= to;
}

export interface Deriver {
  (state: ExplorerState): View;
  /** The graph's columns, built on first use (with no filter on, the first frame needs none). */
  readonly index: GraphIndex;
  /** What a change to the graph touched, before the state's revision says so: columns only attributes changed in are kept, updated. */
  changed(items: ChangedItems): void;
}

/**
 * A deriver remembers its last inputs, so hovering does not recompute filters or the path; a new
 * revision of the graph (a correction changed it) derives everything again, its columns too
 * unless it was told only attributes changed (changed()).
 */
export function createDeriver(graph: KnowledgeGraph, options: DeriveOptions): Deriver {
  let columns: GraphIndex | null = null;
  const index = (): GraphIndex => (columns ??= indexGraph(graph));
  let revision = 0;
  /** The columns follow the graph already (changed() updated them). */
  let columnsFollow = false;
  let filters: Filters | null = null;
  let visible: Visibility | null = null;
  let overview: Set<string> = new Set();
  let query: PathQuery | null = null;
  let path: PathResult | null = null;
  const derive = (state: ExplorerState): View => {
    if (state.revision !== revision) {
      revision = state.revision;
      if (!columnsFollow) columns = null;
      [columnsFollow, visible, query] = [false, null, null];
    }
    const filtersChanged = state.filters !== filters || !visible;
    if (filtersChanged || !visible) {
      filters = state.filters;
      visible = isOn(filters) ? computeVisibility(index(), filters) : allVisible(graph.order, graph.size);
      overview = overviewLabels(graph, visible, isOn(filters) ? firstSeenIn(index(), filters) : undefined);
    }
    if (filtersChanged || state.path !== query) {
      query = state.path;
      path = pathFor(graph, query, visible);
    }
    // A path on screen takes over from the selection's neighbourhood; hovering still shows one.
    const selected = path && path.nodes.length > 0 ? null : state.selected;
    const focus = options.dim ? (state.hovered ?? selected) : selected;
    const hover = options.dim ? null : state.hovered;
    return { visible, focus: neighbourhood(graph, focus, visible), hover: neighbourhood(graph, hover, visible), path, dim: options.dim, overview };
  };
  const changed = (items: ChangedItems): void => {
    if (items.structural) columns = null; // places moved: built again on first use
    else if (columns) updateColumns(columns, items.nodes, items.edges);
    columnsFollow = true;
  };
  return Object.assign(Object.defineProperty(derive, "index", { get: index }), { changed }) as Deriver;
}
