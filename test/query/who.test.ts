import { describe, expect, it } from "vitest";
import { createAliasIndex, lookup, suggest } from "../../src/query/alias-index.ts";
import { who } from "../../src/query/who.ts";
import { fixtureGraph } from "../graph/fixtures.ts";

const graph = fixtureGraph();
const index = createAliasIndex(graph);

describe("alias lookup", () => {
  it.each([
    ["谷歌", "google"],
    ["google", "google"],
    ["GOOGLE", "google"],
    ["Google AI", "google"],
    ["google-ai", "google"],
    ["ＧＯＯＧＬＥ", "google"],
    ["gpt-4o", "gpt4o"],
    ["GPT 4o", "gpt4o"],
    ["gpt4", "gpt4"],
    ["哈萨比斯", "demishassabis"],
    ["Gemini", "gemini"],
    ["gemini 2.5 pro", "gemini25pro"],
    ["英伟达", "nvidia"],
  ])("%s → %s", (name, id) => {
    expect(lookup(index, name)).toBe(id);
  });

  it.each([
    ["Googel", "Google"],
    ["Antropic", "Anthropic"],
    ["OpenA", "OpenAI"],
    ["Nvidea", "NVIDIA"],
  ])("suggests %s → %s", (name, expected) => {
    expect(lookup(index, name)).toBeUndefined();
    expect(suggest(index, graph, name)[0]).toBe(expected);
  });

  it("suggests nothing for a name far from every other", () => {
    expect(suggest(index, graph, "Zyxwvutsrq")).toEqual([]);
  });
});

const ids = (result: ReturnType<typeof who>): string[] => result.neighbours.map((n) => n.id);

describe("who", () => {
  it("lists neighbours strongest first with their relations and evidence", () => {
    const result = who(graph, "google");
    expect(result.entity).toEqual({ id: "google", name: "Google", type: "organization", aliases: expect.arrayContaining(["谷歌", "Google AI"]) });
    expect(ids(result)).toEqual(["openai", "anthropic", "gemini25pro", "deepmind"]);
    const anthropic = result.neighbours[1]!;
    expect(anthropic.relations.map((r) => [r.predicate, r.direction])).toEqual([
      ["invests_in", "out"],
      ["partners_with", "both"],
    ]);
    expect(anthropic.relations[0]!.evidence).toEqual([
      { doc: "ainews_2025-06-03", date: "2025-06-03", text: "谷歌追加投资 Anthropic。", url: "https://example.com/anthropic-claude-4" },
    ]);
    const openai = result.neighbours[0]!;
    expect(openai.relations.map((r) => [r.predicate, r.weight])).toEqual([
      ["competes_with", 2],
      ["co_mention", 1],
    ]);
  });

  it("shows the incoming side of directed relations", () => {
    const result = who(graph, "gemini25pro");
    expect(result.neighbours[0]!.relations[0]).toMatchObject({ predicate: "develops", direction: "in" });
  });

  it.each([
    [{ limit: 1 }, ["openai"]],
    [{ type: "model" as const }, ["gemini25pro"]],
    [{ since: "2025-06-04" }, ["openai"]],
    [{ until: "2025-06-01" }, ["gemini25pro", "deepmind"]],
    [{ since: "2025-06-02", until: "2025-06-03", typedOnly: true }, ["anthropic", "openai"]],
    [{ depth: 2 as const, type: "person" as const }, ["darioamodei", "demishassabis", "samaltman"]],
  ])("filters: %o", (options, expected) => {
    expect(ids(who(graph, "google", options))).toEqual(expected);
  });

  it("cuts evidence to the date window", () => {
    const [openai] = who(graph, "google", { since: "2025-06-04" }).neighbours;
    expect(openai!.relations).toHaveLength(1);
    expect(openai!.relations[0]!.weight).toBe(1);
    expect(openai!.relations[0]!.evidence.map((e) => e.date)).toEqual(["2025-06-04"]);
  });

  it("reaches depth 2 through the strongest tie", () => {
    const result = who(graph, "samaltman", { depth: 2 });
    expect(ids(result)[0]).toBe("openai");
    const google = result.neighbours.find((n) => n.id === "google")!;
    expect(google.via).toBe("openai");
    expect(google.relations[0]!.predicate).toBe("competes_with");
    expect(result.neighbours[0]!.via).toBeUndefined();
  });

  it("leaves an entity with no relation alone", () => {
    expect(who(graph, "meta").neighbours).toEqual([]);
  });
});
