// A progress bar on stderr when it is a terminal; silent otherwise (pipes, CI, --json).
import cliProgress from "cli-progress";

export interface Progress {
  /** Starts (or restarts) the bar for `total` steps of one stage. */
  stage(name: string, total: number): void;
  tick(): void;
  stop(): void;
}

const SILENT: Progress = { stage() {}, tick() {}, stop() {} };

export function createProgress(enabled: boolean = process.stderr.isTTY === true): Progress {
  if (!enabled) return SILENT;
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
