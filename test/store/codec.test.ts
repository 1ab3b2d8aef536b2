import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeContentAddressed } from "../../src/store/atomic.ts";
import { decodeGraph, encodeGraph, encodeGraphChunks } from "../../src/store/codec.ts";
import { createGraph } from "../../src/graph/types.ts";
import { fixtureGraph } from "../graph/fixtures.ts";
import { headerV2, headerV3 } from "./old-formats.ts";

/** A graph with more edges than one chunk of the file holds. */
function starGraph(edges: number) {
  const graph = createGraph();
  const node = (name: string) => ({ name, label: name, type: "model" as const, aliases: [name], mentions: 1, firstSeen: null, lastSeen: null, docs: ["d1"] });
  graph.addNode("hub", node("hub"));
  for (let i = 0; i < edges; i++) {
    graph.addNode(`n${i}`, node(`n${i}`));
    const evidence = [{ doc: "d1", date: "2025-01-02", text: `hub and n${i}\nin one line`, span: { start: 0, end: 3 }, url: null }];
    graph.addEdgeWithKey(`co_mention|hub|n${i}`, "hub", `n${i}`, { predicate: "co_mention", weight: 1, evidence, firstSeen: "2025-01-02", lastSeen: "2025-01-02" });
  }
  return graph;
}

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

  it("comes in chunks that make the same file, one evidence line per edge", () => {
    const graph = starGraph(4500);
    const chunks = [...encodeGraphChunks(graph)];
    expect(chunks.length).toBeGreaterThan(2);
    const text = chunks.join("");
    expect(text.split("\n")).toHaveLength(1 + 4500 + 1);
    expect(decodeGraph(text).export()).toEqual(graph.export());
    expect(encodeGraph(createGraph())).toMatch(/\}\n\n$/); // an empty graph keeps its empty evidence section
  });

  it("is written under its content's hash without being one string", async () => {
    const dir = mkdtempSync(join(tmpdir(), "aikg-codec-"));
    try {
      const graph = starGraph(2500);
      const path = await writeContentAddressed(dir, (hash) => `graph-${hash.slice(0, 16)}.json`, encodeGraphChunks(graph));
      const bytes = readFileSync(path);
      expect(path).toBe(join(dir, `graph-${createHash("sha256").update(bytes).digest("hex").slice(0, 16)}.json`));
      expect(bytes.toString("utf8")).toBe(encodeGraph(graph));
      expect(readdirSync(dir)).toHaveLength(1); // no temporary file left
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("writes the edges as one flat array of numbers: endpoints by place in the node list, predicate and dates by place in the tables", () => {
    const graph = fixtureGraph();
    const line1 = encodeGraph(graph).split("\n")[0]!;
    const header = JSON.parse(line1) as { nodes: [string][]; edges: number[]; roles: [number, string[]][]; tables: { dates: string[]; predicates: string[] } };
    expect(header.edges.every((n) => typeof n === "number")).toBe(true);
    expect(header.edges).toHaveLength(graph.size * 6);
    const edges = graph.edges();
    edges.forEach((edge, i) => {
      const [from, to, predicate, weight, firstSeen] = header.edges.slice(i * 6, i * 6 + 5) as [number, number, number, number, number];
      expect([header.nodes[from]![0], header.nodes[to]![0], header.tables.predicates[predicate], weight]).toEqual([
        graph.source(edge),
        graph.target(edge),
        graph.getEdgeAttribute(edge, "predicate"),
        graph.getEdgeAttribute(edge, "weight"),
      ]);
      expect(header.tables.dates[firstSeen] ?? null).toBe(graph.getEdgeAttribute(edge, "firstSeen"));
    });
    expect(header.roles).toEqual(edges.flatMap((edge, i) => (graph.getEdgeAttribute(edge, "roles") ? [[i, graph.getEdgeAttribute(edge, "roles")]] : [])));
  });

  it("writes line 1 in ASCII, whatever script the names are in", () => {
    const graph = fixtureGraph();
    graph.mergeNodeAttributes("meta", { aliases: ["Meta", "脸书", "Méta 🦙"] });
    const line1 = encodeGraph(graph).split("\n")[0]!;
    expect(line1).toMatch(/^[\x00-\x7f]*$/);
    expect(decodeGraph(encodeGraph(graph)).getNodeAttribute("meta", "aliases")).toEqual(["Meta", "脸书", "Méta 🦙"]);
  });

  it.each([
    ["3 (an array per edge)", headerV3],
    ["2 (endpoints and dates as strings)", headerV2],
  ])("reads files written by stores of version %s", (_version, header) => {
    const graph = fixtureGraph();
    const [line1, ...evidence] = encodeGraph(graph).split("\n");
    const old = [JSON.stringify(header(line1!)), ...evidence].join("\n");
    expect(decodeGraph(old).export()).toEqual(graph.export());
  });

  it("refuses an edge that names no node or no predicate", () => {
    const [line1, ...evidence] = encodeGraph(fixtureGraph()).split("\n");
    const header = JSON.parse(line1!) as { edges: number[] };
    const broken = (field: number, value: number) => {
      const edges = [...header.edges];
      edges[3 * 6 + field] = value;
      return [JSON.stringify({ ...header, edges }), ...evidence].join("\n");
    };
    expect(() => decodeGraph(broken(1, 99_999))).toThrow(/edge 4 names no node \(99999\)/);
    expect(() => decodeGraph(broken(2, 99))).toThrow(/edge 4 names no predicate \(99\)/);
    expect(() => decodeGraph([JSON.stringify({ ...header, edges: header.edges.slice(1) }), ...evidence].join("\n"))).toThrow(/not 6 per edge/);
  });

  it("writes a sentence shared by several edges' evidence once, on a text line after the edge lines", () => {
    const graph = starGraph(3);
    const shared = "hub, n0, n1 and n2 in one sentence";
    graph.forEachEdge((edge, a) => graph.setEdgeAttribute(edge, "evidence", [{ ...a.evidence[0]!, text: shared }, ...a.evidence]));
    const lines = encodeGraph(graph).split("\n");
    expect(lines).toHaveLength(1 + 3 + 1 + 1);
    expect(JSON.parse(lines[0]!).texts).toBe(1);
    expect(lines.filter((line) => line.includes("one sentence"))).toEqual([JSON.stringify(shared)]);
    expect(JSON.parse(lines[1]!)[0][2]).toBe(0);
    expect(JSON.parse(lines[1]!)[1][2]).toBe("hub and n0\nin one line"); // a text met once stays in place
    expect(decodeGraph(lines.join("\n")).export()).toEqual(graph.export());
  });

  it("refuses a file whose shared texts are cut short", () => {
    const graph = starGraph(2);
    graph.forEachEdge((edge, a) => graph.setEdgeAttribute(edge, "evidence", [{ ...a.evidence[0]!, text: "the same" }]));
    const text = encodeGraph(graph);
    expect(() => decodeGraph(text.slice(0, text.lastIndexOf("\n", text.length - 2) + 1))).toThrow(/evidence text 1 of 1 is missing \(file cut short\)/);
  });

  it("refuses a file cut short", () => {
    const text = encodeGraph(fixtureGraph());
    expect(() => decodeGraph(text.slice(0, text.lastIndexOf("\n", text.length - 2)))).toThrow(/missing \(file cut short\)/);
  });
});
