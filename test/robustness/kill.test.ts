// SIGKILL during `aikg build` at seeded random moments: after every kill the store still loads
// and is either the old store or the new one (never a mix), and the killed writer's stale lock
// does not block the next build.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BIN, leakedTrace, REPO, runCli, SAMPLES } from "./cli.ts";
import { mulberry32 } from "../../src/analyse/rng.ts";

const KILLS = 8;
const SEED = 20251123;

type DigestState = Record<string, string>;

/** Seeded, so a failing run can be replayed. */
const seeded = mulberry32;

const root = mkdtempSync(join(tmpdir(), "aikg-robust-kill-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const store = join(root, "store");
const base = join(root, "base");
const extra = join(root, "extra");
const lock = join(store, "lock");

const sha256 = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");
const stem = (file: string) => basename(file).replace(/\.md$/, "");

/** The manifest's digest id → content hash: what a reader of the store sees. */
function storedState(): DigestState {
  const manifest = JSON.parse(readFileSync(join(store, "manifest.json"), "utf8"));
  expect(existsSync(join(store, manifest.graph)), `graph file ${manifest.graph} is missing`).toBe(true);
  return Object.fromEntries(Object.entries(manifest.digests as Record<string, { hash: string }>).map(([id, d]) => [id, d.hash]));
}

/** The state a build of these directories would commit. */
function stateOf(...dirs: string[]): DigestState {
  return Object.fromEntries(dirs.flatMap((dir) => readdirSync(dir).map((f) => [stem(f), sha256(join(dir, f))])));
}

interface BuildRun {
  killed: boolean;
  code: number | null;
  pid: number;
  stderr: string;
  /** ms from start to the lock appearing and to the process ending (-1: lock never seen). */
  lockedAt: number;
  endedAt: number;
}

/**
 * Starts `aikg build` and kills it with SIGKILL `delayMs` after its start or, with `fromLock`,
 * after it takes the store lock (so the kill lands in the extract-and-write phase), unless it ended
 * first; `null` never kills.
 */
function buildAndKill(delayMs: number | null, fromLock = false, dirs = [base, extra]): Promise<BuildRun> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, [BIN, "build", ...dirs, "--store", store, "--json"], { cwd: REPO, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    let killed = false;
    let lockedAt = -1;
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      if (delayMs !== null) timer = setTimeout(() => (killed = child.kill("SIGKILL")), delayMs);
    };
    const poll = setInterval(() => {
      if (lockedAt >= 0 || !existsSync(lock)) return;
      lockedAt = Date.now() - started;
      if (fromLock) arm();
    }, 2);
    if (!fromLock) arm();
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      clearInterval(poll);
      clearTimeout(timer);
      resolve({ killed, code, pid: child.pid ?? 0, stderr, lockedAt, endedAt: Date.now() - started });
    });
  });
}

async function expectStoreLoads(): Promise<void> {
  const run = await runCli(["stats", "--store", store, "--json"], REPO);
  expect(leakedTrace(run.stderr)).toEqual([]);
  expect(run.code, run.stderr).toBe(0);
  expect(JSON.parse(run.stdout)).toBeTypeOf("object");
}

describe("a build killed at random moments", () => {
  it(`leaves the old or the new store after each of ${KILLS} SIGKILLs`, { timeout: 150_000 }, async () => {
    const samples = readdirSync(SAMPLES).filter((f) => f.endsWith(".md")).sort();
    mkdirSync(base);
    mkdirSync(extra);
    for (const name of samples.slice(0, 4)) copyFileSync(join(SAMPLES, name), join(base, name));

    const first = await buildAndKill(null, false, [base]);
    const usualMs = first.endedAt;
    // How long the lock is held: a build of 4 digests, as each round adds 4.
    const lockedMs = Math.max(50, first.endedAt - Math.max(0, first.lockedAt));
    expect(first.code, first.stderr).toBe(0);
    expect(storedState()).toEqual(stateOf(base));

    const random = seeded(SEED);
    const outcomes: string[] = [];
    let lastKilledPid = 0;
    for (let round = 0; round < KILLS; round++) {
      // Fresh content every round, so every build has work to do and a new state to commit.
      for (const name of samples.slice(4)) {
        writeFileSync(join(extra, name), `${readFileSync(join(SAMPLES, name), "utf8")}\n\n## 更新 ${round}\n\nOpenAI 与 Microsoft 宣布第 ${round} 轮合作。\n`);
      }
      const before = storedState();
      const after = stateOf(base, extra);
      // Even rounds: anywhere in the run, start-up included; odd rounds: while the lock is held.
      const fromLock = round % 2 === 1;
      // Each round re-extracts 4 digests and rebuilds the graph of 8, so its lock is held longer: up to twice.
      const delayMs = Math.round(fromLock ? random() * lockedMs * 2 : 50 + random() * usualMs);
      const run = await buildAndKill(delayMs, fromLock);
      if (run.killed) lastKilledPid = run.pid;
      // A build that ended by itself must have succeeded: a stale lock from an earlier kill is no excuse.
      else expect(run.code, `round ${round}: ${run.stderr}`).toBe(0);
      await expectStoreLoads();
      const now = storedState();
      expect([before, after], `round ${round}, killed after ${delayMs} ms`).toContainEqual(now);
      outcomes.push(`${fromLock ? "lock+" : ""}${delayMs}ms:${run.killed ? "killed" : "done"}:${JSON.stringify(now) === JSON.stringify(after) ? "new" : "old"}`);
    }
    expect(outcomes.some((o) => o.includes(":killed:")), outcomes.join(" ")).toBe(true);

    // The killed writer's lock (left behind, or planted with its now-dead pid) must be taken over.
    if (!existsSync(lock) && lastKilledPid) writeFileSync(lock, `${lastKilledPid}\n`);
    const final = await runCli(["build", base, extra, "--store", store], REPO);
    expect(leakedTrace(final.stderr)).toEqual([]);
    expect(final.code, final.stderr).toBe(0);
    expect(storedState()).toEqual(stateOf(base, extra));
    expect(existsSync(lock)).toBe(false);
    await expectStoreLoads();
    console.log(`kill rounds (build took ~${usualMs} ms, lock held ~${lockedMs} ms): ${outcomes.join(" ")}`);
  });
});
