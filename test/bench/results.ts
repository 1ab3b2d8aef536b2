// What a bench run found, as one JSON document: bench-results/<date>-<commit>.json, and
// bench-results/latest.json for a full run (every part, not --quick).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { AnalysisBenchResult } from "./analysis.ts";
import { SECTIONS, type BenchOptions, type Section } from "./args.ts";
import type { BrowserBenchResult } from "./browser.ts";
import type { StoreBrowserResult } from "./browser-store.ts";
import type { BuildBenchResult } from "./build.ts";
import type { CorrectionsBenchResult } from "./curation-browser.ts";
import type { ExtractionBenchResult } from "./extraction.ts";
import type { GeneratedBenchResult } from "./generated-bench.ts";
import type { MachineFacts } from "./machine.ts";
import type { QueryBenchResult } from "./query.ts";
import type { ServerBenchResult } from "./server.ts";
import type { TargetCheck } from "./targets.ts";

export interface BenchResults {
  extraction?: ExtractionBenchResult & { digests: number };
  build?: BuildBenchResult;
  query?: QueryBenchResult;
  server?: ServerBenchResult;
  analysis?: { bulk?: AnalysisBenchResult; generated?: GeneratedBenchResult };
  browser?: BrowserBenchResult | { skipped: string };
  /** The explorer on the store the other parts read (the bulk store): the bars. */
  browserStore?: StoreBrowserResult;
  /** Corrections on that store: click to the graph updated in place. */
  browserCorrections?: CorrectionsBenchResult;
}

export interface BenchReport {
  /** Bumped when a figure changes meaning, so old files are not compared blindly. */
  schema: 3;
  /** False while the run goes on (the file is rewritten after every part), true at the end. */
  finished: boolean;
  machine: MachineFacts;
  options: { quick: boolean; sections: Section[]; bulkDir: string; store: string | null };
  results: BenchResults;
  targets: TargetCheck[];
  /** Parts that failed, with the error. */
  errors: Partial<Record<Section, string>>;
  /** Each part's share of wanted CPU time the hypervisor stole (see machine.ts stealShare); null off Linux. */
  steal: Partial<Record<Section, number | null>>;
  durationSeconds: number;
}

export function reportOptions(o: BenchOptions): BenchReport["options"] {
  return { quick: o.quick, sections: o.sections, bulkDir: o.bulkDir, store: o.store };
}

/** Writes the report; returns the paths written. */
export function writeReport(report: BenchReport, dir: string): string[] {
  const { quick, sections } = report.options;
  const complete = !quick && sections.length === SECTIONS.length;
  const tags = [quick ? "quick" : "", complete ? "" : sections.length < SECTIONS.length ? sections.join("+") : ""].filter(Boolean);
  const name = [report.machine.startedAt.slice(0, 10), report.machine.commit, ...tags].join("-");
  const text = `${JSON.stringify(report, null, 2)}\n`;
  mkdirSync(dir, { recursive: true });
  const paths = [join(dir, `${name}.json`), ...(complete ? [join(dir, "latest.json")] : [])];
  for (const path of paths) writeFileSync(path, text);
  return paths;
}
