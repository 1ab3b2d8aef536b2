// The same digests give byte-identical extraction files and the same graph file, whatever the
// number of extraction threads, the order the files are named in, or the run. Real digests from
// the bulk corpus: ESP32 is learnt as a model from one and esp32 as a product from the other,
// and their type once depended on which spelling was voted for first.
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { hasShared, sharedPath, sharedSkipReason } from "../shared.ts";
import { leakedTrace, REPO, runCli } from "./cli.ts";

/** The two English digests, and 22 small ones: 24, enough for worker threads. */
const DIGESTS = [
  "ainews-en_2025-04-25.md",
  "ainews-en_2025-06-06.md",
  ...["06-25", "06-26", "06-27", "07-02", "07-04", "07-05", "07-06", "07-07", "07-08", "07-12", "07-15", "07-18", "07-30", "08-03", "08-05", "08-16", "08-17", "08-30", "10-05"].map(
    (d) => `ainews_2025-${d}.md`,
  ),
  ...["2025-06-16", "2026-01-05", "2026-01-18"].map((d) => `hubtoday_${d}.md`),
];

const root = mkdtempSync(join(tmpdir(), "aikg-determinism-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** What a store holds, as one checksum per file: every extraction file and the graph file's (content-addressed) name. */
function fingerprint(store: string): { extractions: Record<string, string>; graph: string } {
  const dir = join(store, "extractions");
  const extractions: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) extractions[name] = createHash("sha256").update(readFileSync(join(dir, name))).digest("hex");
  return { extractions, graph: JSON.parse(readFileSync(join(store, "manifest.json"), "utf8")).graph };
}

async function buildWith(name: string, files: string[], jobs: number) {
  const store = join(root, name);
  const run = await runCli(["build", ...files, "--store", store, "--jobs", String(jobs), "--json"], REPO);
  expect(leakedTrace(run.stderr)).toEqual([]);
  expect(run.code, run.stderr).toBe(0);
  return fingerprint(store);
}

describe.skipIf(!hasShared)(`builds of the same digests${sharedSkipReason}`, () => {
  it("are identical with 1 or 2 jobs, in two file orders", { timeout: 120_000 }, async () => {
    const dir = join(root, "digests");
    mkdirSync(dir);
    for (const name of DIGESTS) copyFileSync(sharedPath("corpus", "bulk", name), join(dir, name));
    const files = DIGESTS.map((name) => join(dir, name));
    const reference = await buildWith("one-job", files, 1);
    expect(Object.keys(reference.extractions)).toHaveLength(DIGESTS.length);
    // A fixed shuffle: every other file from the end, then the rest.
    const shuffled = [...files.filter((_, i) => i % 2 === 1).reverse(), ...files.filter((_, i) => i % 2 === 0)];
    expect(await buildWith("two-jobs-shuffled", shuffled, 2)).toEqual(reference);
  });
});
