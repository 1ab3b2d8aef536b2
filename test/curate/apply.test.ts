// applyCuration on the fixture graph: each action's effect, what a decision that no longer
// finds its entity reports, and two properties over random decisions: the same graph and
// decisions give the same graph, and the alias index kept along the way is the one a fresh
// index of the curated graph would be.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyCuration } from "../../src/curate/apply.ts";
import { findNamed } from "../../src/curate/target.ts";
import type { Decision, EntityRef } from "../../src/curate/types.ts";
import { mergeNodes } from "../../src/graph/merge-nodes.ts";
import { createGraph, type KnowledgeGraph } from "../../src/graph/types.ts";
import { createAliasIndex, lookup, type AliasIndex } from "../../src/query/alias-index.ts";
import type { Evidence } from "../../src/types.ts";
import { fixtureGraph } from "../graph/fixtures.ts";
import { structure } from "../graph/structure.ts";
import { decisionArbitrary } from "./arbitrary.ts";

const base = fixtureGraph();
const at = "2026-01-01T00:00:00.000Z";
const ref = (name: string, type: EntityRef["type"] = "organization"): EntityRef => ({ name, type });

function curated(decisions: Decision[]): { graph: KnowledgeGraph; index: AliasIndex; outcomes: ReturnType<typeof applyCuration> } {
  const graph = base.copy();
  const index = createAliasIndex(graph);
  return { graph, index, outcomes: applyCuration(graph, decisions, index) };
}

const entries = (index: AliasIndex): [string, string[]][] => [...index.byKey].sort(([a], [b]) => (a < b ? -1 : 1));

describe("applyCuration", () => {
  it("merges: names, mentions, digests and edges join the entity kept; an edge between the two goes", () => {
    const { graph, index, outcomes } = curated([{ action: "merge", into: ref("Google"), others: [ref("DeepMind")], at }]);
    expect(outcomes).toEqual([{ status: "applied" }]);
    expect(graph.hasNode("deepmind")).toBe(false);
    const google = graph.getNodeAttributes("google");
    expect(google.name).toBe("Google");
    expect(google.aliases).toEqual(expect.arrayContaining(["DeepMind", "Google DeepMind", "谷歌"]));
    expect(google.mentions).toBe(base.getNodeAttribute("google", "mentions") + base.getNodeAttribute("deepmind", "mentions"));
    expect(graph.hasEdge("works_for|demishassabis|google")).toBe(true);
    expect(graph.edges("google", "google")).toEqual([]);
    expect(lookup(index, "Google DeepMind")).toBe("google");
  });

  it("aliases, unaliases, renames and retypes, each found by the names the entity has at its turn", () => {
    const { graph, index, outcomes } = curated([
      { action: "alias", entity: ref("OpenAI"), form: "开放AI", at },
      { action: "rename", entity: ref("OpenAI"), name: "OpenAI Inc", at },
      { action: "unalias", entity: ref("OpenAI Inc"), form: "开放AI", at },
      { action: "retype", entity: ref("OpenAI Inc"), type: "research", at },
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(["applied", "applied", "applied", "applied"]);
    expect(graph.getNodeAttributes("openai")).toMatchObject({ name: "OpenAI Inc", label: "OpenAI Inc", type: "research", aliases: ["OpenAI Inc", "OpenAI"] });
    expect(lookup(index, "开放AI")).toBeUndefined();
    expect(lookup(index, "openai inc")).toBe("openai");
  });

  it("rejects an entity with its edges, and one relation", () => {
    const { graph, index, outcomes } = curated([
      { action: "reject", entity: ref("Meta"), at },
      { action: "reject-relation", source: ref("Microsoft"), predicate: "invests_in", target: ref("OpenAI"), at },
      { action: "reject-relation", source: ref("Microsoft"), predicate: "invests_in", target: ref("OpenAI"), at },
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(["applied", "applied", "idle"]);
    expect(graph.hasNode("meta")).toBe(false);
    expect(lookup(index, "Meta")).toBeUndefined();
    expect(graph.hasEdge("invests_in|microsoft|openai")).toBe(false);
  });

  it("adds a name: a node that goes by it or its aliases takes its type and names; none yet is waiting", () => {
    const { graph, outcomes } = curated([
      { action: "add", name: "H100 GPU", type: "hardware", aliases: ["H100"], at },
      { action: "add", name: "Zorblax", type: "model", aliases: [], at },
    ]);
    expect(outcomes).toEqual([{ status: "applied" }, { status: "waiting", note: "no digest has named it yet" }]);
    expect(graph.getNodeAttributes("h100")).toMatchObject({ name: "H100 GPU", type: "hardware", aliases: ["H100 GPU", "H100"] });
  });

  it("keeps a decision whose entity is gone, and says so", () => {
    const { outcomes } = curated([
      { action: "reject", entity: ref("Meta"), at },
      { action: "retype", entity: ref("Meta"), type: "product", at },
      { action: "merge", into: ref("OpenAI"), others: [ref("Meta"), ref("Microsoft")], at },
    ]);
    expect(outcomes).toEqual([
      { status: "applied" },
      { status: "stale", note: "no entity named 'Meta' (organization)" },
      { status: "applied", note: "no entity named 'Meta'" },
    ]);
  });
});

describe("mergeNodes", () => {
  it("counts a piece of evidence both edges hold once, and keeps the newest of both", () => {
    const graph = createGraph();
    const node = (name: string) => ({ name, label: name, type: "organization" as const, aliases: [name], mentions: 1, docs: ["d"], firstSeen: null, lastSeen: null });
    for (const n of ["a", "b", "c"]) graph.addNode(n, node(n));
    const ev = (doc: string, date: string): Evidence => ({ doc, date, text: doc, span: { start: 0, end: 1 }, url: null });
    const edge = (evidence: Evidence[]) => ({ predicate: "co_mention" as const, weight: evidence.length, evidence, firstSeen: evidence.at(-1)!.date, lastSeen: evidence[0]!.date });
    graph.addEdgeWithKey("co_mention|a|c", "a", "c", edge([ev("d2", "2025-02-02"), ev("d1", "2025-01-01")]));
    graph.addEdgeWithKey("co_mention|b|c", "b", "c", edge([ev("d3", "2025-03-03"), ev("d1", "2025-01-01")]));
    mergeNodes(graph, "a", "b");
    const merged = graph.getEdgeAttributes("co_mention|a|c");
    expect(merged.weight).toBe(3);
    expect(merged.evidence.map((e) => e.doc)).toEqual(["d3", "d2", "d1"]);
    expect([merged.firstSeen, merged.lastSeen]).toEqual(["2025-01-01", "2025-03-03"]);
  });
});

describe("findNamed", () => {
  it("refuses to guess between two entities that go by one name, and takes an id", () => {
    const graph = createGraph();
    for (const [id, type] of [["apple", "organization"], ["apple-1", "product"]] as const) {
      graph.addNode(id, { name: "Apple", label: "Apple", type, aliases: ["Apple"], mentions: 1, docs: [], firstSeen: null, lastSeen: null });
    }
    const index = createAliasIndex(graph);
    expect(findNamed(graph, index, "Apple")).toEqual({ candidates: ["apple", "apple-1"] });
    expect(findNamed(graph, index, "APPLE")).toEqual({ candidates: ["apple", "apple-1"] });
    expect(findNamed(graph, index, "apple")).toEqual({ node: "apple" });
    expect(findNamed(graph, index, "apple-1")).toEqual({ node: "apple-1" });
    expect(findNamed(graph, index, "Pear")).toEqual({ none: true });
  });
});

const decision = decisionArbitrary(base);

describe("applyCuration over random decisions", () => {
  it("gives the same graph every time, and keeps the alias index a fresh one would be", () => {
    fc.assert(
      fc.property(fc.array(decision, { minLength: 1, maxLength: 6 }), (decisions) => {
        const first = curated(decisions);
        const second = curated(decisions);
        expect(structure(second.graph)).toEqual(structure(first.graph));
        expect(second.outcomes).toEqual(first.outcomes);
        expect(entries(first.index)).toEqual(entries(createAliasIndex(first.graph)));
      }),
      { numRuns: 120 },
    );
  });
});
