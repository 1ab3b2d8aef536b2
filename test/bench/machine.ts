// Facts about the machine and the code a benchmark ran on, so figures can be compared fairly.
import { execFileSync } from "node:child_process";
import { cpus, freemem, loadavg, totalmem } from "node:os";

export interface MachineFacts {
  startedAt: string;
  node: string;
  platform: string;
  cpus: number;
  cpuModel: string;
  totalMemoryGB: number;
  freeMemoryGB: number;
  /** 1, 5 and 15 minute load averages when the run started: a loaded machine runs slower. */
  loadAverage: number[];
  commit: string;
  /** The working tree differs from the commit. */
  dirty: boolean;
}

function git(args: string[]): string | null {
  try {
    return execFileSync("git", args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return null;
  }
}

export function machineFacts(): MachineFacts {
  const gb = (bytes: number) => Number((bytes / 2 ** 30).toFixed(1));
  return {
    startedAt: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? "unknown",
    totalMemoryGB: gb(totalmem()),
    freeMemoryGB: gb(freemem()),
    loadAverage: loadavg().map((l) => Number(l.toFixed(2))),
    commit: git(["rev-parse", "--short", "HEAD"]) ?? "nogit",
    dirty: (git(["status", "--porcelain", "--untracked-files=no"]) ?? "") !== "",
  };
}

export function formatMachine(m: MachineFacts): string {
  return [
    `machine  ${m.cpus} × ${m.cpuModel}, ${m.totalMemoryGB} GB (${m.freeMemoryGB} GB free), ${m.platform}, node ${m.node}`,
    `load     ${m.loadAverage.join(" / ")} (1 / 5 / 15 min) at ${m.startedAt}`,
    `commit   ${m.commit}${m.dirty ? " + uncommitted changes" : ""}`,
  ].join("\n");
}
