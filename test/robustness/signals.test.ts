// Ctrl-C (SIGINT) or SIGTERM while `aikg build` holds the store's lock: it releases the lock,
// says in one line what became of the store, and exits 130 or 143; the store still loads. On one
// thread too, the signal is acted on mid-extraction, not once the whole pass is over.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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

/** Starts a build (by default, a full build of every sample) and sends `signal` `afterMs` after it holds the lock. */
function interruptedBuild(signal: NodeJS.Signals, args = [SAMPLES, "--full"], afterMs = 0): Promise<{ code: number | null; stderr: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [BIN, "build", ...args, "--store", store], { cwd: REPO, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    const poll = setInterval(() => {
      if (!existsSync(lock)) return;
      clearInterval(poll);
      setTimeout(() => child.kill(signal), afterMs);
    }, 2);
    child.on("error", reject);
    child.on("close", (code) => {
      clearInterval(poll);
      resolve({ code, stderr, ms: performance.now() - started });
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

describe("a build on one thread, interrupted while it extracts", () => {
  it("stops mid-extraction, long before the pass would have ended", { timeout: 120_000 }, async () => {
    // 160 digests: the samples, each copied 20 times with a line of its own.
    const many = join(root, "many");
    mkdirSync(many);
    for (const name of readdirSync(SAMPLES).filter((f) => f.endsWith(".md"))) {
      for (let i = 1; i <= 20; i++) writeFileSync(join(many, name.replace(/\.md$/, `_copy${i}.md`)), `${readFileSync(join(SAMPLES, name), "utf8")}\n- copy ${i}\n`);
    }
    const started = performance.now();
    const whole = await runCli(["build", many, "--store", join(root, "whole"), "--jobs", "1"], REPO);
    const wholeMs = performance.now() - started;
    expect(whole.code, whole.stderr).toBe(0);
    const before = readFileSync(join(store, "manifest.json"), "utf8");
    const run = await interruptedBuild("SIGINT", [many, "--jobs", "1"], 300);
    expect(run.code, run.stderr).toBe(130);
    expect(run.stderr.trim()).toBe("aikg: interrupted (SIGINT); the store is unchanged, and its lock is released");
    expect(readFileSync(join(store, "manifest.json"), "utf8")).toBe(before);
    expect(existsSync(lock)).toBe(false);
    // Relative, not a time limit: acted on once the pass was over, the signal would leave it at least as long as the whole build.
    expect(run.ms).toBeLessThan(wholeMs / 2);
  });
});
