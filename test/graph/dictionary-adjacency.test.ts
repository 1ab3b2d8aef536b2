import { describe, expect, it } from "vitest";
import { copyGraph, dictionaryObject, useDictionaryAdjacency } from "../../src/graph/dictionary-adjacency.ts";
import { undirectedProjection } from "../../src/analyse/projection.ts";
import { createGraph, type KnowledgeGraph } from "../../src/graph/types.ts";
import { fixtureGraph } from "./fixtures.ts";

/** The fixture graph rebuilt node by node and edge by edge, with or without the preparation. */
function rebuilt(from: KnowledgeGraph, prepare: boolean): KnowledgeGraph {
  const graph = createGraph();
  from.forEachNode((key, a) => graph.addNode(key, a));
  if (prepare) expect(useDictionaryAdjacency(graph)).toBe(from.order);
  from.forEachEdge((key, a, source, target) => graph.addEdgeWithKey(key, source, target, a));
  return graph;
}

describe("dictionary-mode adjacency", () => {
  it("gives a plain object, Object.prototype's methods and all", () => {
    const object = dictionaryObject();
    object.x = 1;
    expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
    expect(object.hasOwnProperty("x")).toBe(true);
    expect({ ...object }).toEqual({ x: 1 });
  });

  it("leaves every graphology query as it was", () => {
    const original = fixtureGraph();
    const fast = rebuilt(original, false);
    const dict = rebuilt(original, true);
    expect(dict.export()).toEqual(fast.export());
    const [a, b] = [original.source(original.edges()[0]!), original.target(original.edges()[0]!)];
    for (const graph of [fast, dict]) expect(graph.hasDirectedEdge(a, b)).toBe(true); // graphology calls hasOwnProperty on adjacency here
    for (const node of original.nodes()) {
      expect(dict.neighbors(node)).toEqual(fast.neighbors(node));
      expect(dict.outEdges(node)).toEqual(fast.outEdges(node));
      expect(dict.inEdges(node)).toEqual(fast.inEdges(node));
      expect(dict.areOutNeighbors(node, a)).toBe(fast.areOutNeighbors(node, a));
    }
    dict.dropNode(a);
    fast.dropNode(a);
    expect(dict.export()).toEqual(fast.export());
  });

  it("touches nodes only before they have edges", () => {
    const graph = createGraph();
    const node = { name: "x", label: "x", type: "model" as const, aliases: [], mentions: 1, firstSeen: null, lastSeen: null, docs: [] };
    graph.addNode("a", node);
    graph.addNode("b", node);
    graph.addNode("c", node);
    graph.addEdge("a", "b", { predicate: "uses", weight: 1, evidence: [], firstSeen: null, lastSeen: null });
    expect(useDictionaryAdjacency(graph)).toBe(1);
    expect(graph.outNeighbors("a")).toEqual(["b"]);
  });

  it("prepares undirected graphs too", () => {
    const projection = undirectedProjection(fixtureGraph());
    const empty = projection.emptyCopy();
    expect(useDictionaryAdjacency(empty)).toBe(projection.order);
  });

  it("copies a graph exactly as graph.copy() does, attributes copied, not shared", () => {
    const graph = fixtureGraph();
    const copy = copyGraph(graph);
    expect(copy.export()).toEqual(graph.copy().export());
    const edge = graph.edges()[0]!;
    expect(copy.getEdgeAttributes(edge)).not.toBe(graph.getEdgeAttributes(edge));
    const projection = undirectedProjection(graph);
    expect(copyGraph(projection).export()).toEqual(projection.copy().export());
  });
});
