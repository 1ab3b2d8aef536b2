// Loads the store a query command reads, with the alias index to find entities by name.
import type { Manifest } from "../../graph/manifest.ts";
import { loadStore } from "../../graph/store.ts";
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

/** JSON on stdout, with what a terminal would act on escaped (format/terminal.ts). */
export const printJson = (value: unknown): void => console.log(jsonForTerminal(value));
