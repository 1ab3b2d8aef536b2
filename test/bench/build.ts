// `aikg build` as a user runs it, in a child process: the whole corpus from nothing, then taking
// one digest out (untimed as a target) and adding it back (the incremental build), then building
// the same corpus again with nothing changed. Wall time, peak RSS and the store's size.
import { cpSync, rmSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { runNode, type ChildRun } from "./child.ts";
import { diskUsage, newestChineseDigest, type Corpus, type DiskUsage } from "./corpus.ts";
import { formatMB, formatMs } from "./stats.ts";

export interface Measured {
  wallMs: number;
  peakRssBytes: number | null;
  rssSource: ChildRun["rssSource"];
}

/** The parts of `aikg build --json`'s summary the bench reads. */
interface BuildSummary {
  wrote: boolean;
  digests: { stored: number; added: string[]; changed: string[]; unchanged: number };
  entities: { total: number };
  relations: { total: number };
  skipped: unknown[];
}

export interface BuildBenchResult {
  digests: number;
  corpusBytes: number;
  /** `aikg --help`: what starting the CLI costs before any work. */
  startup: Measured;
  full: Measured & { entities: number; relations: number; skipped: number; megabytesPerSecond: number };
  store: DiskUsage;
  remove: Measured & { digest: string };
  /** The median of ADD_RUNS adds, each to a copy of the store as `remove` left it (the last to the store itself). */
  incremental: Measured & { digest: string; digestBytes: number; added: string[]; runsMs: number[] };
  unchanged: Measured & { wrote: boolean };
}

const measured = ({ wallMs, peakRssBytes, rssSource }: ChildRun): Measured => ({ wallMs, peakRssBytes, rssSource });

/** One add of a second or so is noise on a shared VM: the figure is the median of this many. */
const ADD_RUNS = 5;

export function benchBuild(corpus: Corpus, store: string, repoRoot: string, log: (line: string) => void): BuildBenchResult {
  const aikg = (...args: string[]): ChildRun => runNode([join(repoRoot, "bin/aikg.js"), ...args], repoRoot, [0, 1]);
  const buildInto = (into: string, ...paths: string[]): { run: ChildRun; summary: BuildSummary } => {
    const run = aikg("build", ...paths, "--store", into, "--json");
    return { run, summary: JSON.parse(run.stdout) as BuildSummary };
  };
  const build = (...paths: string[]) => buildInto(store, ...paths);

  const startup = measured(aikg("--help"));
  log(`  cli startup (aikg --help)   ${formatMs(startup.wallMs)}`);

  const full = build(corpus.dir);
  const store1 = diskUsage(store);
  log(`  full build                  ${formatMs(full.run.wallMs)}, peak RSS ${formatMB(full.run.peakRssBytes ?? NaN)}, store ${formatMB(store1.diskBytes)}`);

  const file = newestChineseDigest(corpus.files);
  const digest = basename(file).replace(/\.[^.]+$/, "");
  const remove = aikg("remove", digest, "--store", store, "--json");
  log(`  remove ${digest}  ${formatMs(remove.wallMs)}`);
  const adds = Array.from({ length: ADD_RUNS }, (_, i) => {
    if (i === ADD_RUNS - 1) return build(file);
    const copy = `${store}-add-${i}`;
    cpSync(store, copy, { recursive: true });
    try {
      return buildInto(copy, file);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
  for (const add of adds) if (!add.summary.digests.added.includes(digest)) throw new Error(`adding ${digest} back did not add it: ${add.run.stdout}`);
  const runsMs = adds.map((a) => a.run.wallMs);
  const incremental = [...adds].sort((a, b) => a.run.wallMs - b.run.wallMs)[Math.floor(ADD_RUNS / 2)]!;
  log(`  add it back (incremental)   ${formatMs(incremental.run.wallMs)} median of ${ADD_RUNS} (${runsMs.map((ms) => formatMs(ms)).join(", ")}), peak RSS ${formatMB(incremental.run.peakRssBytes ?? NaN)}`);
  const unchanged = build(corpus.dir);
  log(`  rebuild, nothing changed    ${formatMs(unchanged.run.wallMs)} (${unchanged.summary.wrote ? "wrote the store!" : "nothing written"})`);

  return {
    digests: corpus.files.length,
    corpusBytes: corpus.bytes,
    startup,
    full: {
      ...measured(full.run),
      entities: full.summary.entities.total,
      relations: full.summary.relations.total,
      skipped: full.summary.skipped.length,
      megabytesPerSecond: corpus.bytes / 1e6 / (full.run.wallMs / 1000),
    },
    store: store1,
    remove: { ...measured(remove), digest },
    incremental: { ...measured(incremental.run), digest, digestBytes: statSync(file).size, added: incremental.summary.digests.added, runsMs },
    unchanged: { ...measured(unchanged.run), wrote: unchanged.summary.wrote },
  };
}
