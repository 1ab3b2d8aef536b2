// The store's two write operations, each under the lock: add or refresh digests (extracting only
// new and changed ones), and take digests out. Both repair what they find damaged (repair.ts):
// a manifest is put together again from the extraction files, a damaged extraction is extracted
// again when its digest is given and otherwise leaves the store (said in the result), and the
// graph is rebuilt whole.
import { existsSync } from "node:fs";
import { EXIT, UserError } from "../cli/errors.ts";
import type { Extraction, ExtractionOut } from "../types.ts";
import { StoreDamage } from "./damage.ts";
import { ExtractionWriter } from "./extraction-files.ts";
import { FoldMismatch, resolveWith } from "../graph/fold.ts";
import { resolveTouched } from "../graph/fold-check.ts";
import { withStoreLock } from "./lock.ts";
import type { DigestEntry, Manifest } from "./manifest.ts";
import { storePaths } from "./paths.ts";
import { hasWork, planBuild, type BuildPlan, type DigestRef } from "./plan.ts";
import { damagedExtractions, graphProblem, hadGraph, manifestFromExtractions, noRepair, quickDamaged, type RepairReport } from "./repair.ts";
import { appendPending, assertWritableStoreDir, loadStore, readExtractions, readManifest, storedRecords, storedResolution } from "./store.ts";
import type { KnowledgeGraph } from "../graph/types.ts";
import { updateStore, type UpdateOptions, type UpdateResult } from "./update.ts";

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
  /** What was found damaged and repaired. */
  repair: RepairReport;
  /** Stored digests, unchanged, extracted again (`reextract`). */
  reextracted: string[];
}

/**
 * Extracts the digests a build must take in. It may hand each extraction to `put` as soon as it
 * is done (the store writes it to disk at once, and the build never holds them all) or return
 * them; a digest given twice keeps the later extraction.
 */
export type Extract<D> = (digests: D[], put: (x: ExtractionOut) => void) => Extraction[] | void | Promise<Extraction[] | void>;

async function extractInto<D>(writer: ExtractionWriter, extract: Extract<D>, todo: D[]): Promise<Map<string, DigestEntry>> {
  if (todo.length === 0) return writer.flush();
  const returned = await extract(todo, (x) => writer.put(x));
  for (const x of returned ?? []) writer.put(x);
  return writer.flush();
}

/** The manifest a write starts from: the stored one, or one put together from the extraction files when it is damaged. */
async function manifestForWrite(dir: string, given: readonly DigestRef[], repair: RepairReport): Promise<Manifest | null> {
  try {
    const manifest = await readManifest(dir);
    if (manifest || !hadGraph(dir)) return manifest;
    repair.manifest = "missing";
  } catch (err) {
    if (!(err instanceof StoreDamage)) throw err;
    repair.manifest = err.problem;
  }
  return manifestFromExtractions(dir, given);
}

interface Rebuild<D> {
  dir: string;
  current: Manifest | null;
  written: Map<string, DigestEntry>;
  remove: string[];
  given: readonly D[];
  extract: Extract<D>;
  options: UpdateOptions;
  repair: RepairReport;
}

/**
 * The full rebuild, repairing damage a stat could not see: when an extraction file does not read
 * back, every file is checked, damaged ones are extracted again from the digests given (or leave
 * the store), and the build runs again.
 */
async function rebuild<D extends DigestRef>(r: Rebuild<D>): Promise<UpdateResult> {
  try {
    return await updateStore(r.dir, r.current, { written: r.written, remove: r.remove }, r.options);
  } catch (err) {
    if (!(err instanceof StoreDamage)) throw err;
  }
  const digests: Manifest["digests"] = { ...r.current?.digests, ...Object.fromEntries(r.written) };
  for (const id of r.remove) delete digests[id];
  const damaged = damagedExtractions(r.dir, digests);
  const redo = takeDamaged(damaged, digests, r.given, r.remove, r.repair);
  const written = new Map([...r.written, ...(await extractInto(new ExtractionWriter(r.dir), r.extract, redo))]);
  return updateStore(r.dir, r.current, { written, remove: r.remove }, r.options);
}

/** Of the damaged digests, those given (same content) are to be extracted again; the others leave the store. */
function takeDamaged<D extends DigestRef>(damaged: Map<string, string>, digests: Manifest["digests"], given: readonly D[], remove: string[], repair: RepairReport): D[] {
  const byId = new Map(given.map((d) => [d.id, d]));
  const redo: D[] = [];
  for (const [id, problem] of damaged) {
    const ref = byId.get(id);
    if (ref && ref.hash === digests[id]!.hash) {
      redo.push(ref);
      repair.reextracted.push(id);
    } else {
      remove.push(id);
      repair.dropped.push({ id, file: digests[id]!.file, problem });
    }
  }
  return redo;
}

export async function ingestDigests<D extends DigestRef>(
  dir: string,
  digests: readonly D[],
  extract: Extract<D>,
  options: IngestOptions = {},
): Promise<IngestResult<D>> {
  await assertWritableStoreDir(dir);
  return withStoreLock(dir, async () => {
    const repair = noRepair();
    const current = await manifestForWrite(dir, digests, repair);
    const plan = planBuild(current, digests);
    const damaged = current ? quickDamaged(dir, current.digests) : new Map<string, string>();
    if (current && !repair.manifest) repair.graph = graphProblem(dir, current) ?? undefined;
    let full = options.full === true || options.reextract === true || damaged.size > 0 || Boolean(repair.manifest || repair.graph);
    if (current && !hasWork(plan) && !full) {
      try {
        const { graph, manifest } = await loadStore(dir);
        return { plan, manifest, graph, wrote: false, droppedRelations: 0, incremental: false, repair, reextracted: [] };
      } catch (err) {
        if (!(err instanceof StoreDamage)) throw err;
        repair.graph = err.problem;
        full = true;
      }
    }
    const fold = current !== null && !full && mayFold(current, plan);
    const writer = new ExtractionWriter(dir, fold);
    const remove: string[] = [];
    const redo = current ? takeDamaged(damaged, current.digests, digests, remove, repair) : [];
    const redoIds = new Set(redo.map((d) => d.id));
    const again = current && options.reextract ? plan.unchanged.filter((d) => !redoIds.has(d.id)) : [];
    const written = await extractInto(writer, extract, [...plan.added, ...plan.changed, ...redo, ...again]);
    const base = { plan, droppedRelations: 0, repair, reextracted: again.map((d) => d.id) };
    if (fold && written.size === 0) return { ...base, manifest: current, graph: null, wrote: false, incremental: true, added: { entities: 0, relations: 0 } };
    const pendingNodes = fold ? await foldsExactly(dir, current, written, [...writer.kept.values()]) : null;
    if (fold && pendingNodes) {
      // Nothing but the new extractions and the manifest is written, and the graph is not even
      // loaded: readers fold pending digests in (loadStore), so adding a digest stays cheap.
      const kept = [...writer.kept.values()];
      const added = { entities: kept.reduce((n, x) => n + x.entities.length, 0), relations: kept.reduce((n, x) => n + x.relations.length, 0) };
      const updatedAt = (options.now ?? (() => new Date()))().toISOString();
      const manifest = await appendPending(dir, current, written, updatedAt, pendingNodes);
      return { ...base, manifest, graph: null, wrote: true, incremental: true, added };
    }
    const result = await rebuild({ dir, current: repair.manifest ? null : current, written: withEntries(repair.manifest ? current : null, written), remove, given: digests, extract, options, repair });
    return { ...base, manifest: result.manifest, graph: result.graph, wrote: true, droppedRelations: result.report.droppedRelations, incremental: false };
  });
}

/** A manifest put together again contributes its digests as written ones: the rebuild starts from nothing else. */
function withEntries(rebuilt: Manifest | null, written: Map<string, DigestEntry>): Map<string, DigestEntry> {
  return rebuilt ? new Map([...Object.entries(rebuilt.digests), ...written]) : written;
}

/**
 * Whether new digests may be folded into the stored graph instead of rebuilding it: only
 * additions, into a store whose full build left its entity records (foldsExactly decides, once
 * they are extracted).
 */
function mayFold(current: Manifest, plan: BuildPlan<DigestRef>): boolean {
  return plan.changed.length === 0 && plan.added.length > 0 && Boolean(current.records);
}

/**
 * Whether the written digests fold in exactly as a full build would place them: the pending
 * extractions stay within FOLD_LIMITS, and resolving every entity id again with them leaves
 * each stored id on its node. If so, the node of every pending entity id that is not its own
 * (the manifest keeps them for readers); else null.
 */
async function foldsExactly(dir: string, current: Manifest, written: Map<string, DigestEntry>, kept: Extraction[]): Promise<Record<string, string> | null> {
  const bytes = (entries: Iterable<DigestEntry>): number => [...entries].reduce((n, d) => n + (d.bytes ?? 0), 0);
  const pendingIds = current.pending ?? [];
  const pendingBytes = bytes(pendingIds.map((id) => current.digests[id]!)) + bytes(written.values());
  const totalBytes = bytes(Object.values(current.digests)) + bytes(written.values());
  if (pendingBytes > Math.max(FOLD_LIMITS.minBytes, FOLD_LIMITS.share * totalBytes)) return null;
  try {
    const pending = [...(await readExtractions(dir, current, pendingIds)).values(), ...kept];
    // The records file lets only what the new entities touch be resolved again; without it, every record is.
    const stored = await storedRecords(dir, current);
    const canonical = stored ? resolveTouched(stored, pending) : resolveWith(await storedResolution(dir, current), pending);
    const nodes: Record<string, string> = {};
    for (const x of pending) for (const { id } of x.entities) if (canonical.get(id) !== id) nodes[id] = canonical.get(id)!;
    return nodes;
  } catch (err) {
    if (err instanceof FoldMismatch || err instanceof StoreDamage) return null;
    throw err;
  }
}

/**
 * The incremental path's bound: the pending digests' extractions (what a reader folds in) at
 * most this share of the store's, or this many bytes on a small store.
 */
export const FOLD_LIMITS = { share: 0.05, minBytes: 64 * 1024 };

export interface IngestOptions extends UpdateOptions {
  /** Rebuild and re-analyse the whole graph even when new digests could be folded in; repairs a damaged store. */
  full?: boolean;
  /**
   * With `full`: extract every digest given again, not only the new and changed ones, as one
   * corpus (names learnt in one help in the others), so the graph is the one a first build of
   * the same digests makes, whatever adds and removes came before.
   */
  reextract?: boolean;
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
  repair: RepairReport;
}

export async function removeDigests(dir: string, names: readonly string[], options: UpdateOptions = {}): Promise<RemoveResult> {
  const noStore = () => new UserError(`no store in ${dir}; nothing to remove`, EXIT.input);
  if (!existsSync(storePaths(dir).manifest) && !hadGraph(dir)) throw noStore();
  return withStoreLock(dir, async () => {
    const repair = noRepair();
    const current = await manifestForWrite(dir, [], repair);
    if (!current) throw noStore();
    const { ids, unknown } = matchDigests(current, names);
    const remove = [...ids];
    const damaged = quickDamaged(dir, current.digests);
    for (const id of ids) damaged.delete(id);
    takeDamaged(damaged, current.digests, [], remove, repair);
    if (!repair.manifest) repair.graph = graphProblem(dir, current) ?? undefined;
    if (remove.length === 0 && !repair.manifest && !repair.graph) {
      try {
        const { graph, manifest } = await loadStore(dir);
        return { removed: [], unknown, manifest, graph, repair };
      } catch (err) {
        if (!(err instanceof StoreDamage)) throw err;
        repair.graph = err.problem;
      }
    }
    const written = withEntries(repair.manifest ? current : null, new Map());
    const result = await rebuild({ dir, current: repair.manifest ? null : current, written, remove, given: [], extract: () => [], options, repair });
    return { removed: ids, unknown, manifest: result.manifest, graph: result.graph, repair };
  });
}
