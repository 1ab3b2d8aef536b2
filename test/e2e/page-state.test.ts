// The explorer page's pure parts, without a browser: state producers, the URL codec, derived
// visibility and paths, search and the evidence text.
import { describe, expect, test } from "vitest";
import { createGraph } from "../../src/graph/types.ts";
import type { EdgeAttributes, NodeAttributes } from "../../src/types.ts";
import { readable } from "../../web/render/words.ts";
import { createDeriver, overviewLabels } from "../../web/state/derived.ts";
import { nameIn } from "../../web/state/graph.ts";
import { indexGraph } from "../../web/state/graph-index.ts";
import { computeVisibility, facetCounts } from "../../web/state/visibility.ts";
import { reduce } from "../../web/state/producers.ts";
import { relationGroups } from "../../web/state/relations.ts";
import { createSearch } from "../../web/state/search.ts";
import { EMPTY_FILTERS, INITIAL_STATE } from "../../web/state/types.ts";
import type { ExplorerState } from "../../web/state/types.ts";
import { decodeState, encodeState } from "../../web/state/url.ts";

function node(name: string, extra: Partial<NodeAttributes> = {}): NodeAttributes {
  return { name, label: name, type: "organization", aliases: [name], mentions: 1, firstSeen: "2025-03-01", lastSeen: "2025-03-01", docs: [], ...extra };
}
function edge(predicate: EdgeAttributes["predicate"], date = "2025-03-01"): EdgeAttributes {
  return { predicate, weight: 1, evidence: [], firstSeen: date, lastSeen: date };
}

// google —develops→ gemini ←uses— person altman; google —co_mention— openai —develops→ gpt
const graph = createGraph();
graph.addNode("google", node("Google", { aliases: ["Google", "谷歌"], pagerank: 0.3 }));
graph.addNode("gemini", node("Gemini", { type: "model", pagerank: 0.2 }));
graph.addNode("openai", node("OpenAI", { aliases: ["OpenAI", "开放人工智能"], pagerank: 0.4, firstSeen: "2025-06-01", lastSeen: "2025-06-02" }));
graph.addNode("gpt", node("GPT-4o", { type: "model", aliases: ["GPT-4o", "GPT 4o"] }));
graph.addNode("altman", node("Sam Altman", { type: "person" }));
graph.addEdgeWithKey("e1", "google", "gemini", edge("develops"));
graph.addEdgeWithKey("e2", "altman", "gemini", edge("uses"));
graph.addEdgeWithKey("e3", "google", "openai", edge("co_mention", "2025-06-01"));
graph.addEdgeWithKey("e4", "openai", "gpt", edge("develops", "2025-06-01"));

const index = indexGraph(graph);
const visibility = (_g: unknown, filters: ExplorerState["filters"]) => computeVisibility(index, filters);

const withFilters = (patch: Partial<ExplorerState["filters"]>): ExplorerState => ({ ...INITIAL_STATE, filters: { ...EMPTY_FILTERS, ...patch } });

describe("reduce", () => {
  test("keeps the same state object when nothing changes", () => {
    expect(reduce(INITIAL_STATE, { type: "select", node: null })).toBe(INITIAL_STATE);
    expect(reduce(INITIAL_STATE, { type: "setTypeVisible", entityType: "person", visible: true })).toBe(INITIAL_STATE);
    expect(reduce(INITIAL_STATE, { type: "resetFilters" })).toBe(INITIAL_STATE);
  });

  test("hides and shows types, sorted and without duplicates", () => {
    let s = reduce(INITIAL_STATE, { type: "setTypeVisible", entityType: "person", visible: false });
    s = reduce(s, { type: "setTypeVisible", entityType: "model", visible: false });
    s = reduce(s, { type: "setTypeVisible", entityType: "person", visible: false });
    expect(s.filters.hiddenTypes).toEqual(["model", "person"]);
    expect(reduce(s, { type: "setTypeVisible", entityType: "model", visible: true }).filters.hiddenTypes).toEqual(["person"]);
  });

  test("orders a reversed date range and floors the degree", () => {
    const s = reduce(INITIAL_STATE, { type: "setDateRange", from: "2025-09-01", to: "2025-01-01" });
    expect([s.filters.dateFrom, s.filters.dateTo]).toEqual(["2025-01-01", "2025-09-01"]);
    expect(reduce(s, { type: "setMinDegree", value: 2.7 }).filters.minDegree).toBe(2);
    expect(reduce(s, { type: "setMinDegree", value: -4 }).filters.minDegree).toBe(0);
  });

  test("leaves other slices untouched", () => {
    const s = reduce(INITIAL_STATE, { type: "hover", node: "google" });
    expect(s.filters).toBe(INITIAL_STATE.filters);
    expect(s.path).toBe(INITIAL_STATE.path);
  });
});

describe("a change to the graph (a correction)", () => {
  test("a new revision: the selection, the hovered node and a path's ends that went are let go; the selection moves where told", () => {
    const state: ExplorerState = { ...INITIAL_STATE, selected: "google", hovered: "gemini", path: { from: "openai", to: "gpt" } };
    const merged = reduce(state, { type: "graphChanged", gone: ["google", "gpt"], select: "openai" });
    expect(merged).toMatchObject({ revision: 1, selected: "openai", hovered: "gemini", path: { from: "openai", to: null } });
    const rejected = reduce(state, { type: "graphChanged", gone: ["gemini"] });
    expect(rejected).toMatchObject({ revision: 1, selected: "google", hovered: null });
    expect(rejected.path).toBe(state.path);
    // A view read from the URL keeps the graph's revision: nothing to derive again.
    expect(reduce(merged, { type: "replace", state: { ...INITIAL_STATE, selected: "gemini" } })).toMatchObject({ revision: 1, selected: "gemini" });
  });

  test("the deriver derives again: columns updated in place when only attributes changed, built again when items came or went", () => {
    const g = graph.copy();
    const derive = createDeriver(g, { dim: false });
    let state: ExplorerState = { ...INITIAL_STATE, filters: { ...EMPTY_FILTERS, hiddenTypes: ["model"] } };
    expect(derive(state).visible.nodeCount).toBe(3);
    const columns = derive.index;
    g.setNodeAttribute("gemini", "type", "organization");
    derive.changed({ droppedNodes: [], droppedEdges: [], nodes: ["gemini"], edges: [], structural: false });
    state = reduce(state, { type: "graphChanged", gone: [] });
    expect(derive(state).visible.nodeCount).toBe(4);
    expect(derive.index).toBe(columns);
    g.dropNode("altman");
    derive.changed({ droppedNodes: ["altman"], droppedEdges: ["e2"], nodes: [], edges: [], structural: true });
    state = reduce(state, { type: "graphChanged", gone: ["altman"] });
    expect(derive(state).visible.nodeCount).toBe(3);
    expect(derive.index).not.toBe(columns);
    expect(derive.index.nodes).toEqual(["google", "gemini", "openai", "gpt"]);
    // Not told what changed: built again, to be safe.
    g.setNodeAttribute("gpt", "type", "organization");
    const told = derive.index;
    state = reduce(state, { type: "graphChanged", gone: [] });
    expect(derive(state).visible.nodeCount).toBe(4);
    expect(derive.index).not.toBe(told);
  });
});

describe("URL state", () => {
  const has = (id: string): boolean => graph.hasNode(id);

  test("round-trips a full view", () => {
    const state: ExplorerState = {
      selected: "google",
      hovered: null,
      revision: 0,
      colorBy: "type",
      labels: "zh",
      filters: { hiddenTypes: ["person"], hiddenPredicates: ["co_mention"], dateFrom: "2025-01-01", dateTo: "2025-06-30", dateMode: "first", minDegree: 2 },
      path: { from: "google", to: "gpt" },
      camera: { x: 0.5, y: 0.25, ratio: 0.4, angle: 0 },
    };
    expect(decodeState(encodeState(state), has)).toEqual(state);
  });

  test("writes nothing for the initial view, and never the hovered node", () => {
    expect(encodeState({ ...INITIAL_STATE, hovered: "google" })).toBe("");
  });

  test.each([
    ["sel=nobody", "selected", null],
    ["sel=google&color=rainbow", "colorBy", "community"],
    ["hideTypes=person,alien,person", "filters", { ...EMPTY_FILTERS, hiddenTypes: ["person"] }],
    ["hidePreds=co_mention,loves", "filters", { ...EMPTY_FILTERS, hiddenPredicates: ["co_mention"] }],
    ["from=2025-13&to=<script>", "filters", EMPTY_FILTERS],
    ["minDeg=-3", "filters", EMPTY_FILTERS],
    ["minDeg=1e400", "filters", EMPTY_FILTERS],
    ["cam=1,2,0,0", "camera", null],
    ["cam=1,2,NaN,0", "camera", null],
    ["cam=1,2,3", "camera", null],
    ["pathFrom=google&pathTo=%3Cimg%3E", "path", { from: "google", to: null }],
  ])("drops what it cannot trust: #%s", (fragment, key, expected) => {
    expect(decodeState(`#${fragment}`, has)[key as keyof ExplorerState]).toEqual(expected);
  });
});

describe("derived view", () => {
  test("filters nodes by type, degree and seen dates, and edges by kind and date", () => {
    const v = visibility(graph, { ...EMPTY_FILTERS, hiddenTypes: ["person"], minDegree: 2 });
    expect(graph.filterNodes((n) => v.node(n))).toEqual(["google", "gemini", "openai"]);
    const dated = visibility(graph, { ...EMPTY_FILTERS, dateFrom: "2025-05-01" });
    expect(graph.filterNodes((n) => dated.node(n))).toEqual(["openai"]);
    expect(graph.filterEdges((e) => dated.edgeShown(e))).toEqual([]);
    const typed = visibility(graph, { ...EMPTY_FILTERS, hiddenPredicates: ["co_mention"] });
    expect(graph.filterEdges((e) => typed.edgeShown(e))).toEqual(["e1", "e2", "e4"]);
  });

  test("first seen: what is new in the range, with the entities its new relations join", () => {
    // openai is first seen 2025-06-01; e3 (google–openai) and e4 (openai→gpt) too; gpt was seen in March.
    const first = visibility(graph, { ...EMPTY_FILTERS, dateFrom: "2025-05-01", dateMode: "first" });
    expect(graph.filterNodes((n) => first.node(n))).toEqual(["google", "openai", "gpt"]);
    expect(graph.filterEdges((e) => first.edgeShown(e))).toEqual(["e3", "e4"]);
    expect([first.nodeCount, first.edgeCount]).toEqual([3, 2]);
    const typedOnly = visibility(graph, { ...EMPTY_FILTERS, dateFrom: "2025-05-01", dateMode: "first", hiddenPredicates: ["co_mention"] });
    expect(graph.filterNodes((n) => typedOnly.node(n))).toEqual(["openai", "gpt"]); // google joined by a co-mention only
    const before = visibility(graph, { ...EMPTY_FILTERS, dateTo: "2025-04-01", dateMode: "first" });
    expect(graph.filterNodes((n) => before.node(n))).toEqual(["google", "gemini", "gpt", "altman"]);
  });

  test("filter counts follow the other filters; a switched-off item counts what it would show", () => {
    const filters = { ...EMPTY_FILTERS, hiddenTypes: ["person" as const], dateFrom: "2025-05-01" };
    const facets = facetCounts(index, filters, visibility(graph, filters));
    expect(facets.types.get("organization")).toBe(1); // openai: google was last seen in March
    expect(facets.types.get("person")).toBe(0); // altman, back on, is still outside the dates
    expect(facets.kinds.get("develops")).toBe(0); // e4 joins openai to gpt, last seen in March
    const all = facetCounts(index, EMPTY_FILTERS, visibility(graph, EMPTY_FILTERS));
    expect([all.types.get("model"), all.kinds.get("develops"), all.kinds.get("co_mention")]).toEqual([2, 2, 1]);
    const off = { ...EMPTY_FILTERS, hiddenPredicates: ["develops" as const], hiddenTypes: ["model" as const] };
    const counted = facetCounts(index, off, visibility(graph, off));
    expect([counted.kinds.get("develops"), counted.types.get("model")]).toEqual([0, 2]); // develops joins models, which are off
  });

  test("the overview labels the top entities of each community on screen", () => {
    const g = createGraph();
    for (let i = 0; i < 70; i++) g.addNode(`a${i}`, node(`A${i}`, { community: 0, pagerank: i / 100 }));
    for (let i = 0; i < 9; i++) g.addNode(`b${i}`, node(`B${i}`, { community: 1, pagerank: i / 1000 }));
    for (let i = 0; i < 3; i++) g.addNode(`c${i}`, node(`C${i}`, { community: 2, pagerank: 1 }));
    const at = indexGraph(g);
    expect([...overviewLabels(g, computeVisibility(at, EMPTY_FILTERS))]).toEqual(["a69", "a68", "b8"]);
    const withoutB8 = computeVisibility(at, { ...EMPTY_FILTERS, minDegree: 0, hiddenTypes: [] });
    withoutB8.nodes[at.nodePlace.get("b8")!] = 0;
    expect([...overviewLabels(g, withoutB8)]).toEqual(["a69", "a68", "b7"]);
    // Among candidates only (what is new): community a's two best are not.
    expect([...overviewLabels(g, computeVisibility(at, EMPTY_FILTERS), (i) => !["a69", "a68"].includes(at.nodes[i]!))]).toEqual(["a67", "a66", "b8"]);
  });

  test("the focus is the hovered node, else the selected one, with its visible neighbours", () => {
    const derive = createDeriver(graph, { dim: true });
    const selected = derive({ ...INITIAL_STATE, selected: "gemini" }).focus;
    expect([selected?.node, [...selected!.neighbours].sort()]).toEqual(["gemini", ["altman", "google"]]);
    const hovered = derive({ ...withFilters({ hiddenTypes: ["person"] }), selected: "gemini", hovered: "google" }).focus;
    expect([hovered?.node, [...hovered!.neighbours].sort()]).toEqual(["google", ["gemini", "openai"]]);
  });

  test("on large graphs hovering lights a neighbourhood and leaves the focus on the selection, undimmed", () => {
    const view = createDeriver(graph, { dim: false })({ ...INITIAL_STATE, selected: "gemini", hovered: "openai" });
    expect(view.focus?.node).toBe("gemini");
    expect([view.hover?.node, [...view.hover!.neighbours].sort()]).toEqual(["openai", ["google", "gpt"]]);
    expect(view.dim).toBe(false);
  });

  test("finds the shortest path either way along edges, within the filters", () => {
    const derive = createDeriver(graph, { dim: true });
    const path = { from: "altman", to: "gpt" };
    const found = derive({ ...INITIAL_STATE, path }).path;
    expect(found?.nodes).toEqual(["altman", "gemini", "google", "openai", "gpt"]);
    expect([...found!.edges].sort()).toEqual(["e1", "e2", "e3", "e4"]);
    expect(found?.viaCoMentions).toBe(true);
    expect(derive({ ...withFilters({ hiddenPredicates: ["co_mention"] }), path }).path?.nodes).toEqual([]);
    expect(derive({ ...INITIAL_STATE, path: { from: "altman", to: null } }).path).toBeNull();
  });

  test("a path prefers typed relations to a shorter chain through co-mentions", () => {
    const g = createGraph();
    for (const n of ["a", "b", "c"]) g.addNode(n, node(n));
    g.addEdgeWithKey("ac", "a", "c", edge("co_mention"));
    g.addEdgeWithKey("ab", "a", "b", edge("develops"));
    g.addEdgeWithKey("bc", "b", "c", edge("uses"));
    const found = createDeriver(g, { dim: true })({ ...INITIAL_STATE, path: { from: "a", to: "c" } }).path;
    expect([found?.nodes, found?.viaCoMentions]).toEqual([["a", "b", "c"], false]);
  });

  test("a neighbourhood ranks typed relations first, then by weight", () => {
    const g = createGraph();
    for (const n of ["hub", "x", "y", "z"]) g.addNode(n, node(n));
    g.addEdgeWithKey("hx", "hub", "x", { ...edge("co_mention"), weight: 50 });
    g.addEdgeWithKey("hy", "hub", "y", { ...edge("develops"), weight: 2 });
    g.addEdgeWithKey("hz", "hub", "z", { ...edge("co_mention"), weight: 70 });
    const focus = createDeriver(g, { dim: false })({ ...INITIAL_STATE, selected: "hub" }).focus;
    expect(focus?.ranked).toEqual(["y", "z", "x"]);
  });

  test("a shown path replaces the selection's neighbourhood as focus", () => {
    const view = createDeriver(graph, { dim: true })({ ...INITIAL_STATE, selected: "google", path: { from: "google", to: "gemini" } });
    expect(view.focus).toBeNull();
  });
});

describe("relation groups", () => {
  test("typed predicates first, co-mention last, each edge seen from the entity", () => {
    const groups = relationGroups(graph, "google", visibility(graph, EMPTY_FILTERS));
    expect(groups.map((g) => [g.kind, g.rows.map((r) => [r.other, r.direction])])).toEqual([
      ["develops", [["gemini", "out"]]],
      ["co_mention", [["openai", "out"]]],
    ]);
  });
});

describe("labels in either script", () => {
  test.each([
    ["en", "Google", ["Google", "谷歌"], "Google"],
    ["zh", "Google", ["Google", "谷歌"], "谷歌"],
    ["zh", "Anthropic", ["Anthropic"], "Anthropic"],
    ["en", "梁文锋", ["梁文锋", "Liang Wenfeng"], "Liang Wenfeng"],
    ["zh", "梁文锋", ["梁文锋", "Liang Wenfeng"], "梁文锋"],
  ] as const)("%s: %s (%j) reads %s", (language, name, aliases, shown) => {
    expect(nameIn(node(name, { aliases: [...aliases] }), language)).toBe(shown);
  });
});

describe("search", () => {
  const search = createSearch(graph);
  test.each([
    ["谷歌", "google", "谷歌"],
    ["开放", "openai", "开放人工智能"],
    ["gpt 4o", "gpt", null],
    ["OPENAI", "openai", null],
    ["Gemnii", "gemini", null],
  ])("%s finds %s (via %s)", (text, id, via) => {
    const [first] = search(text);
    expect(first?.node).toBe(id);
    expect(first?.via).toBe(via);
  });

  test("ranks whole matches before prefixes, then by PageRank", () => {
    expect(search("g").map((s) => s.node).slice(0, 3)).toEqual(["google", "gemini", "gpt"]);
    expect(search("   ")).toEqual([]);
  });
});

describe("readable evidence", () => {
  test.each([
    ["谷歌**的 **Gemini 2.5 Pro** 争夺", "谷歌的 Gemini 2.5 Pro 争夺"],
    ["see [the post](https://x.com/a) now", "see the post now"],
    ["__bold__ and snake__case__name", "bold and snake__case__name"],
    ['<b onclick="x">t</b>', '<b onclick="x">t</b>'],
  ])("%s → %s", (raw, shown) => {
    expect(readable(raw)).toBe(shown);
  });
});
