// What the machine refuses, through the real CLI: a full disk, a read-only one, a store path
// through a file, too many open files, a manifest it may not read. Each is one line naming the
// path and the fix, exit 4, and the store is as it was. Faults are injected into the CLI's
// process by fault-preload.mjs (as root, no permission or mount can be taken away here).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { faultEnv, leakedTrace, REPO, runCli, SAMPLES } from "./cli.ts";

const root = mkdtempSync(join(tmpdir(), "aikg-system-errors-"));
const store = join(root, "store");
afterAll(() => rmSync(root, { recursive: true, force: true }));

const FIRST = join(SAMPLES, "ainews_2025-07-15.md");
const SECOND = join(SAMPLES, "hubtoday_2025-06-14.md");
const manifest = () => readFileSync(join(store, "manifest.json"), "utf8");

beforeAll(async () => {
  const run = await runCli(["build", FIRST, "--store", store], REPO);
  expect(run.code, run.stderr).toBe(0);
}, 60_000);

function expectOneLine(run: Awaited<ReturnType<typeof runCli>>, pattern: RegExp): void {
  expect(leakedTrace(run.stderr)).toEqual([]);
  expect(run.stderr.trim().split("\n"), run.stderr).toHaveLength(1);
  expect(run.stderr.trim()).toMatch(pattern);
  expect(run.code, run.stderr).toBe(4);
}

describe("a build the disk refuses", () => {
  it.each([
    ["ENOSPC", 0, /^aikg: .*store.*: no space left on the device; free some space and run the command again \(the store is unchanged\)$/],
    ["ENOSPC", 20_000, /: no space left on the device; .*\(the store is unchanged\)$/],
    ["EROFS", 0, /^aikg: .*store.*: on a read-only file system; choose a --store or --out on a writable disk \(the store is unchanged\)$/],
    ["EACCES", 0, /^aikg: .*store.*: permission denied; check its permissions, or choose another --store or --out/],
    ["EMFILE", 0, /^aikg: .*store.*: too many open files; raise the limit \(ulimit -n\) and run the command again/],
  ] as const)("%s after %i bytes: one line, exit 4, the store unchanged and unlocked", async (code, afterBytes, message) => {
    const before = manifest();
    const run = await runCli(["build", FIRST, SECOND, "--store", store, "--full"], REPO, faultEnv(code, store, afterBytes));
    expectOneLine(run, message);
    expect(manifest()).toBe(before);
    expect(existsSync(join(store, "lock"))).toBe(false);
    const stats = await runCli(["stats", "--store", store, "--json"], REPO);
    expect(stats.code, stats.stderr).toBe(0);
    expect(JSON.parse(stats.stdout).digests).toBe(1);
  });

  it("writes the store once the disk takes it again", async () => {
    const run = await runCli(["build", FIRST, SECOND, "--store", store], REPO);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(manifest()).counts.digests).toBe(2);
  });
});

describe("other refusals", () => {
  it("a --store path through a file: one line, exit 4", async () => {
    const file = join(root, "a-file");
    writeFileSync(file, "not a directory\n");
    expectOneLine(await runCli(["build", FIRST, "--store", join(file, "store")], REPO), /a-file\/store: a part of this path is a file, not a directory; choose another --store/);
    expectOneLine(await runCli(["build", FIRST, "--store", file], REPO), /a-file: a part of this path is a file, not a directory/);
    for (const reader of [["who", "OpenAI"], ["stats"], ["top"]]) expectOneLine(await runCli([...reader, "--store", file], REPO), /a-file: a part of this path is a file, not a directory; choose another --store$/);
  });

  it("a manifest it may not read: one line, exit 4", async () => {
    expectOneLine(await runCli(["who", "OpenAI", "--store", store], REPO, faultEnv("EACCES", store)), /manifest\.json: permission denied; check its permissions/);
  });

  it("an export onto a full disk: one line, exit 4", async () => {
    const out = join(root, "export");
    expectOneLine(await runCli(["export", "--format", "csv", "--out", out, "--store", store], REPO, faultEnv("ENOSPC", out)), /export.*: no space left on the device/);
  });
});
