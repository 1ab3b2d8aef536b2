import { describe, expect, it } from "vitest";
import betweennessCentrality from "graphology-metrics/centrality/betweenness.js";
import { UndirectedGraph } from "graphology";
import { analyse } from "../../src/analyse/index.ts";
import { betweenness } from "../../src/analyse/betweenness.ts";
import { communities } from "../../src/analyse/communities.ts";
import { layout } from "../../src/analyse/layout.ts";
import { undirectedProjection, type WeightedGraph } from "../../src/analyse/projection.ts";
import { buildGraph } from "../../src/graph/build.ts";
import { allFixtures, fixtureGraph } from "./fixtures.ts";

/** Two 6-cliques joined by one bridge: a graph whose communities and bridges are known. */
function barbell(): WeightedGraph {
  const graph: WeightedGraph = new UndirectedGraph();
  for (const side of ["a", "b"]) {
    for (let i = 0; i < 6; i++) graph.addNode(`${side}${i}`);
    for (let i = 0; i < 6; i++) for (let j = i + 1; j < 6; j++) graph.addEdge(`${side}${i}`, `${side}${j}`, { weight: 1 });
  }
  graph.addEdge("a0", "b0", { weight: 1 });
  return graph;
}

describe("analysis", () => {
  it("projects the multigraph to one weighted link per pair, co-mentions at half weight", () => {
    const projection = undirectedProjection(buildGraph(allFixtures()));
    // competes_with (2) + co_mention (1 × 0.5)
    expect(projection.getEdgeAttribute("google", "openai", "weight")).toBe(2.5);
    expect(projection.type).toBe("undirected");
  });

  it("finds the two halves of a barbell, numbered by size", () => {
    const found = communities(barbell());
    expect(found.count).toBe(2);
    expect(new Set(["a0", "a1", "a5"].map((n) => found.membership[n])).size).toBe(1);
    expect(found.membership.a0).not.toBe(found.membership.b0);
  });

  it("is reproducible: the same input gives the same attributes", () => {
    expect(fixtureGraph().export()).toEqual(fixtureGraph().export());
  });

  it("computes exact betweenness like graphology-metrics on small graphs", () => {
    const graph = undirectedProjection(buildGraph(allFixtures()));
    const reference = betweennessCentrality(graph, { getEdgeWeight: null });
    const mine = betweenness(graph);
    expect(mine.method).toBe("exact");
    for (const node of graph.nodes()) expect(mine.scores[node]).toBeCloseTo(reference[node]!, 5);
  });

  it("samples pivots on large graphs and still ranks the bridge first", () => {
    const graph = barbell();
    const sampled = betweenness(graph, { exactLimit: 5, pivots: () => 8 });
    expect(sampled.method).toBe("sampled");
    const top = Object.entries(sampled.scores).sort((a, b) => b[1] - a[1]).slice(0, 2).map(([n]) => n);
    expect(top.sort()).toEqual(["a0", "b0"]);
  });

  it("lays out big graphs with Barnes-Hut at the theta it is given (1.2 unless told)", () => {
    const graph: WeightedGraph = new UndirectedGraph();
    for (let i = 0; i < 2100; i++) graph.addNode(`n${i}`);
    for (let i = 1; i < 2100; i++) graph.addEdge(`n${i}`, `n${(i * 7919) % i}`, { weight: 1 });
    const options = { iterations: () => 2 };
    const fine = layout(graph, { ...options, barnesHutTheta: 0.5 });
    expect(layout(graph, options)).toEqual(layout(graph, { ...options, barnesHutTheta: 1.2 }));
    expect(layout(graph, options)).not.toEqual(fine);
    for (const { x, y } of Object.values(fine)) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
  });

  it("writes every analysis to node attributes, with positions", () => {
    const graph = buildGraph(allFixtures());
    const steps: string[] = [];
    analyse(graph, { onStep: (s) => steps.push(s) });
    expect(steps).toEqual(["communities", "pagerank", "degree", "betweenness", "layout"]);
    let total = 0;
    graph.forEachNode((_node, a) => {
      expect(Number.isInteger(a.community)).toBe(true);
      expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true);
      total += a.pagerank!;
    });
    expect(total).toBeCloseTo(1, 3);
    expect(graph.getNodeAttribute("meta", "degree")).toBe(0);
    expect(graph.getNodeAttribute("openai", "degree")).toBe(6);
    expect(graph.getAttribute("betweenness")).toBe("exact");
  });
});
