// One store write: replace or add some digests' extractions, take others out, rebuild and
// re-analyse the graph from every stored extraction, commit. The caller holds the lock.
import { analyse, type AnalyseOptions } from "../analyse/index.ts";
import type { Extraction } from "../types.ts";
import { buildGraph, type BuildOptions, type BuildReport } from "./build.ts";
import type { DigestEntry, Manifest } from "./manifest.ts";
import { readExtractions, writeStore } from "./store.ts";
import type { KnowledgeGraph } from "./types.ts";

export interface StoreUpdate {
  /** Extractions of new and changed digests (keyed by their doc id). */
  upsert: readonly Extraction[];
  /** Digest ids to take out. */
  remove: readonly string[];
}

export interface UpdateOptions {
  build?: Partial<BuildOptions>;
  analyse?: AnalyseOptions;
  /** Called before the graph is built, then by analyse for each of its steps, then before writing. */
  onStep?: (step: string) => void;
  now?: () => Date;
}

export interface UpdateResult {
  manifest: Manifest;
  graph: KnowledgeGraph;
  report: BuildReport;
}

const entryOf = ({ doc }: Extraction): DigestEntry => ({
  hash: doc.hash,
  file: doc.file,
  series: doc.series,
  title: doc.title,
  date: doc.date,
});

export async function updateStore(
  dir: string,
  current: Manifest | null,
  update: StoreUpdate,
  options: UpdateOptions = {},
): Promise<UpdateResult> {
  const step = options.onStep ?? (() => {});
  const extractions = current ? await readExtractions(dir, current) : new Map<string, Extraction>();
  const digests: Record<string, DigestEntry> = { ...current?.digests };
  for (const id of update.remove) {
    extractions.delete(id);
    delete digests[id];
  }
  for (const extraction of update.upsert) {
    extractions.set(extraction.doc.id, extraction);
    digests[extraction.doc.id] = entryOf(extraction);
  }

  step("build");
  const report: BuildReport = { droppedRelations: 0 };
  const graph = buildGraph([...extractions.values()], options.build, report);
  analyse(graph, { ...options.analyse, onStep: step });

  step("write");
  const updatedAt = (options.now ?? (() => new Date()))().toISOString();
  const sorted = Object.fromEntries(Object.entries(digests).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const manifest = await writeStore(dir, { manifest: { updatedAt, digests: sorted }, graph, extractions });
  return { manifest, graph, report };
}
