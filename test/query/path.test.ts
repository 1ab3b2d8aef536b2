import { describe, expect, it } from "vitest";
import { createGraph } from "../../src/graph/types.ts";
import { paths } from "../../src/query/path.ts";
import type { EdgeAttributes, NodeAttributes } from "../../src/types.ts";
import { fixtureGraph } from "../graph/fixtures.ts";

const graph = fixtureGraph();
const chain = (result: ReturnType<typeof paths>): string[][] => result.paths.map((hops) => [hops[0]?.from.id ?? "", ...hops.map((h) => h.to.id)]);

describe("path", () => {
  it.each([
    ["samaltman", "demishassabis", {}, 4, [["samaltman", "openai", "google", "deepmind", "demishassabis"]]],
    ["gpt4o", "anthropic", {}, 3, [["gpt4o", "openai", "google", "anthropic"]]],
    ["claude4", "gemini", {}, 1, [["claude4", "gemini"]]],
    ["claude4", "gemini", { typedOnly: true }, null, []],
    ["microsoft", "meta", {}, null, []],
    ["samaltman", "demishassabis", { maxHops: 3 }, null, []],
  ])("%s → %s %o", (a, b, options, length, expected) => {
    const result = paths(graph, a, b, options);
    expect(result.length).toBe(length);
    expect(chain(result)).toEqual(expected);
  });

  it("gives every hop its relations and evidence, seen from the hop's start", () => {
    const [hops] = paths(graph, "gpt4o", "anthropic").paths;
    expect(hops!.map((h) => h.relations.map((r) => `${r.predicate}:${r.direction}`))).toEqual([
      ["develops:in"],
      ["competes_with:both", "co_mention:both"],
      ["invests_in:out", "partners_with:both"],
    ]);
    expect(hops![0]!.relations[0]!.evidence[0]!.text).toBe("OpenAI shipped GPT-4o voice mode to all users.");
  });

  it("lists several shortest paths, strongest first, up to the limit", () => {
    const g = createGraph();
    const node = (id: string): NodeAttributes => ({ name: id, label: id, type: "organization", aliases: [id], mentions: 1, firstSeen: null, lastSeen: null, docs: [] });
    const edge = (weight: number): EdgeAttributes => ({ predicate: "partners_with", weight, evidence: [], firstSeen: null, lastSeen: null });
    for (const id of ["a", "b", "c", "d", "z"]) g.addNode(id, node(id));
    g.addEdgeWithKey("1", "a", "b", edge(1));
    g.addEdgeWithKey("2", "b", "z", edge(1));
    g.addEdgeWithKey("3", "a", "c", edge(5));
    g.addEdgeWithKey("4", "c", "z", edge(5));
    g.addEdgeWithKey("5", "d", "a", edge(2));
    g.addEdgeWithKey("6", "z", "d", edge(2));
    expect(chain(paths(g, "a", "z"))).toEqual([["a", "c", "z"], ["a", "d", "z"], ["a", "b", "z"]]);
    expect(chain(paths(g, "a", "z", { limit: 1 }))).toEqual([["a", "c", "z"]]);
  });
});
