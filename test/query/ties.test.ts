// The cheap ties searches weigh must be exactly what the relation views say, for every node and
// neighbour of the fixture graph, with and without filters.
import { describe, expect, it } from "vitest";
import { relationsByNeighbour, strength, type RelationFilter } from "../../src/query/relations.ts";
import { relationsBetween, tieStrengths } from "../../src/query/ties.ts";
import { fixtureGraph } from "../graph/fixtures.ts";

const graph = fixtureGraph();
const FILTERS: [string, RelationFilter][] = [
  ["no filter", {}],
  ["typed only", { typedOnly: true }],
  ["a date window", { since: "2025-06-02", until: "2025-06-03" }],
];

describe.each(FILTERS)("ties with %s", (_name, filter) => {
  it("tieStrengths and relationsBetween agree with relationsByNeighbour", () => {
    graph.forEachNode((node) => {
      const views = relationsByNeighbour(graph, node, filter);
      const ties = tieStrengths(graph, node, filter);
      expect([...ties.keys()].sort()).toEqual([...views.keys()].sort());
      for (const [other, relations] of views) {
        expect(ties.get(other)).toBe(strength(relations));
        expect(relationsBetween(graph, node, other, filter)).toEqual(relations);
      }
    });
  });
});
