// Random decisions over a graph's names (fast-check), for the properties of applying a curation.
import fc from "fast-check";
import type { Decision } from "../../src/curate/types.ts";
import type { KnowledgeGraph } from "../../src/graph/types.ts";

export const AT = "2026-01-01T00:00:00.000Z";

/** Decisions of every action over the graph's names, two more, and a few types. */
export function decisionArbitrary(graph: KnowledgeGraph): fc.Arbitrary<Decision> {
  const names = [...graph.mapNodes((_n, a) => a.name), "Acme", "谷歌"];
  const types = ["organization", "model", "person", "product"] as const;
  const anyRef = fc.record({ name: fc.constantFrom(...names), type: fc.constantFrom(...types) });
  const at = fc.constant(AT);
  return fc.oneof(
    fc.record({ action: fc.constant("merge" as const), into: anyRef, others: fc.array(anyRef, { minLength: 1, maxLength: 2 }), at }),
    fc.record({ action: fc.constant("alias" as const), entity: anyRef, form: fc.constantFrom(...names, "Open AI", "新名字"), at }),
    fc.record({ action: fc.constant("unalias" as const), entity: anyRef, form: fc.constantFrom(...names), at }),
    fc.record({ action: fc.constant("rename" as const), entity: anyRef, name: fc.constantFrom(...names, "Renamed"), at }),
    fc.record({ action: fc.constant("retype" as const), entity: anyRef, type: fc.constantFrom(...types), at }),
    fc.record({ action: fc.constant("reject" as const), entity: anyRef, at }),
    fc.record({ action: fc.constant("reject-relation" as const), source: anyRef, predicate: fc.constantFrom("develops" as const, "co_mention" as const), target: anyRef, at }),
    fc.record({ action: fc.constant("add" as const), name: fc.constantFrom(...names, "Zorblax"), type: fc.constantFrom(...types), aliases: fc.array(fc.constantFrom(...names), { maxLength: 2 }), at }),
  );
}
