// The store's two write operations, each under the lock: add or refresh digests (extracting only
// new and changed ones), and take digests out.
import { EXIT, UserError } from "../cli/errors.ts";
import type { Extraction } from "../types.ts";
import { withStoreLock } from "./lock.ts";
import type { Manifest } from "./manifest.ts";
import { hasWork, planBuild, type BuildPlan, type DigestRef } from "./plan.ts";
import { assertWritableStoreDir, loadStore, readManifest } from "./store.ts";
import type { KnowledgeGraph } from "./types.ts";
import { updateStore, type UpdateOptions } from "./update.ts";

export interface IngestResult<D extends DigestRef> {
  plan: BuildPlan<D>;
  manifest: Manifest;
  graph: KnowledgeGraph;
  /** False when every digest was already stored: nothing was written. */
  wrote: boolean;
  droppedRelations: number;
}

export async function ingestDigests<D extends DigestRef>(
  dir: string,
  digests: readonly D[],
  extract: (digests: D[]) => Extraction[] | Promise<Extraction[]>,
  options: UpdateOptions = {},
): Promise<IngestResult<D>> {
  await assertWritableStoreDir(dir);
  return withStoreLock(dir, async () => {
    const current = await readManifest(dir);
    const plan = planBuild(current, digests);
    if (current && !hasWork(plan)) {
      const { graph, manifest } = await loadStore(dir);
      return { plan, manifest, graph, wrote: false, droppedRelations: 0 };
    }
    const upsert = await extract([...plan.added, ...plan.changed]);
    const result = await updateStore(dir, current, { upsert, remove: [] }, options);
    return { plan, manifest: result.manifest, graph: result.graph, wrote: true, droppedRelations: result.report.droppedRelations };
  });
}

/**
 * Digest ids a user's word names: the id itself, its file name, or a prefix of its hash
 * (at least 8 characters).
 */
export function matchDigests(manifest: Manifest, names: readonly string[]): { ids: string[]; unknown: string[] } {
  const ids = new Set<string>();
  const unknown: string[] = [];
  for (const raw of names) {
    const name = raw.replace(/^.*[\\/]/, "");
    const found = Object.entries(manifest.digests).filter(
      ([id, d]) => id === name || d.file === name || (name.length >= 8 && d.hash.startsWith(name.toLowerCase())),
    );
    if (found.length === 0) unknown.push(raw);
    for (const [id] of found) ids.add(id);
  }
  return { ids: [...ids], unknown };
}

export interface RemoveResult {
  removed: string[];
  unknown: string[];
  manifest: Manifest;
  graph: KnowledgeGraph;
}

export async function removeDigests(dir: string, names: readonly string[], options: UpdateOptions = {}): Promise<RemoveResult> {
  const noStore = () => new UserError(`no store in ${dir}; nothing to remove`, EXIT.input);
  if (!(await readManifest(dir))) throw noStore();
  return withStoreLock(dir, async () => {
    const current = await readManifest(dir);
    if (!current) throw noStore();
    const { ids, unknown } = matchDigests(current, names);
    if (ids.length === 0) {
      const { graph, manifest } = await loadStore(dir);
      return { removed: [], unknown, manifest, graph };
    }
    const result = await updateStore(dir, current, { upsert: [], remove: ids }, options);
    return { removed: ids, unknown, manifest: result.manifest, graph: result.graph };
  });
}
