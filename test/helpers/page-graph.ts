// The explorer page's copy of a graph (every attribute, edges without evidence) and what it
// shows of one, in a stable order: tests of graph changes compare the two.
import { facts } from "../../src/graph/changes.ts";
import { createGraph, type KnowledgeGraph } from "../../src/graph/types.ts";
import type { Evidence } from "../../src/types.ts";

export const NO_EVIDENCE: Evidence[] = [];

/** A copy as the page holds it. */
export function pageCopy(graph: KnowledgeGraph): KnowledgeGraph {
  const copy = createGraph();
  graph.forEachNode((node, a) => copy.addNode(node, structuredClone(a)));
  graph.forEachEdge((edge, a, source, target) => copy.addEdgeWithKey(edge, source, target, { ...structuredClone(facts(a)), evidence: NO_EVIDENCE }));
  return copy;
}

/** Every node with its attributes and every edge with its ends and facts, sorted by key. */
export function seen(graph: KnowledgeGraph) {
  const nodes = graph.mapNodes((node, a) => [node, a] as const).sort(([x], [y]) => (x < y ? -1 : 1));
  const edges = graph.mapEdges((edge, a, source, target) => [edge, source, target, facts(a)] as const).sort(([x], [y]) => (x < y ? -1 : 1));
  return { nodes, edges };
}
