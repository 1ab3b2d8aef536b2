import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/graph/build.ts";
import { relationView } from "../../src/query/relations.ts";
import { fixture } from "../graph/fixtures.ts";

// One digest seen on six days: "develops|openai|gpt4o" has six pieces of evidence, 3 kept.
const base = fixture("d2-ainews-en-0602");
const days = [1, 2, 3, 4, 5, 6].map((n) => ({
  ...base,
  doc: { ...base.doc, id: `day-${n}`, hash: `h${n}`, date: `2025-07-0${n}` },
  relations: base.relations.map((r) => ({ ...r, evidence: { ...r.evidence, doc: `day-${n}`, date: `2025-07-0${n}` } })),
}));
const graph = buildGraph(days, { maxEvidence: 3 });
const EDGE = "develops|openai|gpt4o";

describe("relations in a date window", () => {
  it.each([
    [{}, 6, ["2025-07-06", "2025-07-05", "2025-07-04"]],
    [{ since: "2025-07-05" }, 2, ["2025-07-06", "2025-07-05"]],
    [{ until: "2025-07-05" }, 5, ["2025-07-05", "2025-07-04"]],
    [{ since: "2025-07-05", until: "2025-07-05" }, 1, ["2025-07-05"]],
    // Reaching back past the kept evidence: the three not kept may lie inside, so they count.
    [{ since: "2025-07-02", until: "2025-07-04" }, 4, ["2025-07-04"]],
  ])("%o → weight %i", (filter, weight, dates) => {
    const view = relationView(graph, EDGE, "openai", filter)!;
    expect(view.weight).toBe(weight);
    expect(view.evidence.map((e) => e.date)).toEqual(dates);
    expect(view.direction).toBe("out");
  });

  it.each([[{ since: "2025-08-01" }], [{ until: "2025-06-30" }], [{ typedOnly: true, since: "2025-07-01" }]])("leaves the edge out: %o", (filter) => {
    const edge = "typedOnly" in filter ? "co_mention|googleai|openai" : EDGE;
    expect(relationView(graph, edge, "openai", filter)).toBeNull();
  });

  it("shows the edge from its object's side", () => {
    expect(relationView(graph, EDGE, "gpt4o")!.direction).toBe("in");
  });
});
