// Ctrl-C (SIGINT) or SIGTERM while `aikg build` holds the store's lock: it releases the lock,
// says in one line what became of the store, and exits 130 or 143; the store still loads.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, leakedTrace, REPO, runCli, SAMPLES } from "./cli.ts";

const root = mkdtempSync(join(tmpdir(), "aikg-signals-"));
const store = join(root, "store");
const lock = join(store, "lock");
afterAll(() => rmSync(root, { recursive: true, force: true }));

beforeAll(async () => {
  const run = await runCli(["build", join(SAMPLES, "ainews_2025-07-15.md"), "--store", store], REPO);
  expect(run.code, run.stderr).toBe(0);
}, 60_000);

/** Starts a full build of every sample and sends `signal` as soon as it holds the lock. */
function interruptedBuild(signal: NodeJS.Signals): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, "build", SAMPLES, "--store", store, "--full"], { cwd: REPO, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    const poll = setInterval(() => {
      if (!existsSync(lock)) return;
      clearInterval(poll);
      child.kill(signal);
    }, 2);
    child.on("error", reject);
    child.on("close", (code) => {
      clearInterval(poll);
      resolve({ code, stderr });
    });
  });
}

describe("a build interrupted while it holds the lock", () => {
  it.each([
    ["SIGTERM", 143],
    ["SIGINT", 130],
  ] as const)("%s: exit %i, one line, the lock released, the store loads", { timeout: 60_000 }, async (signal, code) => {
    const before = readFileSync(join(store, "manifest.json"), "utf8");
    const run = await interruptedBuild(signal);
    expect(leakedTrace(run.stderr)).toEqual([]);
    expect(run.code, run.stderr).toBe(code);
    const line = run.stderr.trim();
    expect(line).toMatch(new RegExp(`^aikg: interrupted \\(${signal}\\); the store (is unchanged|holds the new write), and its lock is released$`));
    expect(existsSync(lock)).toBe(false);
    if (line.includes("unchanged")) expect(readFileSync(join(store, "manifest.json"), "utf8")).toBe(before);
    const stats = await runCli(["stats", "--store", store, "--json"], REPO);
    expect(stats.code, stats.stderr).toBe(0);
  });
});
