// The store's two write operations, each under the lock: add or refresh digests (extracting only
// new and changed ones), and take digests out.
import { EXIT, UserError } from "../cli/errors.ts";
import type { Extraction, ExtractionOut } from "../types.ts";
import { withStoreLock } from "./lock.ts";
import { ExtractionWriter } from "./extraction-files.ts";
import type { DigestEntry, Manifest } from "./manifest.ts";
import { hasWork, planBuild, type BuildPlan, type DigestRef } from "./plan.ts";
import { appendPending, assertWritableStoreDir, loadStore, readManifest } from "./store.ts";
import type { KnowledgeGraph } from "./types.ts";
import { updateStore, type UpdateOptions } from "./update.ts";

export interface IngestResult<D extends DigestRef> {
  plan: BuildPlan<D>;
  manifest: Manifest;
  /** The stored graph as built or loaded; null on the incremental path, which does not load it. */
  graph: KnowledgeGraph | null;
  /** On the incremental path: what the new digests' extractions hold. */
  added?: { entities: number; relations: number };
  /** False when every digest was already stored: nothing was written. */
  wrote: boolean;
  /** True when new digests were folded into the stored graph rather than rebuilding it. */
  incremental: boolean;
  droppedRelations: number;
}

/**
 * Extracts the digests a build must take in. It may hand each extraction to `put` as soon as it
 * is done (the store writes it to disk at once, and the build never holds them all) or return
 * them; a digest given twice keeps the later extraction.
 */
export type Extract<D> = (digests: D[], put: (x: ExtractionOut) => void) => Extraction[] | void | Promise<Extraction[] | void>;

async function extractInto<D>(writer: ExtractionWriter, extract: Extract<D>, todo: D[]): Promise<Map<string, DigestEntry>> {
  const returned = await extract(todo, (x) => writer.put(x));
  for (const x of returned ?? []) writer.put(x);
  return writer.flush();
}

export async function ingestDigests<D extends DigestRef>(
  dir: string,
  digests: readonly D[],
  extract: Extract<D>,
  options: IngestOptions = {},
): Promise<IngestResult<D>> {
  await assertWritableStoreDir(dir);
  return withStoreLock(dir, async () => {
    const current = await readManifest(dir);
    const plan = planBuild(current, digests);
    const reanalyse = options.full === true && (current?.pending?.length ?? 0) > 0;
    if (current && !hasWork(plan) && !reanalyse) {
      const { graph, manifest } = await loadStore(dir);
      return { plan, manifest, graph, wrote: false, droppedRelations: 0, incremental: false };
    }
    if (current && canFold(current, plan, options)) {
      // Nothing but the new extractions and the manifest is written, and the graph is not even
      // loaded: readers fold pending digests in (loadStore), so adding a digest stays cheap.
      const writer = new ExtractionWriter(dir, true);
      const written = await extractInto(writer, extract, plan.added);
      const kept = [...writer.kept.values()];
      const added = { entities: kept.reduce((n, x) => n + x.entities.length, 0), relations: kept.reduce((n, x) => n + x.relations.length, 0) };
      if (written.size === 0) return { plan, manifest: current, graph: null, wrote: false, droppedRelations: 0, incremental: true, added };
      const updatedAt = (options.now ?? (() => new Date()))().toISOString();
      const manifest = await appendPending(dir, current, written, updatedAt);
      return { plan, manifest, graph: null, wrote: true, droppedRelations: 0, incremental: true, added };
    }
    const written = await extractInto(new ExtractionWriter(dir), extract, [...plan.added, ...plan.changed]);
    const result = await updateStore(dir, current, { written, remove: [] }, options);
    return { plan, manifest: result.manifest, graph: result.graph, wrote: true, droppedRelations: result.report.droppedRelations, incremental: false };
  });
}

/**
 * Whether new digests can be folded into the stored graph instead of rebuilding it: only
 * additions, and few enough that the analyses computed over the whole graph still describe it.
 */
function canFold(current: Manifest, plan: BuildPlan<DigestRef>, options: IngestOptions): boolean {
  if (options.full || plan.changed.length > 0 || plan.added.length === 0) return false;
  const stored = Object.keys(current.digests).length;
  const pending = (current.pending?.length ?? 0) + plan.added.length;
  return pending <= Math.max(FOLD_LIMITS.minDigests, FOLD_LIMITS.share * stored);
}

/** The incremental path's bounds: at most this many pending digests, or this share of the store. */
export const FOLD_LIMITS = { minDigests: 4, share: 0.05 };

export interface IngestOptions extends UpdateOptions {
  /** Rebuild and re-analyse the whole graph even when new digests could be folded in. */
  full?: boolean;
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
    const result = await updateStore(dir, current, { written: new Map(), remove: ids }, options);
    return { removed: ids, unknown, manifest: result.manifest, graph: result.graph };
  });
}
