// `aikg build` as a user runs it, in a child process: the whole corpus from nothing, then taking
// one digest out (untimed as a target) and adding it back (the incremental build), then building
// the same corpus again with nothing changed. Wall time, peak RSS and the store's size.
import { statSync } from "node:fs";
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
  incremental: Measured & { digest: string; digestBytes: number; added: string[] };
  unchanged: Measured & { wrote: boolean };
}

const measured = ({ wallMs, peakRssBytes, rssSource }: ChildRun): Measured => ({ wallMs, peakRssBytes, rssSource });

export function benchBuild(corpus: Corpus, store: string, repoRoot: string, log: (line: string) => void): BuildBenchResult {
  const aikg = (...args: string[]): ChildRun => runNode([join(repoRoot, "bin/aikg.js"), ...args], repoRoot, [0, 1]);
  const build = (...paths: string[]): { run: ChildRun; summary: BuildSummary } => {
    const run = aikg("build", ...paths, "--store", store, "--json");
    return { run, summary: JSON.parse(run.stdout) as BuildSummary };
  };

  const startup = measured(aikg("--help"));
  log(`  cli startup (aikg --help)   ${formatMs(startup.wallMs)}`);

  const full = build(corpus.dir);
  const store1 = diskUsage(store);
  log(`  full build                  ${formatMs(full.run.wallMs)}, peak RSS ${formatMB(full.run.peakRssBytes ?? NaN)}, store ${formatMB(store1.diskBytes)}`);

  const file = newestChineseDigest(corpus.files);
  const digest = basename(file).replace(/\.[^.]+$/, "");
  const remove = aikg("remove", digest, "--store", store, "--json");
  log(`  remove ${digest}  ${formatMs(remove.wallMs)}`);
  const incremental = build(file);
  if (!incremental.summary.digests.added.includes(digest)) throw new Error(`adding ${digest} back did not add it: ${incremental.run.stdout}`);
  log(`  add it back (incremental)   ${formatMs(incremental.run.wallMs)}, peak RSS ${formatMB(incremental.run.peakRssBytes ?? NaN)}`);
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
    incremental: { ...measured(incremental.run), digest, digestBytes: statSync(file).size, added: incremental.summary.digests.added },
    unchanged: { ...measured(unchanged.run), wrote: unchanged.summary.wrote },
  };
}
