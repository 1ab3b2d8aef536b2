// Query latency on a built store: how long the store takes to load, then `who`, `path` and the
// alias lookup as pure functions over the loaded graph, for ~200 sampled names (median, p95),
// and one `aikg who` as a user runs it (load included).
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadStore } from "../../src/store/store.ts";
import { storePaths } from "../../src/store/paths.ts";
import type { KnowledgeGraph } from "../../src/graph/types.ts";
import { lookup, type AliasIndex } from "../../src/query/alias-index.ts";
import { paths } from "../../src/query/path.ts";
import { who } from "../../src/query/who.ts";
import { hasCjk } from "../../src/resolve/normalize.ts";
import { runNode } from "./child.ts";
import { diskUsage } from "./corpus.ts";
import { sampleNames, type QueryName } from "./names.ts";
import { formatMs, latency, quantile, timeOnce, timeOnceAsync, type Latency } from "./stats.ts";

export interface QueryBenchResult {
  nodes: number;
  edges: number;
  graphFileBytes: number;
  /** loadStore (read and parse the graph file, import it into graphology), each run in a fresh process as a command does. */
  load: { runsMs: number[]; medianMs: number };
  /** The alias index over the loaded graph, median over the same runs. */
  aliasIndexMs: number;
  names: { count: number; chinese: number };
  lookup: Latency;
  /** Alias lookup plus `who` at depth 1 (the CLI defaults). */
  who: Latency;
  whoDepth2: Latency;
  path: Latency & { pairs: number; connected: number };
  /** `aikg who NAME` in a child process: start, load, index, query, print. */
  cli: { query: string; wallMs: number };
}

export interface LoadedStore {
  graph: KnowledgeGraph;
  index: AliasIndex;
}

/** Per-call milliseconds of `fn` over every name, after a few warm-up calls. */
function perName(names: readonly QueryName[], fn: (name: QueryName) => unknown, repeat = 1): number[] {
  for (const name of names.slice(0, 10)) fn(name);
  return names.map((name) => timeOnce(() => {
    for (let i = 0; i < repeat; i++) fn(name);
  }).ms / repeat);
}

export async function benchQuery(
  store: string,
  repoRoot: string,
  options: { loads: number; names: number },
  log: (line: string) => void,
): Promise<{ result: QueryBenchResult; loaded: LoadedStore }> {
  // Each load in a fresh process: in this one, the previous copy's garbage would be collected during the next load.
  const runs = Array.from({ length: options.loads }, () => {
    const child = runNode(["--import", "tsx", fileURLToPath(new URL("./load-child.ts", import.meta.url)), store], repoRoot);
    return JSON.parse(child.stdout) as { loadMs: number; aliasIndexMs: number };
  });
  const runsMs = runs.map((r) => r.loadMs);
  const load = { runsMs, medianMs: quantile(runsMs, 0.5) };
  const aliasIndexMs = quantile(runs.map((r) => r.aliasIndexMs), 0.5);
  const { graph, manifest, aliasIndex } = await loadStore(store);
  const graphFile = storePaths(store).graph(manifest.graph);
  log(`  loadStore                   ${formatMs(load.medianMs)} median of ${runsMs.length} fresh processes (${runsMs.map((ms) => formatMs(ms)).join(", ")}; ${graph.order} nodes, ${graph.size} edges)`);
  log(`  alias index                 ${formatMs(aliasIndexMs)}`);
  const index = aliasIndex();

  const names = sampleNames(graph, options.names);
  const missing = names.filter((n) => lookup(index, n.query) === undefined);
  if (missing.length) throw new Error(`alias lookup misses sampled names: ${missing.slice(0, 5).map((n) => n.query).join(", ")}`);
  const node = (name: QueryName): string => lookup(index, name.query)!;
  const lookupLatency = latency(perName(names, (n) => lookup(index, n.query), 100));
  const whoLatency = latency(perName(names, (n) => who(graph, node(n))));
  const whoDepth2 = latency(perName(names, (n) => who(graph, node(n), { depth: 2 })));
  const pairs = names.map((n, i) => [n, names[(i * 7 + 3) % names.length]!] as const).slice(0, Math.ceil(names.length / 2));
  let connected = 0;
  const pathMs = pairs.map(([a, b]) => timeOnce(() => paths(graph, node(a), node(b))));
  for (const { value } of pathMs) if (value.length !== null) connected++;
  const pathLatency = { ...latency(pathMs.map((p) => p.ms)), pairs: pairs.length, connected };
  const line = (label: string, l: Latency) => log(`  ${label.padEnd(28)}median ${formatMs(l.medianMs)}, p95 ${formatMs(l.p95Ms)}, max ${formatMs(l.maxMs)}`);
  line("alias lookup", lookupLatency);
  line("who (lookup + depth 1)", whoLatency);
  line("who --depth 2", whoDepth2);
  line(`path (${connected}/${pairs.length} connected)`, pathLatency);

  // The most mentioned entity: the one a user is likeliest to ask about.
  const top = graph.reduceNodes((best, n, a) => (best && graph.getNodeAttribute(best, "mentions") >= a.mentions ? best : n), "");
  const query = graph.getNodeAttribute(top, "name");
  const cli = { query, wallMs: runNode([join(repoRoot, "bin/aikg.js"), "who", query, "--store", store], repoRoot).wallMs };
  log(`  aikg who ${query} (process)   ${formatMs(cli.wallMs)}`);

  const result: QueryBenchResult = {
    nodes: graph.order,
    edges: graph.size,
    graphFileBytes: diskUsage(graphFile).bytes,
    load,
    aliasIndexMs,
    names: { count: names.length, chinese: names.filter((n) => hasCjk(n.query)).length },
    lookup: lookupLatency,
    who: whoLatency,
    whoDepth2,
    path: pathLatency,
    cli,
  };
  return { result, loaded: { graph, index } };
}
