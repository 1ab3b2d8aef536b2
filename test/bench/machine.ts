// Facts about the machine and the code a benchmark ran on, so figures can be compared fairly.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
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

/** The machine's CPU time so far in clock ticks (Linux /proc/stat): busy, and stolen by the hypervisor. */
export interface CpuTimes {
  busy: number;
  steal: number;
}

export function cpuTimes(): CpuTimes | null {
  try {
    const fields = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
    const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields;
    return { busy: user + nice + system + irq + softirq, steal };
  } catch {
    return null;
  }
}

/**
 * The share of the CPU time the machine wanted between two readings that the hypervisor gave
 * to other guests (steal): on a shared VM, the same work takes longer by about 1 / (1 - share).
 */
export function stealShare(before: CpuTimes | null, after: CpuTimes | null): number | null {
  if (!before || !after) return null;
  const wanted = after.busy - before.busy + (after.steal - before.steal);
  return wanted > 0 ? Number(((after.steal - before.steal) / wanted).toFixed(3)) : 0;
}
