// `npm run bench`: extraction throughput, `aikg build` of the bulk corpus, store load and query
// latency, the analyses and GEXF export (bulk graph and a generated one), and the explorer in
// headless Chromium. Prints a table with each target's PASS/MISS and writes the figures as JSON
// to bench-results/. A script, not a test: it asserts nothing. See bench-results/README.md.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadStore } from "../../src/store/store.ts";
import type { KnowledgeGraph } from "../../src/graph/types.ts";
import { chromiumSkipReason, hasChromium } from "../e2e/harness.ts";
import { benchAnalysis } from "./analysis.ts";
import { parseBenchArgs, SIZES, USAGE, type BenchOptions, type Section } from "./args.ts";
import { benchBrowser, formatBrowserBench } from "./browser.ts";
import { benchStoreBrowser, formatStoreBrowserBench } from "./browser-store.ts";
import { benchBuild } from "./build.ts";
import { benchCorrections, formatCorrectionsBench } from "./curation-browser.ts";
import { runNode } from "./child.ts";
import { selectCorpus, type Corpus } from "./corpus.ts";
import { formatExtractionBench, type ExtractionBenchResult } from "./extraction.ts";
import { benchGenerated } from "./generated-bench.ts";
import { cpuTimes, formatMachine, machineFacts, stealShare } from "./machine.ts";
import { benchQuery } from "./query.ts";
import { benchServer } from "./server.ts";
import { reportOptions, writeReport, type BenchReport, type BenchResults } from "./results.ts";
import { formatMs } from "./stats.ts";
import { checkTargets, formatTargets } from "./targets.ts";

const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
const RESULTS_DIR = join(REPO_ROOT, "bench-results");
const log = (line: string): void => console.log(line);

let options: BenchOptions;
try {
  options = parseBenchArgs(process.argv.slice(2));
} catch (err) {
  console.error(`bench: ${(err as Error).message}\n${USAGE}`);
  process.exit(2);
}

const machine = machineFacts();
const size = options.quick ? SIZES.quick : SIZES.full;
const scratch = mkdtempSync(join(tmpdir(), "aikg-bench-"));
const cleanUp = (): void => rmSync(scratch, { recursive: true, force: true });
process.on("SIGINT", () => {
  cleanUp();
  process.exit(130);
});

const results: BenchResults = {};
const errors: BenchReport["errors"] = {};
const steal: BenchReport["steal"] = {};
const started = performance.now();

/** Runs one part unless --only leaves it out; a failing part is reported and the others go on. */
async function part(section: Section, title: string, run: () => Promise<void> | void): Promise<void> {
  if (!options.sections.includes(section)) return;
  log(`\n── ${section}: ${title}`);
  const partStarted = performance.now();
  const cpuBefore = cpuTimes();
  try {
    await run();
  } catch (err) {
    errors[section] = (err as Error).message;
    log(`  ✗ failed: ${(err as Error).message}`);
  }
  steal[section] = stealShare(cpuBefore, cpuTimes());
  const stolen = steal[section] == null ? "" : `; the hypervisor stole ${(100 * steal[section]!).toFixed(0)}% of the CPU time wanted`;
  log(`  (${formatMs(performance.now() - partStarted)}${stolen})`);
  saveReport(false);
}

let written: string[] = [];
/** Written after every part too, so a run that dies half-way still leaves its figures. */
function saveReport(finished: boolean): BenchReport {
  const report: BenchReport = {
    schema: 3,
    finished,
    machine,
    options: reportOptions(options),
    results,
    targets: checkTargets(results, options.quick),
    errors,
    steal,
    durationSeconds: Math.round((performance.now() - started) / 1000),
  };
  written = writeReport(report, RESULTS_DIR);
  return report;
}

log(formatMachine(machine));
const corpus: Corpus = selectCorpus(options.bulkDir, size.digests, scratch);
log(`corpus   ${corpus.files.length} digests, ${(corpus.bytes / 1e6).toFixed(1)} MB from ${options.bulkDir}${options.quick ? " (--quick subset)" : ""}`);

await part("extraction", "read + extract on one core, next to raw jieba on the same text", () => {
  const child = runNode(["--import", "tsx", fileURLToPath(new URL("./extraction-child.ts", import.meta.url)), corpus.dir], REPO_ROOT);
  const extraction = JSON.parse(child.stdout) as ExtractionBenchResult;
  results.extraction = { ...extraction, digests: corpus.files.length };
  for (const line of formatExtractionBench(extraction)) log(`  ${line}`);
});

const builtStore = join(scratch, "store");
await part("build", "`aikg build` in a child process", () => {
  results.build = benchBuild(corpus, builtStore, REPO_ROOT, log);
});

/** The store to query and analyse: --store, the one the build part made, or one built now. */
let storeBuilt = false;
function storeToRead(): string {
  if (options.store) return options.store;
  if (!results.build && !storeBuilt) {
    log(`  building a store of the ${corpus.files.length} digests first (not timed)`);
    runNode([join(REPO_ROOT, "bin/aikg.js"), "build", corpus.dir, "--store", builtStore, "--json"], REPO_ROOT, [0, 1]);
    storeBuilt = true;
  }
  return builtStore;
}

await part("server", "`aikg serve` under load: a hub entity's pages and small requests meanwhile", async () => {
  results.server = await benchServer(storeToRead(), REPO_ROOT, { seconds: options.quick ? 3 : 8, clients: 2 }, log);
});

let bulkGraph: KnowledgeGraph | undefined;
await part("query", "store load, then who / path / alias lookup on the loaded graph", async () => {
  const { result, loaded } = await benchQuery(storeToRead(), REPO_ROOT, { loads: options.quick ? 3 : 7, names: 200 }, log);
  results.query = result;
  bulkGraph = loaded.graph;
});

/** The bulk graph's analyses; a function of its own so the graph is garbage once it returns. */
async function analyseBulk(): Promise<void> {
  const graph = bulkGraph ?? (await loadStore(storeToRead())).graph;
  bulkGraph = undefined;
  results.analysis = { bulk: benchAnalysis("bulk graph", graph, log) };
}

await part("analysis", "Louvain, PageRank, the other analyses and GEXF export", async () => {
  await analyseBulk();
  const generated = benchGenerated(size.generatedNodes, size.generatedEdges, REPO_ROOT, log);
  results.analysis = { ...results.analysis, generated };
});

await part("browser", "the explorer in headless Chromium", async () => {
  if (!hasChromium) {
    results.browser = { skipped: chromiumSkipReason.trim() };
    log(`  ${chromiumSkipReason.trim()}`);
    return;
  }
  const browser = await benchBrowser(options.quick ? { panMs: 2_000 } : {});
  results.browser = browser;
  for (const line of formatBrowserBench(browser).split("\n")) log(`  ${line}`);
  // The bars, on the store the other parts read (the bulk store unless --quick).
  const onStore = await benchStoreBrowser(storeToRead(), "DeepSeek", options.quick ? 2_000 : 4_000);
  results.browserStore = onStore;
  for (const line of formatStoreBrowserBench(onStore).split("\n")) log(`  ${line}`);
  const corrections = await benchCorrections(storeToRead());
  results.browserCorrections = corrections;
  for (const line of formatCorrectionsBench(corrections).split("\n")) log(`  ${line}`);
});

const report = saveReport(true);
log(`\n── targets (this 2-core machine; load at start ${machine.loadAverage.join(" / ")})`);
for (const line of formatTargets(report.targets)) log(line);
for (const [section, message] of Object.entries(errors)) log(`✗ ${section} failed: ${message}`);
log(`\nwrote ${written.map((p) => p.slice(REPO_ROOT.length)).join(", ")} (${report.durationSeconds} s in all)`);
cleanUp();
process.exitCode = Object.keys(errors).length > 0 ? 1 : 0;
