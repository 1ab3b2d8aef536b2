// A correction changes the page's graph in place (web/curation.ts). sigma listens to the graph,
// and for each node or edge dropped its handler re-indexes the whole graph, reducers and all (a
// full refresh: 0.7–0.8 s on the bulk store), where a merge of a hub drops thousands of edges.
// So the change runs with the graph's listeners off, sigma is then told once what went, and the
// renderer refreshes what came or changed.
import type Sigma from "sigma";
import type { ChangedItems } from "../../src/graph/changes.ts";
import type { EdgeAttributes, NodeAttributes } from "../../src/types.ts";
import type { KnowledgeGraph } from "../state/graph.ts";

/** Every event graphology emits about nodes and edges. */
const GRAPH_EVENTS = [
  "nodeAdded",
  "nodeDropped",
  "nodeAttributesUpdated",
  "eachNodeAttributesUpdated",
  "edgeAdded",
  "edgeDropped",
  "edgeAttributesUpdated",
  "eachEdgeAttributesUpdated",
  "edgesCleared",
  "cleared",
] as const;

/** Runs `change` with no listener told of it (sigma's among them), then puts them back. */
export function unheard<T>(graph: KnowledgeGraph, change: () => T): T {
  const saved = GRAPH_EVENTS.map((event) => [event, graph.listeners(event)] as const);
  for (const [event] of saved) graph.removeAllListeners(event);
  try {
    return change();
  } finally {
    for (const [event, listeners] of saved) for (const listener of listeners) graph.on(event, listener as (payload: unknown) => void);
  }
}

/** What sigma's nodeDropped and edgeDropped handlers do before their full refresh (private in sigma 3's types). */
interface SigmaBookkeeping {
  removeNode?: (key: string) => void;
  removeEdge?: (key: string) => void;
}

/**
 * Makes sigma forget the items gone: their display data, and their place among the highlighted
 * nodes and forced labels (else a merged-away node's label would still be drawn). False when this
 * sigma has no such methods: a full refresh then starts its bookkeeping afresh.
 */
export function forgetDropped(sigma: Sigma<NodeAttributes, EdgeAttributes>, items: ChangedItems): boolean {
  const own = sigma as unknown as SigmaBookkeeping;
  const { removeNode, removeEdge } = own;
  if (typeof removeNode !== "function" || typeof removeEdge !== "function") return false;
  for (const node of items.droppedNodes) removeNode.call(sigma, node);
  for (const edge of items.droppedEdges) removeEdge.call(sigma, edge);
  return true;
}
