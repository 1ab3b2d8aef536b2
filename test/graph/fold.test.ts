// The incremental path: digests folded into a built graph land exactly where a full build puts
// them (node ids, names, types, aliases, edges, weights, evidence), and their new nodes get every
// analysis attribute. A digest that would move a stored entity to another node is refused.
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/analyse/index.ts";
import { undirectedProjection } from "../../src/analyse/projection.ts";
import { buildGraph, buildGraphAndRecords } from "../../src/graph/build.ts";
import { foldExtractions } from "../../src/graph/fold.ts";
import { createAliasIndex } from "../../src/query/alias-index.ts";
import type { Extraction } from "../../src/types.ts";
import { FIXTURE_NAMES, fixture } from "./fixtures.ts";
import { structure } from "./structure.ts";

/** The graph of `built`, analysed, with `folded` folded in. */
function folded(built: Extraction[], more: Extraction[]) {
  const { graph, ...resolution } = buildGraphAndRecords(built);
  analyse(graph);
  const report = foldExtractions(graph, resolution, more);
  return { graph, report };
}

describe("foldExtractions", () => {
  it("folds the digests after the first into its graph exactly as a full build", () => {
    const all = FIXTURE_NAMES.map(fixture);
    const { graph, report } = folded(all.slice(0, 1), all.slice(1));
    expect(structure(graph)).toEqual(structure(buildGraph(all)));
    expect(graph.getAttribute("pending")).toBe(all.length - 1);
    // The index the fold hands over is the one a query would build from the folded graph.
    expect([...report.index.byKey].sort()).toEqual([...createAliasIndex(graph).byKey].sort());
  });

  it.each([2, 3])("refuses to fold the digests after the first %i: Google AI would join Google, as a full build decides", (k) => {
    const all = FIXTURE_NAMES.map(fixture);
    expect(() => folded(all.slice(0, k), all.slice(k))).toThrow(/entity googleai would move from node googleai to google/);
    expect(buildGraph(all).hasNode("googleai")).toBe(false);
  });

  it("gives new nodes every analysis attribute and recounts degrees", () => {
    const all = FIXTURE_NAMES.map(fixture);
    const { graph, report } = folded(all.slice(0, 1), all.slice(1));
    expect(report.addedNodes.length).toBeGreaterThan(0);
    const projection = undirectedProjection(graph);
    for (const node of report.addedNodes) {
      const a = graph.getNodeAttributes(node);
      for (const value of [a.community, a.pagerank, a.betweenness, a.x, a.y]) expect(Number.isFinite(value)).toBe(true);
    }
    graph.forEachNode((node, a) => expect(a.degree).toBe(projection.degree(node)));
  });

  it("a linked new node joins a neighbour's community and sits near it", () => {
    const all = FIXTURE_NAMES.map(fixture);
    const { graph, report } = folded(all.slice(0, 1), all.slice(1));
    const linked = report.addedNodes.filter((n) => graph.neighbors(n).some((m) => !report.addedNodes.includes(m)));
    expect(linked.length).toBeGreaterThan(0);
    for (const node of linked) {
      const communities = graph.neighbors(node).filter((m) => !report.addedNodes.includes(m)).map((m) => graph.getNodeAttribute(m, "community"));
      expect(communities).toContain(graph.getNodeAttribute(node, "community"));
    }
  });
});
