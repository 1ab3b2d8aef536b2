// The incremental path: a digest folded into a built graph lands where a full build puts it
// (nodes, edges, weights, evidence), and its new nodes get every analysis attribute.
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/analyse/index.ts";
import { undirectedProjection } from "../../src/analyse/projection.ts";
import { buildGraph } from "../../src/graph/build.ts";
import { foldExtractions } from "../../src/graph/fold.ts";
import { createAliasIndex } from "../../src/query/alias-index.ts";
import type { KnowledgeGraph } from "../../src/graph/types.ts";
import { SYMMETRIC_PREDICATES } from "../../src/types.ts";
import { FIXTURE_NAMES, fixture } from "./fixtures.ts";

/**
 * Everything a build decides, leaving out what the analyses compute. A node is known by its
 * aliases, not its id: a full build names a merged node after its best-attested member, while
 * folding keeps the id (and the name) the stored node already has.
 */
function structure(graph: KnowledgeGraph) {
  const identity = (node: string) => [...graph.getNodeAttribute(node, "aliases")].sort().join(" | ");
  const nodes = graph.mapNodes((node, a) => ({ node: identity(node), type: a.type, mentions: a.mentions, docs: a.docs, firstSeen: a.firstSeen, lastSeen: a.lastSeen }));
  const edges = graph.mapEdges((_key, a, source, target) => {
    const ends = [identity(source), identity(target)];
    return { ends: SYMMETRIC_PREDICATES.has(a.predicate) ? ends.sort() : ends, predicate: a.predicate, weight: a.weight, evidence: a.evidence, roles: a.roles, firstSeen: a.firstSeen, lastSeen: a.lastSeen };
  });
  const order = (x: object, y: object) => (JSON.stringify(x) < JSON.stringify(y) ? -1 : 1);
  return { nodes: nodes.sort(order), edges: edges.sort(order) };
}

describe("foldExtractions", () => {
  it.each(FIXTURE_NAMES.map((name) => [name]))("folds %s into a graph of the others as a full build would", (name) => {
    const graph = buildGraph(FIXTURE_NAMES.filter((n) => n !== name).map(fixture));
    analyse(graph);
    const { index } = foldExtractions(graph, [fixture(name)]);
    expect(structure(graph)).toEqual(structure(buildGraph(FIXTURE_NAMES.map(fixture))));
    expect(graph.getAttribute("pending")).toBe(1);
    // The index the fold hands over is the one a query would build from the folded graph.
    expect([...index.byKey].sort()).toEqual([...createAliasIndex(graph).byKey].sort());
  });

  it("gives new nodes every analysis attribute and recounts degrees", () => {
    const graph = buildGraph(FIXTURE_NAMES.slice(0, 2).map(fixture));
    analyse(graph);
    const report = foldExtractions(graph, FIXTURE_NAMES.slice(2).map(fixture));
    expect(report.addedNodes.length).toBeGreaterThan(0);
    const projection = undirectedProjection(graph);
    for (const node of report.addedNodes) {
      const a = graph.getNodeAttributes(node);
      for (const value of [a.community, a.pagerank, a.betweenness, a.x, a.y]) expect(Number.isFinite(value)).toBe(true);
    }
    graph.forEachNode((node, a) => expect(a.degree).toBe(projection.degree(node)));
  });

  it("a linked new node joins a neighbour's community and sits near it", () => {
    const graph = buildGraph(FIXTURE_NAMES.slice(0, 3).map(fixture));
    analyse(graph);
    const report = foldExtractions(graph, [fixture(FIXTURE_NAMES[3])]);
    const linked = report.addedNodes.filter((n) => graph.neighbors(n).some((m) => !report.addedNodes.includes(m)));
    expect(linked.length).toBeGreaterThan(0);
    for (const node of linked) {
      const communities = graph.neighbors(node).filter((m) => !report.addedNodes.includes(m)).map((m) => graph.getNodeAttribute(m, "community"));
      expect(communities).toContain(graph.getNodeAttribute(node, "community"));
    }
  });
});
