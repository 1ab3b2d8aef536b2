// `aikg build` and `aikg remove` end to end on real sample digests (data/samples), in-process.
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCommand } from "../../src/cli/commands/build.ts";
import { removeCommand } from "../../src/cli/commands/remove.ts";
import { EXIT, UserError } from "../../src/cli/errors.ts";
import { loadStore } from "../../src/store/store.ts";
import { runCommand } from "../query/cli-helpers.ts";

const SAMPLES = fileURLToPath(new URL("../../data/samples/", import.meta.url));
const NAMES = ["hubtoday_2025-06-14.md", "ainews_2025-07-15.md", "ainews-en_2025-08-08.md"];

let root: string;
let digests: string;
let store: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "aikg-build-"));
  digests = join(root, "digests");
  store = join(root, "store");
  mkdirSync(digests);
  for (const name of NAMES) copyFileSync(join(SAMPLES, name), join(digests, name));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const build = async (paths: string[]) => {
  const run = await runCommand(buildCommand, paths, { store, json: true });
  return { code: run.code, summary: JSON.parse(run.out) };
};

describe("aikg build", () => {
  it("builds a store from a directory of digests and sums it up", async () => {
    const { code, summary } = await build([digests]);
    expect(code).toBe(EXIT.ok);
    expect(summary.wrote).toBe(true);
    expect(summary.digests).toEqual({ stored: 3, added: ["ainews-en_2025-08-08", "ainews_2025-07-15", "hubtoday_2025-06-14"], changed: [], retaught: [], unchanged: 0, reextracted: 0 });
    expect(summary.entities.total).toBeGreaterThan(10);
    expect(summary.relations.total).toBe(Object.values(summary.relations.byPredicate).reduce((a, b) => (a as number) + (b as number), 0));
    const { graph } = await loadStore(store);
    expect(graph.order).toBe(summary.entities.total);
  });

  it("changes nothing when run again on the same digests", async () => {
    const manifest = join(store, "manifest.json");
    const before = [readFileSync(manifest, "utf8"), statSync(manifest).mtimeMs];
    const { code, summary } = await build([digests]);
    expect(code).toBe(EXIT.ok);
    expect(summary.wrote).toBe(false);
    expect(summary.digests.unchanged).toBe(3);
    expect([readFileSync(manifest, "utf8"), statSync(manifest).mtimeMs]).toEqual(before);
  });

  it("re-extracts only a digest whose content changed", async () => {
    appendFileSync(join(digests, "ainews_2025-07-15.md"), "\n\n## 附加新闻\n\nAnthropic 与 Amazon 宣布扩大合作。\n");
    const { summary } = await build([digests]);
    expect(summary.digests).toMatchObject({ stored: 3, added: [], changed: ["ainews_2025-07-15"], unchanged: 2 });
  });

  it("takes a digest out with aikg remove", async () => {
    const run = await runCommand(removeCommand, ["hubtoday_2025-06-14.md"], { store });
    expect(run.code).toBe(EXIT.ok);
    expect(run.out).toMatch(/^Removed hubtoday_2025-06-14 from /);
    const { manifest, graph } = await loadStore(store);
    expect(Object.keys(manifest.digests).sort()).toEqual(["ainews-en_2025-08-08", "ainews_2025-07-15"]);
    graph.forEachNode((_n, a) => expect(a.docs).not.toContain("hubtoday_2025-06-14"));
    const unknown = await runCommand(removeCommand, ["hubtoday_1999-01-01"], { store });
    expect(unknown.code).toBe(EXIT.partial);
    expect(unknown.err).toMatch(/no digest 'hubtoday_1999-01-01'/);
  });

  it("folds a new digest in without rebuilding, and --full takes it in", async () => {
    const added = join(digests, "hubtoday_2025-09-03.md");
    copyFileSync(join(SAMPLES, "hubtoday_2025-09-03.md"), added);
    const graphFile = (await loadStore(store)).manifest.graph;
    const { code, summary } = await build([added]);
    expect(code).toBe(EXIT.ok);
    expect(summary).toMatchObject({ wrote: true, incremental: true, pending: 1, digests: { added: ["hubtoday_2025-09-03"] } });
    expect(summary.fromNewDigests.entities).toBeGreaterThan(5);
    const { graph, manifest } = await loadStore(store);
    expect(manifest.graph).toBe(graphFile);
    expect(graph.someNode((_n, a) => a.docs.includes("hubtoday_2025-09-03"))).toBe(true);
    const stored = ["ainews_2025-07-15.md", "ainews-en_2025-08-08.md", "hubtoday_2025-09-03.md"].map((f) => join(digests, f));
    const full = await runCommand(buildCommand, stored, { store, json: true, full: true });
    expect(JSON.parse(full.out)).toMatchObject({ wrote: true, incremental: false, pending: 0 });
    const rebuilt = await loadStore(store);
    expect(rebuilt.manifest.pending).toBeUndefined();
    expect(rebuilt.graph.order).toBe(graph.order);
  });

  it("skips files it cannot read, says why, and exits 1", async () => {
    const bad = join(root, "broken.md");
    writeFileSync(bad, Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x00, 0x10]));
    const { code, summary } = await build([join(digests, "ainews_2025-07-15.md"), bad, join(root, "missing.md")]);
    expect(code).toBe(EXIT.partial);
    expect(summary.skipped.map((s: { file: string }) => s.file)).toEqual([join(root, "missing.md"), bad]);
  });

  it("refuses when no digest at all can be read", async () => {
    const err = await runCommand(buildCommand, [join(root, "missing.md")], { store }).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).exitCode).toBe(EXIT.input);
    expect((err as UserError).message).toMatch(/^build: no digest could be read \(.*missing\.md: no such file or directory\)$/);
  });
});
