import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { EXIT, UserError } from "../../src/cli/errors.ts";
import { analyse } from "../../src/analyse/index.ts";
import { buildGraph } from "../../src/graph/build.ts";
import { ingestDigests, removeDigests } from "../../src/store/ingest.ts";
import { loadStore } from "../../src/store/store.ts";
import { createAliasIndex } from "../../src/query/alias-index.ts";
import { FORMAT_VERSION, READABLE_VERSIONS } from "../../src/store/manifest.ts";
import { headerV2, headerV3 } from "./old-formats.ts";
import { structure } from "../graph/structure.ts";
import type { Extraction } from "../../src/types.ts";
import { fixture, type FixtureName } from "../graph/fixtures.ts";

interface FakeDoc {
  id: string;
  hash: string;
  extraction: Extraction;
}
const doc = (name: FixtureName): FakeDoc => {
  const extraction = fixture(name);
  return { id: extraction.doc.id, hash: extraction.doc.hash, extraction };
};
const BASE: FixtureName[] = ["d1-hubtoday-0601", "d2-ainews-en-0602", "d3-ainews-0603", "d4-hubtoday-0604"];

let dir: string;
let extracted: string[];
const extract = (docs: FakeDoc[]): Extraction[] => {
  extracted.push(...docs.map((d) => d.id));
  return docs.map((d) => d.extraction);
};
const ingest = (names: FixtureName[]) => ingestDigests(dir, names.map(doc), extract);
const expected = (names: FixtureName[]) => {
  const graph = buildGraph(names.map(fixture));
  analyse(graph);
  return graph.export();
};
const files = (): string[] => readdirSync(dir, { recursive: true }).map(String).sort();

beforeEach(() => {
  dir = join(mkdtempSync(join(tmpdir(), "aikg-store-")), "store");
  extracted = [];
});
afterEach(() => rmSync(join(dir, ".."), { recursive: true, force: true }));

describe("the store", () => {
  it("stores the built, analysed graph and loads it back", async () => {
    const result = await ingest(BASE);
    expect(result.wrote).toBe(true);
    const { graph, manifest } = await loadStore(dir);
    expect(graph.export()).toEqual(expected(BASE));
    expect(Object.keys(manifest.digests)).toEqual(["ainews-en_2025-06-02", "ainews_2025-06-03", "hubtoday_2025-06-01", "hubtoday_2025-06-04"]);
    expect(manifest.counts).toEqual({ digests: 4, nodes: graph.order, edges: graph.size });
    expect(files().filter((f) => f.startsWith("extractions/"))).toHaveLength(4);
  });

  it("changes nothing when built again with the same digests", async () => {
    await ingest(BASE);
    const before = files().map((f) => [f, statSync(join(dir, f)).mtimeMs]);
    const manifestText = readFileSync(join(dir, "manifest.json"), "utf8");
    extracted = [];
    const again = await ingest(BASE);
    expect(again.wrote).toBe(false);
    expect(extracted).toEqual([]);
    expect(again.plan.unchanged).toHaveLength(4);
    expect(files().map((f) => [f, statSync(join(dir, f)).mtimeMs])).toEqual(before);
    expect(readFileSync(join(dir, "manifest.json"), "utf8")).toBe(manifestText);
  });

  it("replaces exactly a changed digest's contributions", async () => {
    await ingest(BASE);
    extracted = [];
    const result = await ingest(["d1-hubtoday-0601", "d3-ainews-0603-changed"]);
    expect(extracted).toEqual(["ainews_2025-06-03"]);
    expect(result.plan.changed.map((d) => d.id)).toEqual(["ainews_2025-06-03"]);
    const { graph } = await loadStore(dir);
    expect(graph.export()).toEqual(expected(["d1-hubtoday-0601", "d2-ainews-en-0602", "d3-ainews-0603-changed", "d4-hubtoday-0604"]));
    expect(graph.hasEdge("invests_in|google|anthropic")).toBe(false);
    expect(graph.hasEdge("invests_in|amazon|anthropic")).toBe(true);
    expect(graph.getNodeAttribute("google", "docs")).not.toContain("ainews_2025-06-03");
    // The old extraction file is gone with the old content.
    expect(existsSync(join(dir, "extractions", `${fixture("d3-ainews-0603").doc.hash}.json`))).toBe(false);
  });

  it("takes a digest out by id, file name or hash prefix", async () => {
    await ingest(BASE);
    const d2hash = fixture("d2-ainews-en-0602").doc.hash;
    const result = await removeDigests(dir, ["ainews_2025-06-03", d2hash.slice(0, 10), "nope"]);
    expect(result.removed.sort()).toEqual(["ainews-en_2025-06-02", "ainews_2025-06-03"]);
    expect(result.unknown).toEqual(["nope"]);
    const { graph, manifest } = await loadStore(dir);
    expect(graph.export()).toEqual(expected(["d1-hubtoday-0601", "d4-hubtoday-0604"]));
    expect(manifest.counts.digests).toBe(2);
    const byFile = await removeDigests(dir, ["data/hubtoday_2025-06-04.md"]);
    expect(byFile.removed).toEqual(["hubtoday_2025-06-04"]);
  });

  it("skips content it already holds under another name", async () => {
    await ingest(["d1-hubtoday-0601"]);
    const copy = { ...doc("d1-hubtoday-0601"), id: "renamed" };
    const result = await ingestDigests(dir, [copy, doc("d4-hubtoday-0604")], extract);
    expect(result.plan.duplicates).toEqual([{ digest: copy, of: "hubtoday_2025-06-01" }]);
    expect(Object.keys(result.manifest.digests)).not.toContain("renamed");
  });
});

describe("the incremental path", () => {
  const THREE = BASE.slice(0, 3);
  const LAST = BASE[3]!;
  const FIRST: FixtureName[] = [BASE[0]!];
  const SECOND = BASE[1]!;

  it("folds a new digest into the stored graph without writing the graph again, as a full build would place it", async () => {
    await ingest(FIRST);
    const before = (await loadStore(dir)).manifest;
    extracted = [];
    const result = await ingest([SECOND]);
    expect(result.incremental).toBe(true);
    expect(extracted).toEqual([fixture(SECOND).doc.id]);
    const { graph, manifest, aliasIndex } = await loadStore(dir);
    expect(manifest.graph).toBe(before.graph);
    expect(manifest.pending).toEqual([fixture(SECOND).doc.id]);
    // The graph file's alias index, kept up by the fold: what a query would build from the graph.
    expect([...aliasIndex().byKey].sort()).toEqual([...createAliasIndex(graph).byKey].sort());
    // Counts are the graph file's: the pending digest is folded in when the store is read.
    expect(manifest.counts).toEqual({ ...before.counts, digests: 2 });
    expect(graph.order).toBeGreaterThan(before.counts.nodes);
    expect(result.graph).toBeNull();
    expect(result.added).toEqual({ entities: fixture(SECOND).entities.length, relations: fixture(SECOND).relations.length });
    expect(graph.getAttribute("pending")).toBe(1);
    expect(structure(graph)).toEqual(structure(buildGraph([FIRST[0]!, SECOND].map(fixture))));
  });

  it("rebuilds instead when new digests move a stored entity to another node (Google AI joins Google)", async () => {
    await ingest(BASE.slice(0, 2));
    const result = await ingest(BASE.slice(2));
    expect(result.incremental).toBe(false);
    const { graph, manifest } = await loadStore(dir);
    expect(manifest.pending).toBeUndefined();
    expect(graph.export()).toEqual(expected(BASE));
  });

  it("folds a digest dated before the stored ones as exactly", async () => {
    await ingest([SECOND]);
    const result = await ingest(FIRST);
    expect(result.incremental).toBe(true);
    expect(structure((await loadStore(dir)).graph)).toEqual(structure(buildGraph([SECOND, ...FIRST].map(fixture))));
  });

  it("a full build takes the pending digests in and re-analyses", async () => {
    await ingest(THREE);
    await ingest([LAST]);
    const result = await ingestDigests(dir, BASE.map(doc), extract, { full: true });
    expect(result.incremental).toBe(false);
    const { graph, manifest } = await loadStore(dir);
    expect(manifest.pending).toBeUndefined();
    expect(graph.export()).toEqual(expected(BASE));
  });

  it("removing a pending digest rebuilds without it", async () => {
    await ingest(THREE);
    await ingest([LAST]);
    await removeDigests(dir, [fixture(LAST).doc.id]);
    const { graph, manifest } = await loadStore(dir);
    expect(manifest.pending).toBeUndefined();
    expect(graph.export()).toEqual(expected(THREE));
  });

  it("rebuilds instead when a digest changed", async () => {
    await ingest(BASE);
    const result = await ingest(["d3-ainews-0603-changed"]);
    expect(result.incremental).toBe(false);
    expect((await loadStore(dir)).manifest.pending).toBeUndefined();
  });
});

describe("store safety", () => {
  const storeError = async (work: Promise<unknown>): Promise<UserError> => {
    const err = await work.then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    return err as UserError;
  };

  it("refuses a store of another format version with one clear line", async () => {
    await ingest(["d1-hubtoday-0601"]);
    const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
    writeFileSync(join(dir, "manifest.json"), JSON.stringify({ ...manifest, formatVersion: 99 }));
    const err = await storeError(loadStore(dir));
    expect(err.exitCode).toBe(EXIT.store);
    expect(err.message).toMatch(new RegExp(`format version 99.*version ${READABLE_VERSIONS.join(" or ")}`));
    await storeError(ingest(["d4-hubtoday-0604"]));
  });

  it.each([
    [2, headerV2],
    [3, headerV3],
  ])("reads a version-%i store and writes the current version at its next full build", async (version, header) => {
    await ingest(BASE);
    const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
    const graphPath = join(dir, manifest.graph);
    const [line1, ...evidence] = readFileSync(graphPath, "utf8").split("\n");
    writeFileSync(graphPath, [JSON.stringify(header(line1!)), ...evidence].join("\n"));
    // Such a store's manifest had no graph size and no entity records yet.
    const { graphBytes: _size, records: _records, ...old } = manifest;
    writeFileSync(join(dir, "manifest.json"), JSON.stringify({ ...old, formatVersion: version }));
    expect((await loadStore(dir)).graph.export()).toEqual(expected(BASE));
    await removeDigests(dir, ["hubtoday_2025-06-04"]);
    const after = await loadStore(dir);
    expect(after.manifest.formatVersion).toBe(FORMAT_VERSION);
    expect(after.graph.export()).toEqual(expected(BASE.filter((n) => n !== "d4-hubtoday-0604")));
  });

  it("says there is no store, and refuses to write into a directory that is not one", async () => {
    expect((await storeError(loadStore(dir))).exitCode).toBe(EXIT.input);
    expect((await storeError(removeDigests(dir, ["x"]))).exitCode).toBe(EXIT.input);
    expect(existsSync(dir)).toBe(false);
    const other = join(dir, "..");
    writeFileSync(join(other, "notes.txt"), "mine");
    const err = await storeError(ingestDigests(other, [doc("d1-hubtoday-0601")], extract));
    expect(err.message).toMatch(/not empty and holds no aikg store/);
  });

  it("lets one writer in at a time, and takes over a lock its dead owner left", async () => {
    await ingest(["d1-hubtoday-0601"]);
    writeFileSync(join(dir, "lock"), `${process.pid}\n`);
    const err = await storeError(ingest(["d4-hubtoday-0604"]));
    expect(err.exitCode).toBe(EXIT.store);
    expect(err.message).toMatch(new RegExp(`being written by process ${process.pid}`));
    writeFileSync(join(dir, "lock"), "2147483646\n");
    const result = await ingest(["d4-hubtoday-0604"]);
    expect(result.wrote).toBe(true);
    expect(existsSync(join(dir, "lock"))).toBe(false);
  });

  it("reports a damaged graph file in one line", async () => {
    const { manifest } = await ingest(["d1-hubtoday-0601"]);
    writeFileSync(join(dir, manifest.graph), '{"tables":');
    const err = await storeError(loadStore(dir));
    expect(err.exitCode).toBe(EXIT.store);
    expect(err.message).toMatch(/graph-[0-9a-f]+\.json: .*; the store is damaged: repair it with 'aikg repair --store /);
  });

  it("builds over what an interrupted first build left", async () => {
    mkdirSync(join(dir, "extractions"), { recursive: true });
    writeFileSync(join(dir, "extractions", "abc.json"), "{}");
    writeFileSync(join(dir, "graph-0123456789abcdef.json"), "{half");
    await ingest(["d1-hubtoday-0601"]);
    const leftovers = new Set(["extractions/abc.json", "graph-0123456789abcdef.json"]);
    expect(files().filter((f) => leftovers.has(f))).toEqual([]);
  });

  it("ignores and then cleans temp files an interrupted write left", async () => {
    await ingest(["d1-hubtoday-0601"]);
    writeFileSync(join(dir, ".graph-0123.json.999.ab.tmp"), "{half a gra");
    writeFileSync(join(dir, "graph-ffffffffffffffff.json"), "{not committed");
    expect((await loadStore(dir)).graph.order).toBeGreaterThan(0);
    await ingest(["d4-hubtoday-0604"]);
    expect(files().filter((f) => f.endsWith(".tmp") || f.includes("ffff"))).toEqual([]);
  });
});
