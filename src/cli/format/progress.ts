// A progress bar on stderr when it is a terminal; silent otherwise (pipes, CI, --json).
import { createRequire } from "node:module";

// Loaded for a bar only: a command piped or run by a script does not pay for it.
const require = createRequire(import.meta.url);

export interface Progress {
  /** Starts (or restarts) the bar for `total` steps of one stage. */
  stage(name: string, total: number): void;
  /** One step done; `part` names the part of the stage it belongs to (a pass, an analysis step). */
  tick(part?: string): void;
  stop(): void;
}

const SILENT: Progress = { stage() {}, tick() {}, stop() {} };

/** `--timings`: one line on stderr per stage and part, with how long it took (for profiling a build). */
export function createTimings(write: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Progress {
  const started = performance.now();
  let stage = "";
  let part = "";
  let seen = new Set<string>();
  let since = started;
  const finish = () => {
    if (!stage) return;
    const now = performance.now();
    const label = part ? `${stage}: ${part}` : stage;
    write(`${((now - started) / 1000).toFixed(1).padStart(6)} s  ${label.padEnd(34)} ${((now - since) / 1000).toFixed(1).padStart(6)} s`);
    since = now;
  };
  return {
    stage(name) {
      finish();
      stage = name;
      part = "";
      seen = new Set();
    },
    tick(next) {
      // Workers overlap: a part is over when the first tick of the next one comes.
      if (next === undefined || seen.has(next)) return;
      seen.add(next);
      // The stage's own time before its first named part (setting up) goes to that part.
      if (part) finish();
      part = next;
    },
    stop() {
      finish();
      stage = "";
    },
  };
}

export function createProgress(enabled: boolean = process.stderr.isTTY === true): Progress {
  if (!enabled) return SILENT;
  const cliProgress = require("cli-progress") as typeof import("cli-progress");
  const bar = new cliProgress.SingleBar(
    { format: "{stage} [{bar}] {value}/{total}", hideCursor: true, clearOnComplete: true, stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
  let running = false;
  return {
    stage(name, total) {
      if (running) bar.stop();
      bar.start(total, 0, { stage: name.padEnd(12) });
      running = true;
    },
    tick() {
      if (running) bar.increment();
    },
    stop() {
      if (running) bar.stop();
      running = false;
    },
  };
}
