// Loads the store a query command reads, with the alias index to find entities by name.
import type { Manifest } from "../../store/manifest.ts";
import { loadCurated, type Curation } from "../../curate/load.ts";
import type { KnowledgeGraph } from "../../graph/types.ts";
import type { AliasIndex } from "../../query/alias-index.ts";
import { curationFlag, storeDir, type Flags } from "./flags.ts";
import { counted } from "./counts.ts";
import { jsonForTerminal } from "./terminal.ts";

export interface OpenStore {
  dir: string;
  graph: KnowledgeGraph;
  manifest: Manifest;
  index: AliasIndex;
  curation: Curation;
}

/** The store's graph, curated (src/curate/load.ts). */
export async function openStore(flags: Flags): Promise<OpenStore> {
  const dir = storeDir(flags);
  const { graph, manifest, aliasIndex, curation } = await loadCurated(dir, curationFlag(flags));
  return { dir, graph, manifest, index: aliasIndex(), curation };
}

/**
 * The note for a graph with digests folded in since its analyses were computed (fold.ts): its
 * structure is a full build's, but PageRank, betweenness, communities and positions are not
 * recomputed until the next full build. Printed on stderr, so JSON on stdout stays as it is.
 */
export function noteStaleAnalyses(dir: string, graph: KnowledgeGraph, what: string): void {
  const pending = graph.getAttribute("pending") ?? 0;
  const since = [
    ...(pending > 0 ? [`the last ${pending === 1 ? "digest" : `${pending} digests`} added`] : []),
    ...(graph.getAttribute("curationStale") ? ["the curation"] : []),
  ];
  if (since.length) {
    console.error(`aikg: note: ${what} predate ${since.join(" and ")}; 'aikg repair --store ${dir}' recomputes them (so does any full build)`);
  }
}

/** Digests extracted apart from the others (Manifest.extractedApart), in a line: "a, b and 3 more". */
export function apartLine(dir: string, apart: readonly string[]): string | null {
  if (!apart.length) return null;
  const named = apart.length <= 3 ? apart.join(", ") : `${apart.slice(0, 3).join(", ")} and ${apart.length - 3} more`;
  return `names learnt from ${counted(apart.length, "digest")} added, changed or removed on ${apart.length === 1 ? "its" : "their"} own (${named}) are not looked for in the others; 'aikg build <all the digests> --full --store ${dir}' extracts them all again as one corpus`;
}

/** Stored digests other extractors extracted (an aikg updated since: manifest.ts extractedByOthers), in a line. */
export function othersLine(dir: string, others: readonly string[]): string | null {
  if (!others.length) return null;
  const named = others.length <= 3 ? others.join(", ") : `${others.slice(0, 3).join(", ")} and ${others.length - 3} more`;
  return `${counted(others.length, "digest")} (${named}) ${others.length === 1 ? "was" : "were"} extracted by another version of aikg's extractors, and the graph mixes their findings with this one's; 'aikg build <all the digests> --full --store ${dir}' extracts them again`;
}

/** JSON on stdout, with what a terminal would act on escaped (format/terminal.ts). */
export const printJson = (value: unknown): void => console.log(jsonForTerminal(value));
