// A store's graph as people see it: the graph as built, folded with pending digests (loadStore),
// then curated with the store's decisions (or a file given instead). Applying them takes
// milliseconds, so a decision made or undone costs no rebuild; a full build analyses the
// curated graph and the manifest records which curation that was.
import { shortHash } from "../short-hash.ts";
import type { AnalysedCuration } from "../store/update.ts";
import type { KnowledgeGraph } from "../graph/types.ts";
import { loadStore, type Store } from "../store/store.ts";
import { applyCuration } from "./apply.ts";
import { formatCuration } from "./codec.ts";
import { curationFile, readDecisions, type CurationFile } from "./file.ts";
import { createAliasIndex } from "../query/alias-index.ts";
import type { Decision, Outcome } from "./types.ts";

export interface Curation {
  file: CurationFile;
  decisions: Decision[];
  /** What became of each decision in this graph (same order). */
  outcomes: Outcome[];
}

export interface CuratedStore extends Store {
  curation: Curation;
}

/** What the manifest records of the curation a full build analysed with; undefined for none. */
export const curationId = (decisions: readonly Decision[]): string | undefined =>
  decisions.length ? shortHash(formatCuration(decisions)) : undefined;

/** Applies the decisions to a loaded store's graph; marks its analyses stale when the build saw another curation. */
export function curateStore(store: Store, file: CurationFile, decisions: Decision[]): CuratedStore {
  const outcomes = decisions.length ? applyCuration(store.graph, decisions, store.aliasIndex()) : [];
  if (decisions.length) store.graph.setAttribute("curated", decisions.length);
  if (curationId(decisions) !== store.manifest.curation) store.graph.setAttribute("curationStale", true);
  return { ...store, curation: { file, decisions, outcomes } };
}

export async function loadCurated(dir: string, file: CurationFile = curationFile(dir)): Promise<CuratedStore> {
  const decisions = await readDecisions(file);
  return curateStore(await loadStore(dir), file, decisions);
}

/** The curation a build analyses with, or undefined when there is none. */
export function analysedCuration(decisions: readonly Decision[]): AnalysedCuration | undefined {
  const id = curationId(decisions);
  if (id === undefined) return undefined;
  return { id, curate: (graph: KnowledgeGraph) => void applyCuration(graph, decisions, createAliasIndex(graph)) };
}
