// Loads the store a query command reads, with the alias index to find entities by name.
import type { Manifest } from "../../graph/manifest.ts";
import { loadStore } from "../../graph/store.ts";
import type { KnowledgeGraph } from "../../graph/types.ts";
import type { AliasIndex } from "../../query/alias-index.ts";
import { storeDir, type Flags } from "./flags.ts";

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

export const printJson = (value: unknown): void => console.log(JSON.stringify(value, null, 2));
