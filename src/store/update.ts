// One full store write: new and changed digests' extractions are already on disk (written as
// they were extracted); take some digests out, rebuild and re-analyse the graph from every
// stored extraction (read one at a time), commit. The caller holds the lock.
import type { AnalyseOptions } from "../analyse/index.ts";
import { buildGraphAndRecords, type BuildOptions, type BuildReport, type EntityResolution } from "../graph/build.ts";
import { StoreDamage } from "./damage.ts";
import { diskSource, StoreFileError } from "./extraction-files.ts";
import { extractedApart, type DigestEntry, type Manifest } from "./manifest.ts";
import { sortedById, writeStore } from "./store.ts";
import type { KnowledgeGraph } from "../graph/types.ts";

export interface StoreUpdate {
  /** New and changed digests whose extraction files are written (ExtractionWriter), by id. */
  written: ReadonlyMap<string, DigestEntry>;
  /** Digest ids to take out. */
  remove: readonly string[];
}

/**
 * A person's curation, for the analyses: they run on the curated graph, while the graph file
 * keeps the graph as built (a reader curates it as it loads it, src/curate/load.ts), and the
 * manifest records which curation they saw.
 */
export interface AnalysedCuration {
  /** Curates a copy of the graph, in place. */
  curate(graph: KnowledgeGraph): void;
  /** What the manifest records (the curation's hash): a reader with another curation says the analyses predate it. */
  id: string;
}

export interface UpdateOptions {
  build?: Partial<BuildOptions>;
  curation?: AnalysedCuration;
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

export async function updateStore(dir: string, current: Manifest | null, update: StoreUpdate, options: UpdateOptions = {}): Promise<UpdateResult> {
  const step = options.onStep ?? (() => {});
  const digests: Record<string, DigestEntry> = { ...current?.digests };
  for (const id of update.remove) delete digests[id];
  for (const [id, entry] of update.written) digests[id] = entry;

  step("build");
  const report: BuildReport = { droppedRelations: 0 };
  let graph: KnowledgeGraph;
  let resolution: EntityResolution;
  try {
    ({ graph, ...resolution } = buildGraphAndRecords(diskSource(dir, digests), options.build, report));
  } catch (err) {
    if (!(err instanceof StoreFileError)) throw err;
    throw new StoreDamage(dir, err.path, err.problem);
  }
  // Loaded here, not at startup: adding a digest (the fold) and every query skip the analyses.
  const { analyse } = await import("../analyse/index.ts");
  const analyseOptions = { ...options.analyse, onStep: step };
  if (options.curation) {
    const { analyseCurated } = await import("../analyse/curated.ts");
    analyseCurated(graph, options.curation.curate, analyseOptions);
  } else analyse(graph, analyseOptions);

  step("write");
  const updatedAt = (options.now ?? (() => new Date()))().toISOString();
  const curation = options.curation ? { curation: options.curation.id } : {};
  const apart = extractedApart(current, update.written.keys(), update.remove, digests);
  const manifest = await writeStore(dir, { manifest: { updatedAt, digests: sortedById(digests), ...curation, ...(apart.length ? { extractedApart: apart } : {}) }, graph, resolution });
  return { manifest, graph, report };
}
