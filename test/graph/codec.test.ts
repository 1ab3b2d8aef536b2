import { describe, expect, it } from "vitest";
import { decodeGraph, encodeGraph } from "../../src/graph/codec.ts";
import { fixtureGraph } from "./fixtures.ts";

describe("graph file codec", () => {
  it("decodes to exactly the graph it encoded", () => {
    const graph = fixtureGraph();
    expect(decodeGraph(encodeGraph(graph)).export()).toEqual(graph.export());
  });

  it("keeps nulls, roles and undated evidence", () => {
    const graph = fixtureGraph();
    graph.mergeNodeAttributes("meta", { firstSeen: null, lastSeen: null });
    const edge = "works_for|samaltman|openai";
    const [first] = graph.getEdgeAttribute(edge, "evidence");
    graph.setEdgeAttribute(edge, "evidence", [{ ...first!, date: null, url: null }]);
    const back = decodeGraph(encodeGraph(graph));
    expect(back.getNodeAttributes("meta")).toEqual(graph.getNodeAttributes("meta"));
    expect(back.getEdgeAttributes(edge)).toEqual(graph.getEdgeAttributes(edge));
    expect(back.getEdgeAttribute(edge, "roles")).toEqual(["CEO"]);
    expect(back.getAttributes()).toEqual(graph.getAttributes());
  });

  it("is smaller than graphology's own serialisation", () => {
    const graph = fixtureGraph();
    expect(encodeGraph(graph).length).toBeLessThan(JSON.stringify(graph.export()).length * 0.8);
  });
});
