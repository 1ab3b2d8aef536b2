// The analyses and GEXF export on a generated graph, in a process of its own: at 100k nodes the
// GEXF writer alone needs more heap than is left beside the bulk graph, and a fresh process keeps
// the figures free of what earlier parts left behind. Also reports that process's peak RSS.
// Run alone: npx tsx test/bench/generated-bench.ts [nodes] [edges]
import { fileURLToPath } from "node:url";
import { benchAnalysis, type AnalysisBenchResult } from "./analysis.ts";
import { runNode } from "./child.ts";
import { generatedGraph } from "./generated-graph.ts";
import { formatMB, formatMs, timeOnce } from "./stats.ts";

export interface GeneratedBenchResult extends AnalysisBenchResult {
  generateMs: number;
  /** Peak RSS of the process that generated, analysed and exported the graph. */
  peakRssBytes: number | null;
}

const HEAP_MB = 8192;
const SELF = fileURLToPath(import.meta.url);

/** Generates and measures a graph of this size in a child process. */
export function benchGenerated(nodes: number, edges: number, repoRoot: string, log: (line: string) => void): GeneratedBenchResult {
  const child = runNode([`--max-old-space-size=${HEAP_MB}`, "--import", "tsx", SELF, String(nodes), String(edges), "--json"], repoRoot);
  const { result, lines } = JSON.parse(child.stdout) as { result: Omit<GeneratedBenchResult, "peakRssBytes">; lines: string[] };
  for (const line of lines) log(line);
  log(`    process peak RSS ${formatMB(child.peakRssBytes ?? NaN)}`);
  return { ...result, peakRssBytes: child.peakRssBytes };
}

function measure(nodes: number, edges: number, log: (line: string) => void): Omit<GeneratedBenchResult, "peakRssBytes"> {
  const generated = timeOnce(() => generatedGraph({ nodes, edges }));
  log(`  generated a graph in ${formatMs(generated.ms)}`);
  return { ...benchAnalysis("generated graph", generated.value, log), generateMs: generated.ms };
}

if (process.argv[1] === SELF) {
  const [nodes = 100_000, edges = 400_000] = process.argv.slice(2, 4).map(Number);
  if (process.argv.includes("--json")) {
    const lines: string[] = [];
    const result = measure(nodes, edges, (line) => lines.push(line));
    process.stdout.write(JSON.stringify({ result, lines }));
  } else {
    measure(nodes, edges, console.log);
  }
}
