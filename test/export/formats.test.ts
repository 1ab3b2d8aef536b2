import { parse as parseGexf } from "graphology-gexf";
import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/export/csv-format.ts";
import { writeCsv } from "../../src/export/csv.ts";
import { writeGexf } from "../../src/export/gexf.ts";
import { readGraphml, writeGraphml } from "../../src/export/graphml.ts";
import { exportGraph, EXPORT_FORMATS } from "../../src/export/index.ts";
import { readJson, writeJson } from "../../src/export/json.ts";
import { neo4jImportCommand, writeNeo4j } from "../../src/export/neo4j.ts";
import { fixtureGraph } from "../graph/fixtures.ts";
import { expectGolden } from "./golden.ts";

const graph = fixtureGraph();

describe("GEXF", () => {
  const gexf = writeGexf(graph);

  it("matches the golden file", () => expectGolden("fixture.gexf", gexf));

  it("declares GEXF 1.3 with typed attributes, colours and positions", () => {
    expect(gexf).toContain('<gexf version="1.3" xmlns="http://gexf.net/1.3"');
    expect(gexf).toContain('<attribute id="community" title="community" type="integer"/>');
    expect(gexf).toContain('<attribute id="pagerank" title="pagerank" type="double"/>');
    expect(gexf).toMatch(/<viz:position x="[-\d.e]+" y="[-\d.e]+"\/>/);
    expect(gexf).not.toContain("<betweenness>");
  });

  it("round-trips: parsed back, the same nodes, edges and analysis", () => {
    const parsed = parseGexf(MultiDirectedGraph, gexf);
    expect(parsed.nodes().sort()).toEqual(graph.nodes().sort());
    expect(parsed.edges().sort()).toEqual(graph.edges().sort());
    graph.forEachNode((node, a) => {
      const p = parsed.getNodeAttributes(node);
      expect([p.label, p.type, p.community, p.pagerank, p.x, p.y, p.mentions]).toEqual([a.name, a.type, a.community, a.pagerank, a.x, a.y, a.mentions]);
      expect(p.aliases).toEqual(a.aliases);
    });
    graph.forEachEdge((edge, a) => {
      const p = parsed.getEdgeAttributes(edge);
      expect([p.predicate, p.weight, p.firstSeen, p.lastSeen, p.evidence]).toEqual([a.predicate, a.weight, a.firstSeen, a.lastSeen, a.evidence[0]!.text]);
    });
  });
});

describe("GraphML", () => {
  const graphml = writeGraphml(graph);

  it("matches the golden file", () => expectGolden("fixture.graphml", graphml));

  it("round-trips exactly: write, parse, the same graph", () => {
    const back = readGraphml(graphml);
    expect(back.export().nodes).toEqual(graph.export().nodes);
    expect(back.export().edges).toEqual(graph.export().edges);
  });

  it("escapes markup and survives control characters", () => {
    const g = graph.copy();
    g.mergeNodeAttributes("meta", { name: 'Meta <"AI"> & co', aliases: ["a\u0001b", "x'y"] });
    const back = readGraphml(writeGraphml(g));
    expect(back.getNodeAttribute("meta", "name")).toBe('Meta <"AI"> & co');
    expect(back.getNodeAttribute("meta", "aliases")).toEqual(["a\u0001b", "x'y"]);
  });
});

describe("JSON", () => {
  it("round-trips exactly", () => {
    expect(readJson(writeJson(graph)).export()).toEqual(graph.export());
  });
});

describe("CSV", () => {
  const [nodes, edges, evidence] = writeCsv(graph);

  it("gives each piece of evidence its digest's title when the store has titles", () => {
    const [, titledEdges, titledEvidence] = writeCsv(graph, { titleOf: (doc) => `Title of ${doc}` });
    const rows = parseCsv(titledEvidence!.content);
    const header = rows[0]!;
    for (const row of rows.slice(1)) expect(row[header.indexOf("title")]).toBe(`Title of ${row[header.indexOf("doc")]}`);
    const edgeRows = parseCsv(titledEdges!.content);
    const h = edgeRows[0]!;
    for (const row of edgeRows.slice(1)) if (row[h.indexOf("evidenceDoc")]) expect(row[h.indexOf("evidenceTitle")]).toBe(`Title of ${row[h.indexOf("evidenceDoc")]}`);
  });

  it("writes one row per node, edge and kept piece of evidence", () => {
    expect(parseCsv(nodes!.content)).toHaveLength(graph.order + 1);
    expect(parseCsv(edges!.content)).toHaveLength(graph.size + 1);
    const kept = graph.reduceEdges((n, _e, a) => n + a.evidence.length, 0);
    expect(parseCsv(evidence!.content)).toHaveLength(kept + 1);
  });

  it("keeps values readable back, quotes and commas included", () => {
    const rows = parseCsv(nodes!.content);
    const header = rows[0]!;
    const google = rows.find((r) => r[0] === "google")!;
    const cell = (name: string): string => google[header.indexOf(name)]!;
    expect(cell("aliases")).toBe("Google|Google AI|谷歌");
    expect(Number(cell("pagerank"))).toBe(graph.getNodeAttribute("google", "pagerank"));
    const edgeRows = parseCsv(edges!.content);
    const investment = edgeRows.find((r) => r[0] === "invests_in|microsoft|openai")!;
    expect(investment[8]).toBe("Microsoft extended its investment in OpenAI.");
  });
});

describe("Neo4j bulk import CSV", () => {
  const [nodes, relationships] = writeNeo4j(graph);

  it("has the headers neo4j-admin database import expects", () => {
    expect(nodes!.content.split("\n")[0]).toBe(
      "id:ID(Entity),name,type,aliases:string[],mentions:int,digests:int,firstSeen:date,lastSeen:date,community:int,pagerank:double,degree:int,weightedDegree:double,betweenness:double,x:double,y:double,:LABEL",
    );
    expect(relationships!.content.split("\n")[0]).toBe(
      ":START_ID(Entity),:END_ID(Entity),:TYPE,weight:int,roles:string[],firstSeen:date,lastSeen:date,evidence,evidenceDoc,evidenceUrl,evidenceTitle",
    );
  });

  it("labels nodes by type and types relationships by predicate", () => {
    const rows = parseCsv(nodes!.content);
    expect(rows.find((r) => r[0] === "google")!.at(-1)).toBe("Entity;Organization");
    expect(rows.find((r) => r[0] === "google")![3]).toBe("Google;Google AI;谷歌");
    const types = new Set(parseCsv(relationships!.content).slice(1).map((r) => r[2]));
    expect(types).toEqual(new Set(["DEVELOPS", "WORKS_FOR", "CO_MENTION", "INVESTS_IN", "COMPETES_WITH", "FOUNDED", "PARTNERS_WITH", "USES"]));
    expect(neo4jImportCommand("out")).toBe("neo4j-admin database import full --nodes=out/nodes.csv --relationships=out/relationships.csv neo4j");
  });
});

describe("exportGraph", () => {
  it.each(EXPORT_FORMATS)("%s produces named, non-empty files", (format) => {
    const files = exportGraph(graph, format);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(file.content.length).toBeGreaterThan(100);
  });
});
