// The command line through the real CLI: --help describes every option with its default and
// allowed values, bad values get one line naming the flag (exit 2), and counts read as English.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { leakedTrace, REPO, runCli, SAMPLES } from "./cli.ts";

const root = mkdtempSync(join(tmpdir(), "aikg-cli-usage-"));
const store = join(root, "store");
afterAll(() => rmSync(root, { recursive: true, force: true }));
beforeAll(async () => {
  const run = await runCli(["build", join(SAMPLES, "ainews_2025-07-15.md"), "--store", store], REPO);
  expect(run.code, run.stderr).toBe(0);
  // One digest: "1 digest", never "1 digests".
  expect(run.stdout).toMatch(/digests\s+1 stored \(1 new, 0 changed, 0 unchanged\)/);
}, 60_000);

describe("aikg --help", () => {
  it("describes each option of who with its default and allowed values", async () => {
    const run = await runCli(["who", "--help"], REPO);
    expect(run.code).toBe(0);
    const text = run.stdout.replace(/\s+/g, " ");
    expect(text).toContain("Usage: aikg who [options] <name...>");
    expect(text).toMatch(/--limit <n> neighbours shown per depth .*\(default: "20"\)/);
    expect(text).toMatch(/--depth <n> .*\(choices: "1", "2", default: "1"\)/);
    expect(text).toMatch(/--type <type> only neighbours of this type \(choices: "organization", "person", "model"/);
    expect(text).toMatch(/--store <dir> the store directory \(default: \.aikg\/ in the current directory, or \$AIKG_STORE\)/);
  });

  it("lists export's formats and extract's default format", async () => {
    const exportHelp = (await runCli(["export", "--help"], REPO)).stdout.replace(/\s+/g, " ");
    expect(exportHelp).toContain('(choices: "gexf", "graphml", "json", "csv", "neo4j")');
    const extractHelp = (await runCli(["help", "extract"], REPO)).stdout.replace(/\s+/g, " ");
    expect(extractHelp).toContain('(choices: "summary", "json", default: "summary")');
  });
});

describe("bad usage", () => {
  it.each([
    [["who", "OpenAI", "--limit", "-1"], /^aikg: who: --limit must be a whole number ≥ 1, not '-1'$/],
    [["who", "OpenAI", "--depth", "3"], /^aikg: who: option '--depth <n>' argument '3' is invalid\. Allowed choices are 1, 2\./],
    [["top", "--by", "fame"], /^aikg: top: option '--by <measure>' argument 'fame' is invalid\. Allowed choices are pagerank, degree/],
    [["who", "OpenAI", "--jsn"], /^aikg: who: unknown option '--jsn' \(Did you mean --json\?\)/],
    [["path", "OpenAI"], /^aikg: path: missing required argument 'b'/],
    [["frobnicate"], /^aikg: unknown command 'frobnicate'/],
  ])("aikg %j: one line, exit 2", async (args, message) => {
    const run = await runCli([...args, "--store", store], REPO);
    expect(run.code).toBe(2);
    expect(leakedTrace(run.stderr)).toEqual([]);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr.trim()).toMatch(message);
  });

  it("takes a value that sets a different case (--type Person, --by WEIGHTEDDEGREE)", async () => {
    expect((await runCli(["top", "--type", "Organization", "--by", "WEIGHTEDDEGREE", "--limit", "1", "--store", store], REPO)).code).toBe(0);
  });
});

describe("counts", () => {
  it("say 1 digest, not 1 digests", async () => {
    const run = await runCli(["stats", "--store", store], REPO);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/: 1 digest, 2025-07-15/);
    expect(run.stdout).not.toMatch(/\b1 (digests|entities|relations|communities)\b/);
  });
});
