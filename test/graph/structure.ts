// What a build decides about a graph, leaving out what the analyses compute: the incremental
// path and a full build must agree on all of it.
import type { KnowledgeGraph } from "../../src/graph/types.ts";

/** Everything a build decides, leaving out what the analyses compute, in a stable order. */
export function structure(graph: KnowledgeGraph) {
  const nodes = graph.mapNodes((node, a) => ({ node, name: a.name, label: a.label, type: a.type, aliases: a.aliases, mentions: a.mentions, docs: a.docs, firstSeen: a.firstSeen, lastSeen: a.lastSeen }));
  const edges = graph.mapEdges((key, a, source, target) => ({ key, source, target, predicate: a.predicate, weight: a.weight, evidence: a.evidence, roles: a.roles, firstSeen: a.firstSeen, lastSeen: a.lastSeen }));
  const order = (x: { node?: string; key?: string }, y: { node?: string; key?: string }) => ((x.node ?? x.key)! < (y.node ?? y.key)! ? -1 : 1);
  return { nodes: nodes.sort(order), edges: edges.sort(order) };
}

