// Incremental = full: after any sequence of adds and removes of real digests (the samples), the
// graph a reader loads (the stored graph with pending digests folded in) is the graph a full
// build of the same stored extractions gives: nodes, names, types, aliases, edges, weights and
// evidence. Adds fold in when they can (after every stored digest, small enough, no stored entity
// moved) and rebuild otherwise; the property checks both kinds happen.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildGraph } from "../../src/graph/build.ts";
import { ingestDigests, removeDigests } from "../../src/store/ingest.ts";
import { loadStore, readExtractions } from "../../src/store/store.ts";
import { extractDocs } from "../../src/extract/corpus.ts";
import { listDigests, readDigest } from "../../src/read/index.ts";
import type { Extraction } from "../../src/types.ts";
import { SAMPLES } from "../robustness/cli.ts";
import { structure } from "./structure.ts";

interface Digest {
  id: string;
  hash: string;
  extraction: Extraction;
}

const root = mkdtempSync(join(tmpdir(), "aikg-incremental-property-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let digests: Digest[] = [];
beforeAll(() => {
  const docs = listDigests([SAMPLES]).files.map(readDigest);
  // Each extracted on its own, as a build adding it alone would: what the store then holds.
  digests = docs.map((doc) => ({ id: doc.id, hash: doc.hash, extraction: extractDocs([doc], { keepMentions: false })[0]! }));
}, 60_000);

type Step = { add: number[] } | { remove: number[] };
const step = (n: number): fc.Arbitrary<Step> =>
  fc.oneof(
    fc.record({ add: fc.uniqueArray(fc.nat(n - 1), { minLength: 1, maxLength: 3 }) }),
    fc.record({ remove: fc.uniqueArray(fc.nat(n - 1), { minLength: 1, maxLength: 2 }) }),
  );

describe("incremental = full", () => {
  it("holds after random adds and removes of the sample digests", { timeout: 240_000 }, async () => {
    let run = 0;
    const kinds = { folded: 0, rebuilt: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(step(digests.length), { minLength: 1, maxLength: 6 }), async (steps) => {
        const dir = join(root, `store-${run++}`);
        for (const s of steps) {
          if ("add" in s) {
            const result = await ingestDigests(dir, s.add.map((i) => digests[i]!), (todo) => todo.map((d) => d.extraction));
            if (result.wrote) kinds[result.incremental ? "folded" : "rebuilt"]++;
          } else if (existsSync(join(dir, "manifest.json"))) {
            await removeDigests(dir, s.remove.map((i) => digests[i]!.id));
          } else continue;
          const { graph, manifest } = await loadStore(dir);
          const full = buildGraph([...(await readExtractions(dir, manifest)).values()]);
          expect(structure(graph)).toEqual(structure(full));
        }
        rmSync(dir, { recursive: true, force: true });
      }),
      { numRuns: 20, seed: 20261207 },
    );
    expect(kinds.folded, JSON.stringify(kinds)).toBeGreaterThan(0);
    expect(kinds.rebuilt, JSON.stringify(kinds)).toBeGreaterThan(0);
  });
});
