// reindexNodes keeps an alias index as createAliasIndex would build it after nodes change: the
// fold of pending digests hands its index to the query that loaded the store, so the two must
// answer alike.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createAliasIndex, reindexNodes, type AliasIndex } from "../../src/query/alias-index.ts";
import type { NodeAttributes } from "../../src/types.ts";
import { fixtureGraph } from "../graph/fixtures.ts";

const entries = (index: AliasIndex): [string, string[]][] => [...index.byKey].sort(([a], [b]) => (a < b ? -1 : 1));

const base = fixtureGraph();
const existing = base.mapNodes((node, a) => ({ node, name: a.name }));
// Names to claim: some every fixture node goes by, some nobody does, some that differ only in case or spacing.
const NAMES = [...existing.slice(0, 12).map((n) => n.name), "谷歌", "google", "Gemini 2.5 Pro", "Acme Lab", "acme-lab", "新公司"];

type Change =
  | { kind: "add"; id: string; name: string; alias: string; mentions: number }
  | { kind: "drop"; at: number }
  | { kind: "alias"; at: number; alias: string }
  | { kind: "mentions"; at: number; mentions: number }
  | { kind: "rename"; at: number; name: string };

const name = fc.constantFrom(...NAMES);
const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ kind: fc.constant("add" as const), id: fc.constantFrom("acmelab", "newco", "x1", "google"), name, alias: name, mentions: fc.integer({ min: 1, max: 500 }) }),
  fc.record({ kind: fc.constant("drop" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("alias" as const), at: fc.nat(), alias: name }),
  fc.record({ kind: fc.constant("mentions" as const), at: fc.nat(), mentions: fc.integer({ min: 1, max: 500 }) }),
  fc.record({ kind: fc.constant("rename" as const), at: fc.nat(), name }),
);

describe("reindexNodes", () => {
  it("brings the index to what createAliasIndex builds, whatever changed", () => {
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 8 }), (changes) => {
        const graph = base.copy();
        const index = createAliasIndex(graph);
        const changed: string[] = [];
        for (const c of changes) {
          const nodes = graph.nodes();
          const node = "at" in c ? nodes[c.at % nodes.length]! : c.id;
          if (c.kind === "add") {
            if (graph.hasNode(c.id)) continue;
            graph.addNode(c.id, { name: c.name, label: c.name, type: "organization", aliases: [c.name, c.alias], mentions: c.mentions, docs: [], firstSeen: null, lastSeen: null } as NodeAttributes);
          } else if (c.kind === "drop") graph.dropNode(node);
          else if (c.kind === "alias") graph.updateNodeAttribute(node, "aliases", (aliases = []) => [...aliases, c.alias]);
          else if (c.kind === "mentions") graph.setNodeAttribute(node, "mentions", c.mentions);
          else graph.setNodeAttribute(node, "name", c.name);
          changed.push(node);
        }
        reindexNodes(index, graph, changed);
        expect(entries(index)).toEqual(entries(createAliasIndex(graph)));
      }),
      { numRuns: 150 },
    );
  });

  it("leaves the index as it is when nothing changed", () => {
    const index = createAliasIndex(base);
    const before = entries(index);
    reindexNodes(index, base, []);
    expect(entries(index)).toEqual(before);
  });
});
