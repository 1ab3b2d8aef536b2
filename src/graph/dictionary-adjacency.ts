// graphology keeps each node's neighbours in plain objects keyed by neighbour ({} per node and
// direction). V8 fills such an object through a chain of hidden classes, one per key added, and
// tens of thousands of objects whose first keys all differ overflow the transitions of the one
// class they start from: on the bulk store, half of all edge insertion went there. Objects that
// start in dictionary mode (a hash table, which V8 turns every big one into anyway) skip it.
import type { AbstractGraph, Attributes } from "graphology-types";

/** What graphology 0.26 keeps per node; read defensively, as it is not public. */
type NodeData = Partial<Record<(typeof ADJACENCY_KEYS)[number], unknown>>;

/** A directed graph's nodes have in and out, an undirected graph's undirected, a mixed graph's all three. */
const ADJACENCY_KEYS = ["in", "out", "undirected"] as const;

/** A plain object (Object.prototype and all) that V8 keeps as a hash table from the start. */
export function dictionaryObject(): Record<string, unknown> {
  return Object.setPrototypeOf(Object.create(null), Object.prototype) as Record<string, unknown>;
}

const isEmptyPlainObject = (value: unknown): value is object => {
  if (typeof value !== "object" || value === null || Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const _ in value) return false;
  return true;
};

/**
 * Before a graph's edges are added in bulk: gives every node dictionary-mode adjacency. Touches
 * only empty adjacency objects of the shape it knows, so on another graphology it does nothing.
 * Returns how many nodes it prepared.
 */
export function useDictionaryAdjacency(graph: AbstractGraph): number {
  const nodes = (graph as unknown as { _nodes?: unknown })._nodes;
  if (!(nodes instanceof Map)) return 0;
  let prepared = 0;
  for (const data of nodes.values() as IterableIterator<NodeData>) {
    const keys = ADJACENCY_KEYS.filter((key) => key in data);
    if (keys.length === 0 || !keys.every((key) => isEmptyPlainObject(data[key]))) continue;
    for (const key of keys) data[key] = dictionaryObject();
    prepared++;
  }
  return prepared;
}

/** graph.copy(), with dictionary-mode adjacency: the same nodes, edges, keys and (copied) attributes. */
export function copyGraph<G extends AbstractGraph<Attributes, Attributes, Attributes>>(graph: G): G {
  const copy = graph.emptyCopy() as G;
  useDictionaryAdjacency(copy);
  graph.forEachEdge((key, attributes, source, target, _sa, _ta, undirected) => {
    if (undirected) copy.addUndirectedEdgeWithKey(key, source, target, { ...attributes });
    else copy.addDirectedEdgeWithKey(key, source, target, { ...attributes });
  });
  return copy;
}
