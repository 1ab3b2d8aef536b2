// Loads the store a query command reads, with the alias index to find entities by name.
import type { Manifest } from "../../store/manifest.ts";
import { loadStore } from "../../store/store.ts";
import type { KnowledgeGraph } from "../../graph/types.ts";
import type { AliasIndex } from "../../query/alias-index.ts";
import { storeDir, type Flags } from "./flags.ts";
import { jsonForTerminal } from "./terminal.ts";

export interface OpenStore {
  dir: string;
  graph: KnowledgeGraph;
  manifest: Manifest;
  index: AliasIndex;
}

export async function openStore(flags: Flags): Promise<OpenStore> {
  const dir = storeDir(flags);
  const { graph, manifest, aliasIndex } = await loadStore(dir);
  return { dir, graph, manifest, index: aliasIndex() };
}

/**
 * The note for a graph with digests folded in since its analyses were computed (fold.ts): its
 * structure is a full build's, but PageRank, betweenness, communities and positions are not
 * recomputed until the next full build. Printed on stderr, so JSON on stdout stays as it is.
 */
export function noteStaleAnalyses(dir: string, graph: KnowledgeGraph, what: string): void {
  const pending = graph.getAttribute("pending") ?? 0;
  if (pending > 0) {
    console.error(`aikg: note: ${what} predate the last ${pending === 1 ? "digest" : `${pending} digests`} added; 'aikg repair --store ${dir}' recomputes them (so does any full build)`);
  }
}

/** JSON on stdout, with what a terminal would act on escaped (format/terminal.ts). */
export const printJson = (value: unknown): void => console.log(jsonForTerminal(value));
