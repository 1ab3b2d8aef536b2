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

  it("parses an edge's evidence when it is first read, and lets it be replaced", () => {
    const graph = fixtureGraph();
    const back = decodeGraph(encodeGraph(graph));
    const edge = back.edges()[0]!;
    const attributes = back.getEdgeAttributes(edge);
    expect(Object.getOwnPropertyDescriptor(attributes, "evidence")?.get).toBeTypeOf("function");
    expect(attributes.evidence).toEqual(graph.getEdgeAttribute(edge, "evidence"));
    expect(Object.getOwnPropertyDescriptor(attributes, "evidence")?.value).toBe(attributes.evidence);
    const other = back.getEdgeAttributes(back.edges()[1]!);
    other.evidence = [];
    expect(other.evidence).toEqual([]);
    expect({ ...back.getEdgeAttributes(back.edges()[2]!) }.evidence).toEqual(graph.getEdgeAttribute(back.edges()[2]!, "evidence"));
  });

  it("refuses a file cut short", () => {
    const text = encodeGraph(fixtureGraph());
    expect(() => decodeGraph(text.slice(0, text.lastIndexOf("\n", text.length - 2)))).toThrow(/missing \(file cut short\)/);
  });
});
