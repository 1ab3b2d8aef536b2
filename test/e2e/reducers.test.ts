// The page's sigma reducers, without a browser: the fast path, dimming only on small graphs,
// and which program draws which edge.
import { describe, expect, test } from "vitest";
import { createGraph } from "../../src/graph/types.ts";
import type { EdgeAttributes, NodeAttributes } from "../../src/types.ts";
import { communityPalette } from "../../web/render/palette.ts";
import { DIMMED_COLOR, FOCUS_EDGE_COLOR } from "../../web/render/palette.ts";
import { edgeReducer, nodeReducer } from "../../web/render/reducers.ts";
import type { ReducerContext } from "../../web/render/reducers.ts";
import { createDeriver } from "../../web/state/derived.ts";
import { INITIAL_STATE } from "../../web/state/types.ts";
import type { ExplorerState } from "../../web/state/types.ts";

const node = (name: string): NodeAttributes => ({ name, label: name, type: "model", aliases: [name], mentions: 1, firstSeen: null, lastSeen: null, docs: [], community: 0 });
const edge = (predicate: EdgeAttributes["predicate"]): EdgeAttributes => ({ predicate, weight: 3, evidence: [], firstSeen: null, lastSeen: null });
const graph = createGraph();
for (const n of ["a", "b", "c"]) graph.addNode(n, node(n.toUpperCase()));
graph.addEdgeWithKey("ab", "a", "b", edge("develops"));
graph.addEdgeWithKey("bc", "b", "c", edge("co_mention"));
graph.addEdgeWithKey("ca", "c", "a", edge("partners_with"));

function reducers(state: ExplorerState, dim: boolean) {
  const view = createDeriver(graph, { dim })(state);
  const ctx: ReducerContext = {
    graph,
    state: () => state,
    view: () => view,
    communities: communityPalette(graph),
    size: () => 4,
    maxForcedLabels: 40,
    edgeProgram: (kind: EdgeAttributes["predicate"]) => (kind === "co_mention" ? "fast" : kind === "partners_with" ? "line" : "arrow"),
    coMentionsByProgram: !dim,
  };
  // sigma hands reducers a copy of the attributes; so do these tests.
  return {
    ctx,
    node: (id: string) => nodeReducer(ctx)(id, { ...graph.getNodeAttributes(id) }),
    edge: (id: string) => edgeReducer(ctx)(id, { ...graph.getEdgeAttributes(id) }),
  };
}

describe("reducers", () => {
  test("with nothing selected, they dress up and return the copy they were given", () => {
    const { ctx, node: reduce } = reducers(INITIAL_STATE, true);
    expect(reduce("a")).toMatchObject({ label: "A", type: "circle", size: 4, hidden: false });
    const copy = { ...graph.getNodeAttributes("a") };
    expect(nodeReducer(ctx)("a", copy)).toBe(copy);
    expect(graph.getNodeAttribute("a", "type")).toBe("model"); // the graph itself is untouched
  });

  test("each edge kind goes to its program", () => {
    const { edge: e } = reducers(INITIAL_STATE, true);
    expect([e("ab").type, e("bc").type, e("ca").type]).toEqual(["arrow", "fast", "line"]);
  });

  test("co-mentions switched off: hidden by the reducers on small graphs, by their program on large ones", () => {
    const off = { ...INITIAL_STATE, filters: { ...INITIAL_STATE.filters, hiddenPredicates: ["co_mention" as const] } };
    expect(reducers(off, true).edge("bc").hidden).toBe(true);
    expect(reducers(off, false).edge("bc")).toMatchObject({ hidden: false, type: "fast" });
    // A typed kind switched off, and a date filter, still hide an edge through the reducers.
    const typedOff = { ...INITIAL_STATE, filters: { ...INITIAL_STATE.filters, hiddenPredicates: ["develops" as const] } };
    expect(reducers(typedOff, false).edge("ab").hidden).toBe(true);
    const dated = { ...INITIAL_STATE, filters: { ...INITIAL_STATE.filters, dateFrom: "2030-01-01" } };
    expect(reducers(dated, false).edge("bc").hidden).toBe(true);
  });

  test("a selection dims the rest on small graphs only", () => {
    const selected = { ...INITIAL_STATE, selected: "b" };
    const unrelated = graph.addNode("d", node("D"));
    const small = reducers(selected, true);
    const large = reducers(selected, false);
    expect(small.node(unrelated)).toMatchObject({ color: DIMMED_COLOR, label: null });
    expect(large.node(unrelated).color).not.toBe(DIMMED_COLOR);
    expect(small.edge("ca").hidden).toBe(true);
    expect(large.edge("ca").hidden).toBe(false);
    expect(large.edge("ab")).toMatchObject({ color: FOCUS_EDGE_COLOR, label: "develops" });
    expect(large.node("b")).toMatchObject({ highlighted: true, forceLabel: true });
    graph.dropNode("d");
  });
});
