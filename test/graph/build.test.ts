import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/graph/build.ts";
import { allFixtures, fixture } from "./fixtures.ts";

describe("buildGraph", () => {
  const graph = buildGraph(allFixtures());

  it("folds 谷歌, Google and Google AI into one node across digests", () => {
    expect(graph.hasNode("谷歌")).toBe(false);
    expect(graph.hasNode("googleai")).toBe(false);
    const google = graph.getNodeAttributes("google");
    expect(google.name).toBe("Google");
    expect(google.aliases[0]).toBe("Google");
    expect(google.aliases).toEqual(expect.arrayContaining(["谷歌", "Google AI"]));
    expect(google.mentions).toBe(3 + 1 + 2 + 1);
    expect(google.docs).toEqual(["ainews-en_2025-06-02", "ainews_2025-06-03", "hubtoday_2025-06-01", "hubtoday_2025-06-04"]);
    expect([google.firstSeen, google.lastSeen]).toEqual(["2025-06-01", "2025-06-04"]);
  });

  it("does not merge two entities one digest told apart, whatever another digest claims", () => {
    const d4 = fixture("d4-hubtoday-0604");
    // d4 names Google and (here) DeepMind side by side; d1 says DeepMind is an alias of Google.
    const both = { ...d4, entities: [...d4.entities, { id: "deepmind", name: "DeepMind", type: "organization" as const, aliases: ["DeepMind"], mentions: 1, confidence: 0.9 }] };
    const d1 = fixture("d1-hubtoday-0601");
    const claims = { ...d1, entities: d1.entities.map((e) => (e.id === "google" ? { ...e, aliases: [...e.aliases, "DeepMind"] } : e)) };
    const g = buildGraph([claims, both]);
    expect(g.hasNode("deepmind")).toBe(true);
    // Without the digest that names both, the claim would merge them.
    const lone = { ...d4, doc: { ...d4.doc, id: "lone" }, entities: [{ id: "deepmind", name: "DeepMind", type: "organization" as const, aliases: ["DeepMind"], mentions: 1, confidence: 0.9 }], relations: [] };
    const withoutD1Deepmind = { ...claims, entities: claims.entities.filter((e) => e.id !== "deepmind"), relations: [] };
    expect(buildGraph([withoutD1Deepmind, lone]).hasNode("deepmind")).toBe(false);
  });

  it("keeps versions apart: GPT-4 / GPT-4o, Gemini / Gemini 2.5 Pro", () => {
    for (const id of ["gpt4", "gpt4o", "gemini", "gemini25pro"]) expect(graph.hasNode(id)).toBe(true);
  });

  it("keys edges by predicate and endpoints, sorting symmetric ones", () => {
    expect(graph.hasEdge("develops|google|gemini25pro")).toBe(true);
    expect(graph.hasEdge("invests_in|google|anthropic")).toBe(true);
    expect(graph.hasEdge("partners_with|anthropic|google")).toBe(true);
    const rivalry = graph.getEdgeAttributes("competes_with|google|openai");
    expect(rivalry.weight).toBe(2);
    expect(rivalry.evidence.map((e) => e.date)).toEqual(["2025-06-04", "2025-06-02"]);
    expect([rivalry.firstSeen, rivalry.lastSeen]).toEqual(["2025-06-02", "2025-06-04"]);
    expect(graph.getEdgeAttributes("works_for|samaltman|openai").roles).toEqual(["CEO"]);
  });

  it("counts all evidence in weight but keeps only the most recent", () => {
    const base = fixture("d2-ainews-en-0602");
    const copies = [1, 2, 3, 4, 5, 6].map((n) => ({
      ...base,
      doc: { ...base.doc, id: `copy-${n}`, hash: `h${n}`, date: `2025-07-0${n}` },
      relations: base.relations.map((r) => ({ ...r, evidence: { ...r.evidence, doc: `copy-${n}`, date: `2025-07-0${n}` } })),
    }));
    const big = buildGraph(copies, { maxEvidence: 3, maxCoMentionEvidence: 2, maxEvidenceText: 12 });
    const develops = big.getEdgeAttributes("develops|openai|gpt4o");
    expect(develops.weight).toBe(6);
    expect(develops.evidence.map((e) => e.doc)).toEqual(["copy-6", "copy-5", "copy-4"]);
    expect(big.getEdgeAttributes("co_mention|googleai|openai").evidence).toHaveLength(2);
    expect(develops.evidence[0]!.text).toBe("OpenAI ship…");
  });

  it("gives the same graph whatever the order of the extractions", () => {
    const reversed = buildGraph([...allFixtures()].reverse());
    expect(reversed.export()).toEqual(graph.export());
  });

  it("drops relations to unknown entities and self-loops created by merging", () => {
    const d3 = fixture("d3-ainews-0603");
    const extra = {
      ...d3,
      relations: [
        ...d3.relations,
        { ...d3.relations[0]!, source: "nobody", target: "anthropic" },
        { ...d3.relations[0]!, source: "谷歌", target: "谷歌", predicate: "uses" as const },
      ],
    };
    const report = { droppedRelations: 0 };
    buildGraph([extra], {}, report);
    expect(report.droppedRelations).toBe(2);
  });

  it("takes the type most mentions give", () => {
    const d1 = fixture("d1-hubtoday-0601");
    const asProduct = { ...d1, doc: { ...d1.doc, id: "x", hash: "x" }, entities: d1.entities.map((e) => (e.id === "gemini25pro" ? { ...e, type: "product" as const, mentions: 1 } : e)) };
    expect(buildGraph([d1, asProduct]).getNodeAttribute("gemini25pro", "type")).toBe("model");
  });
});
