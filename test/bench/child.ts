// Runs a command in a child process and measures it from outside: wall time and peak RSS
// (GNU time's "Maximum resident set size", else the child's own resourceUsage() at exit).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const GNU_TIME = "/usr/bin/time";
const hasGnuTime = existsSync(GNU_TIME);

export interface ChildRun {
  wallMs: number;
  /** Peak resident set size in bytes (null when it could not be read). */
  peakRssBytes: number | null;
  rssSource: "/usr/bin/time -v" | "process.resourceUsage" | "none";
  exitCode: number;
  stdout: string;
  stderr: string;
}

// Preloaded into the child when GNU time is absent: writes its own peak RSS (kB) on exit.
const RSS_HOOK =
  "data:text/javascript,import{writeFileSync}from'node:fs';process.on('exit',()=>writeFileSync(process.env.AIKG_BENCH_RSS_FILE,String(process.resourceUsage().maxRSS)))";

function gnuTimePeak(stderr: string): number | null {
  const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  return match ? Number(match[1]) * 1024 : null;
}

/** Runs `node <args>` in `cwd`; throws when the exit code is not one of `okCodes`. */
export function runNode(args: string[], cwd: string, okCodes: readonly number[] = [0]): ChildRun {
  const scratch = mkdtempSync(join(tmpdir(), "aikg-bench-rss-"));
  const rssFile = join(scratch, "maxrss");
  const [command, commandArgs] = hasGnuTime
    ? [GNU_TIME, ["-v", process.execPath, ...args]]
    : [process.execPath, ["--import", RSS_HOOK, ...args]];
  const started = performance.now();
  const child = spawnSync(command, commandArgs, {
    cwd,
    encoding: "utf8",
    maxBuffer: 256 * 2 ** 20,
    env: { ...process.env, AIKG_BENCH_RSS_FILE: rssFile },
  });
  const wallMs = performance.now() - started;
  try {
    if (child.error) throw child.error;
    const exitCode = child.status ?? 128;
    let stderr = child.stderr;
    let peakRssBytes: number | null = null;
    if (hasGnuTime) {
      peakRssBytes = gnuTimePeak(stderr);
      // GNU time appends its report to the child's stderr: keep only the child's own lines.
      stderr = stderr.replace(/\n?\s*Command being timed:[\s\S]*$/, "");
    } else if (existsSync(rssFile)) {
      peakRssBytes = Number(readFileSync(rssFile, "utf8")) * 1024;
    }
    if (!okCodes.includes(exitCode)) {
      throw new Error(`node ${args.join(" ")} exited with ${exitCode}: ${stderr.trim().split("\n").slice(-3).join(" | ")}`);
    }
    const rssSource = peakRssBytes === null ? "none" : hasGnuTime ? "/usr/bin/time -v" : "process.resourceUsage";
    return { wallMs, peakRssBytes, rssSource, exitCode, stdout: child.stdout, stderr };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
