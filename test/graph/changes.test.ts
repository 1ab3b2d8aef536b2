// A graph's changes as data (src/graph/changes.ts): applied to a copy that holds no evidence (the
// explorer page's), what the server recorded of a curation, or found by comparing two graphs,
// makes the copy the graph the server now holds, as the page would decode it afresh. Over random
// decisions on the fixture graph, and back (an undo's diff).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyCuration } from "../../src/curate/apply.ts";
import type { Decision } from "../../src/curate/types.ts";
import { applyChanges, diffGraphs, facts, recordChanges, type GraphChanges } from "../../src/graph/changes.ts";
import type { KnowledgeGraph } from "../../src/graph/types.ts";
import { createAliasIndex } from "../../src/query/alias-index.ts";
import { AT, decisionArbitrary } from "../curate/arbitrary.ts";
import { NO_EVIDENCE as NONE, pageCopy, seen } from "../helpers/page-graph.ts";
import { fixtureGraph } from "./fixtures.ts";

const base = fixtureGraph();
/** Curates a copy of the base graph with the changes recorded. */
function curated(decisions: Decision[]): { graph: KnowledgeGraph; changes: GraphChanges } {
  const graph = base.copy();
  const { changes } = recordChanges(graph, () => applyCuration(graph, decisions, createAliasIndex(graph)));
  return { graph, changes };
}

/** JSON's round trip, as the changes travel to the page. */
const wire = (changes: GraphChanges): GraphChanges => JSON.parse(JSON.stringify(changes)) as GraphChanges;

describe("graph changes", () => {
  it("a merge: the other node goes with its edges, the kept one's edges come or change, its neighbours' degrees follow", () => {
    const { graph, changes } = curated([{ action: "merge", into: { name: "Google", type: "organization" }, others: [{ name: "DeepMind", type: "organization" }], at: AT }]);
    expect(changes.droppedNodes).toEqual(["deepmind"]);
    expect(changes.droppedEdges).toEqual([]); // deepmind's went with it
    expect(changes.edges.map(([e]) => e)).toContain("works_for|demishassabis|google");
    const google = changes.nodes.find(([n]) => n === "google")!;
    expect(google[2]).toBe(false);
    expect(Object.keys(google[1])).toEqual(expect.arrayContaining(["aliases", "mentions", "docs", "degree"]));
    expect(google[1]).not.toHaveProperty("x"); // what did not change does not travel
    const page = pageCopy(base);
    const items = applyChanges(page, wire(changes), () => NONE);
    expect(seen(page)).toEqual(seen(graph));
    expect(items.droppedNodes).toEqual(["deepmind"]);
    expect(items.droppedEdges.length).toBe(base.degree("deepmind"));
  });

  it("a rejected relation is the one edge dropped; an edge changed keeps the evidence the copy had", () => {
    const { changes } = curated([{ action: "reject-relation", source: { name: "Microsoft", type: "organization" }, predicate: "invests_in", target: { name: "OpenAI", type: "organization" }, at: AT }]);
    expect(changes.droppedEdges).toEqual(["invests_in|microsoft|openai"]);
    expect(changes.edges).toEqual([]);
    const page = base.copy();
    const edge = page.edges().find((e) => e !== "invests_in|microsoft|openai")!;
    const evidence = page.getEdgeAttribute(edge, "evidence");
    applyChanges(page, { droppedNodes: [], droppedEdges: [], nodes: [], edges: [[edge, page.source(edge), page.target(edge), { ...facts(page.getEdgeAttributes(edge)), weight: 99 }]] }, () => NONE);
    expect(page.getEdgeAttributes(edge)).toMatchObject({ weight: 99, evidence });
  });

  it("what was recorded, or found by comparing, makes the page's copy the curated graph, and back again", () => {
    fc.assert(
      fc.property(fc.array(decisionArbitrary(base), { minLength: 1, maxLength: 4 }), (decisions) => {
        const { graph, changes } = curated(decisions);
        const recorded = pageCopy(base);
        applyChanges(recorded, wire(changes), () => NONE);
        expect(seen(recorded)).toEqual(seen(graph));
        const compared = pageCopy(base);
        applyChanges(compared, wire(diffGraphs(base, graph)), () => NONE);
        expect(seen(compared)).toEqual(seen(graph));
        // An undo: the server loads the store again, the page goes back to the graph before.
        const undone = pageCopy(graph);
        applyChanges(undone, wire(diffGraphs(graph, base)), () => NONE);
        expect(seen(undone)).toEqual(seen(base));
      }),
      { numRuns: 150 },
    );
  });

  it("nothing changed, nothing to send", () => {
    expect(diffGraphs(base, base.copy())).toEqual({ droppedNodes: [], droppedEdges: [], nodes: [], edges: [] });
    expect(curated([{ action: "retype", entity: { name: "Nobody", type: "person" }, type: "model", at: AT }]).changes).toEqual({ droppedNodes: [], droppedEdges: [], nodes: [], edges: [] });
  });
});
