// What the filters let through, as one flag per node and per edge over the graph's columns
// (graph-index.ts), and the counts the filter panel shows: each entity type and edge kind counted
// under the other filters, as it would show if switched on.
import { ENTITY_TYPES } from "../../src/types.ts";
import type { EdgeKind, EntityType } from "../../src/types.ts";
import { NO_DAY, dayOf } from "./graph-index.ts";
import type { GraphIndex } from "./graph-index.ts";
import { EDGE_KINDS } from "./types.ts";
import type { Filters } from "./types.ts";

export interface Visibility {
  /** 1 where the node passes the filters, by node place. */
  nodes: Uint8Array;
  /** 1 where the edge itself passes them, by edge place (it is drawn when both ends pass too). */
  edges: Uint8Array;
  /** The same, were co-mentions switched on: on large graphs sigma switches them off whole (settings.ts). */
  edgesWithCoMentions: Uint8Array;
  node(node: string): boolean;
  /** The edge itself passes the filters (its extremities may not). */
  edge(edge: string): boolean;
  /** The edge would pass them if co-mentions were switched on. */
  edgeWithCoMentions(edge: string): boolean;
  /** The edge and both its extremities pass: it is on screen. */
  edgeShown(edge: string): boolean;
  nodeCount: number;
  edgeCount: number;
  /** No filter is on: everything shows. */
  everything: boolean;
}

export const isOn = (f: Filters): boolean =>
  f.hiddenTypes.length > 0 || f.hiddenPredicates.length > 0 || f.dateFrom !== null || f.dateTo !== null || f.minDegree > 0;

function flags<T extends string>(all: readonly T[], hidden: readonly T[]): Uint8Array {
  const out = new Uint8Array(256);
  for (const item of hidden) {
    const at = all.indexOf(item);
    if (at >= 0) out[at] = 1;
  }
  return out;
}

/**
 * Dates in "seen" mode: an entity or relation shows when its first–last seen span meets the
 * range. In "first" mode: a relation shows when it was first seen in the range, an entity when it
 * was, or when it gained such a relation (what is new, with what it joins).
 */
export function computeVisibility(index: GraphIndex, filters: Filters): Visibility {
  const n = index.nodes.length;
  const m = index.edges.length;
  const nodes = new Uint8Array(n);
  const edges = new Uint8Array(m);
  const edgesWithCoMentions = new Uint8Array(m);
  const coMention = EDGE_KINDS.indexOf("co_mention");
  // An edge that passes its other filters: its own flag, and the one ignoring the co-mention switch.
  const set = (j: number, passes: boolean): void => {
    const kind = edgeKind[j]!;
    const kindOn = kindHidden[kind] === 0;
    edges[j] = passes && kindOn ? 1 : 0;
    edgesWithCoMentions[j] = passes && (kindOn || kind === coMention) ? 1 : 0;
  };
  const { nodeType, nodeFirst, nodeLast, nodeDegree, edgeSource, edgeTarget, edgeKind, edgeFirst, edgeLast } = index;
  const typeHidden = flags(ENTITY_TYPES, filters.hiddenTypes);
  const kindHidden = flags(EDGE_KINDS, filters.hiddenPredicates);
  const from = filters.dateFrom ? dayOf(filters.dateFrom) : -Infinity;
  const to = filters.dateTo ? dayOf(filters.dateTo) : Infinity;
  const dated = filters.dateFrom !== null || filters.dateTo !== null;
  const min = filters.minDegree;
  const meets = (first: number, last: number): boolean => first !== NO_DAY && last >= from && first <= to;
  const within = (day: number): boolean => day !== NO_DAY && day >= from && day <= to;
  for (let i = 0; i < n; i++) nodes[i] = typeHidden[nodeType[i]!] === 0 && nodeDegree[i]! >= min ? 1 : 0;
  if (filters.dateMode === "first" && dated) {
    for (let j = 0; j < m; j++) {
      set(j, within(edgeFirst[j]!) && nodes[edgeSource[j]!] === 1 && nodes[edgeTarget[j]!] === 1);
    }
    const touched = new Uint8Array(n);
    for (let j = 0; j < m; j++) if (edges[j] === 1) touched[edgeSource[j]!] = touched[edgeTarget[j]!] = 1;
    for (let i = 0; i < n; i++) if (nodes[i] === 1 && touched[i] === 0 && !within(nodeFirst[i]!)) nodes[i] = 0;
  } else {
    if (dated) for (let i = 0; i < n; i++) if (nodes[i] === 1 && !meets(nodeFirst[i]!, nodeLast[i]!)) nodes[i] = 0;
    for (let j = 0; j < m; j++) set(j, !dated || meets(edgeFirst[j]!, edgeLast[j]!));
  }
  let nodeCount = 0;
  let edgeCount = 0;
  for (let i = 0; i < n; i++) nodeCount += nodes[i]!;
  for (let j = 0; j < m; j++) edgeCount += edges[j]! & nodes[edgeSource[j]!]! & nodes[edgeTarget[j]!]!;
  const { nodePlace, edgePlace } = index;
  const everything = !isOn(filters);
  const edgeOk = (edge: string): boolean => edges[edgePlace.get(edge) ?? -1] === 1;
  const withCoMentions = (edge: string): boolean => edgesWithCoMentions[edgePlace.get(edge) ?? -1] === 1;
  const nodeOk = (node: string): boolean => nodes[nodePlace.get(node) ?? -1] === 1;
  return {
    nodes,
    edges,
    edgesWithCoMentions,
    edgeWithCoMentions: everything ? () => true : withCoMentions,
    // No filter on: constants, which the reducers call 175,000 times a full refresh.
    node: everything ? () => true : nodeOk,
    edge: everything ? () => true : edgeOk,
    edgeShown: everything
      ? () => true
      : (edge) => {
          const j = edgePlace.get(edge);
          return j !== undefined && edges[j] === 1 && nodes[edgeSource[j]!] === 1 && nodes[edgeTarget[j]!] === 1;
        },
    nodeCount,
    edgeCount,
    everything,
  };
}

/** No filter on: everything shows (needs no columns, so the first frame does not wait for them). */
export function allVisible(nodeCount: number, edgeCount: number): Visibility {
  const yes = (): boolean => true;
  const edges = new Uint8Array(edgeCount).fill(1);
  return {
    nodes: new Uint8Array(nodeCount).fill(1),
    edges,
    edgesWithCoMentions: edges,
    edgeWithCoMentions: yes,
    node: yes,
    edge: yes,
    edgeShown: yes,
    nodeCount,
    edgeCount,
    everything: true,
  };
}

export interface Facets {
  /** Entities of each type that show, or would show if that type were switched on. */
  types: Map<EntityType, number>;
  /** Relations of each kind that show, or would show if that kind were switched on. */
  kinds: Map<EdgeKind, number>;
  /** Entities on screen per community. */
  communities: Map<number, number>;
}

function countBy(keys: ArrayLike<number>, shown: (i: number) => boolean, length: number): Map<number, number> {
  const out = new Map<number, number>();
  for (let i = 0; i < length; i++) if (shown(i)) out.set(keys[i]!, (out.get(keys[i]!) ?? 0) + 1);
  return out;
}

export function facetCounts(index: GraphIndex, filters: Filters, visible: Visibility): Facets {
  const shownEdge = (v: Visibility) => (j: number): boolean =>
    v.edges[j] === 1 && v.nodes[index.edgeSource[j]!] === 1 && v.nodes[index.edgeTarget[j]!] === 1;
  const byType = countBy(index.nodeType, (i) => visible.nodes[i] === 1, index.nodes.length);
  const byKind = countBy(index.edgeKind, shownEdge(visible), index.edges.length);
  const types = new Map<EntityType, number>();
  ENTITY_TYPES.forEach((type, t) => {
    if (!filters.hiddenTypes.includes(type)) return types.set(type, byType.get(t) ?? 0);
    const on = computeVisibility(index, { ...filters, hiddenTypes: filters.hiddenTypes.filter((x) => x !== type) });
    types.set(type, countBy(index.nodeType, (i) => on.nodes[i] === 1, index.nodes.length).get(t) ?? 0);
  });
  const kinds = new Map<EdgeKind, number>();
  EDGE_KINDS.forEach((kind, k) => {
    if (!filters.hiddenPredicates.includes(kind)) return kinds.set(kind, byKind.get(k) ?? 0);
    const on = computeVisibility(index, { ...filters, hiddenPredicates: filters.hiddenPredicates.filter((x) => x !== kind) });
    kinds.set(kind, countBy(index.edgeKind, shownEdge(on), index.edges.length).get(k) ?? 0);
  });
  const communities = countBy(index.nodeCommunity, (i) => visible.nodes[i] === 1, index.nodes.length);
  return { types, kinds, communities };
}
