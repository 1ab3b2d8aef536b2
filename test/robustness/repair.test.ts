// A damaged store through the real CLI: every refusal names the command that repairs it, and
// that command works. A graph or manifest file cut short is rebuilt from the extraction files
// (to the same graph file, byte for byte); a damaged extraction file is extracted again when its
// digest is given, and otherwise leaves the store, said so, and `remove` works on what is left.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { leakedTrace, REPO, runCli, SAMPLES } from "./cli.ts";

const root = mkdtempSync(join(tmpdir(), "aikg-repair-"));
const built = join(root, "built");
const store = join(root, "store");
afterAll(() => rmSync(root, { recursive: true, force: true }));

const manifest = () => JSON.parse(readFileSync(join(store, "manifest.json"), "utf8"));
const graphFile = () => join(store, manifest().graph as string);
const extractionOf = (id: string) => join(store, "extractions", `${manifest().digests[id].hash}.json`);
const cut = (path: string, bytes: number) => truncateSync(path, Math.min(bytes, statSync(path).size - 1));

async function cli(args: string[], code = 0) {
  const run = await runCli(args, REPO);
  expect(leakedTrace(run.stderr)).toEqual([]);
  expect(run.code, `${args.join(" ")}\n${run.stdout}\n${run.stderr}`).toBe(code);
  return run;
}

/** A reader's refusal: exit 4, one line, naming the command that repairs the store; that command, run. */
async function refusedThenRepaired(): Promise<string> {
  const refused = await cli(["who", "OpenAI", "--store", store], 4);
  expect(refused.stderr.trim().split("\n")).toHaveLength(1);
  const command = /repair it with '([^']+)'/.exec(refused.stderr)?.[1];
  expect(command, refused.stderr).toBe(`aikg repair --store ${store}`);
  const repaired = await cli([...command!.split(" ").slice(1), "--json"]);
  return repaired.stdout;
}

let original: { graph: string; digests: Record<string, unknown> };
beforeEach(async () => {
  if (!original) {
    await cli(["build", SAMPLES, "--store", built]);
    const m = JSON.parse(readFileSync(join(built, "manifest.json"), "utf8"));
    original = { graph: m.graph, digests: m.digests };
  }
  rmSync(store, { recursive: true, force: true });
  cpSync(built, store, { recursive: true });
}, 120_000);

describe("a damaged store", () => {
  it("graph file cut short: the named repair rebuilds the same graph file", { timeout: 60_000 }, async () => {
    cut(graphFile(), 18574);
    const summary = JSON.parse(await refusedThenRepaired());
    expect(summary.repaired.graph).toMatch(/has \d+ bytes where \d+ were written/);
    expect(manifest().graph).toBe(original.graph);
    await cli(["who", "OpenAI", "--store", store]);
  });

  it("graph file cut short: build --full repairs it too", { timeout: 60_000 }, async () => {
    cut(graphFile(), 18574);
    await cli(["build", SAMPLES, "--full", "--store", store]);
    expect(manifest().graph).toBe(original.graph);
  });

  it("manifest cut short: put together again from the extraction files", { timeout: 60_000 }, async () => {
    cut(join(store, "manifest.json"), 300);
    const summary = JSON.parse(await refusedThenRepaired());
    expect(summary.repaired.manifest).toMatch(/not valid JSON/);
    expect(manifest().digests).toEqual(original.digests);
    expect(manifest().graph).toBe(original.graph);
  });

  it("extraction file cut short: build extracts it again; without its file, it leaves the store and remove works", { timeout: 90_000 }, async () => {
    cut(extractionOf("wechat_2025-04-01"), 1000);
    const rebuilt = JSON.parse((await cli(["build", SAMPLES, "--store", store, "--json"])).stdout);
    expect(rebuilt.repaired.reextracted).toEqual(["wechat_2025-04-01"]);
    expect(Object.keys(manifest().digests).sort()).toEqual(Object.keys(original.digests).sort());

    cut(extractionOf("wechat_2025-04-01"), 1000);
    const removed = await cli(["remove", "ainews_2025-07-15", "--store", store], 1);
    expect(removed.stdout).toMatch(/dropped wechat_2025-04-01\.md: its extraction file has 1000 bytes where \d+ were written \(build it again to put it back\)/);
    expect(Object.keys(manifest().digests)).toHaveLength(readdirSync(SAMPLES).filter((f) => f.endsWith(".md")).length - 2);
    await cli(["who", "OpenAI", "--store", store]);
    await cli(["build", SAMPLES, "--store", store]);
    expect(Object.keys(manifest().digests).sort()).toEqual(Object.keys(original.digests).sort());
  });

  it("extraction file overwritten inside a sentence, still valid JSON: its checksum gives it away, and it is extracted again", { timeout: 90_000 }, async () => {
    const path = extractionOf("ainews_2025-07-15");
    const text = readFileSync(path, "utf8");
    const at = text.indexOf("OpenAI", text.indexOf("\n"));
    expect(at).toBeGreaterThan(0);
    writeFileSync(path, `${text.slice(0, at)}XXXXXX${text.slice(at + 6)}`);
    const repaired = JSON.parse((await cli(["repair", SAMPLES, "--store", store, "--json"])).stdout);
    expect(repaired.repaired.reextracted).toEqual(["ainews_2025-07-15"]);
    expect(readFileSync(path, "utf8")).toBe(text);
    expect((await cli(["export", "--format", "json", "--store", store])).stdout).not.toContain("XXXXXX");
  });

  it("extraction file overwritten at its own size: the rebuild finds it and extracts it again", { timeout: 90_000 }, async () => {
    const path = extractionOf("ainews_2025-07-15");
    const bytes = readFileSync(path);
    bytes.fill(0x20, 10, 60); // damaged, the size unchanged: only parsing it finds out
    writeFileSync(path, bytes);
    // repair rebuilds from the stored extractions (build --full would extract every digest again, this one with them).
    const summary = JSON.parse((await cli(["repair", SAMPLES, "--store", store, "--json"])).stdout);
    expect(summary.repaired.reextracted).toEqual(["ainews_2025-07-15"]);
    await cli(["who", "OpenAI", "--store", store]);
  });
});
