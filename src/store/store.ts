// The store on disk: manifest.json (commit point), extractions/<hash>.json (one per digest, the
// source of truth) and graph-<hash>.json (the built, analysed graph in the compact encoding of
// codec.ts, for fast loading).
import { existsSync, statSync } from "node:fs";
import { readdir, readFile, rm, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { EXIT, UserError } from "../cli/errors.ts";
import { isSystemError, systemUserError } from "../cli/system-errors.ts";
import type { Extraction } from "../types.ts";
import { TEMP_SUFFIX, writeContentAddressed, writeFileAtomic } from "./atomic.ts";
import { extractedApart, FORMAT_VERSION, READABLE_VERSIONS, type DigestEntry, type Manifest } from "./manifest.ts";
import { foldExtractions, foldKnown, FoldMismatch } from "../graph/fold.ts";
import { extractionFileName, storePaths } from "./paths.ts";
import { diskSource, parseExtractionFile, StoreFileError } from "./extraction-files.ts";
import { buildGraph, byDateThenId, type EntityResolution } from "../graph/build.ts";
import { StoreDamage } from "./damage.ts";
import { addEntities, type EntityRecord } from "../graph/entities.ts";
import { resolveIds } from "../graph/resolve-ids.ts";
import { encodeRecords, StoredRecords } from "./stored-records.ts";
import { decodeGraphFile, encodeGraphChunks } from "./codec.ts";
import type { KnowledgeGraph } from "../graph/types.ts";
import { createAliasIndex, type AliasIndex } from "../query/alias-index.ts";

export interface Store {
  graph: KnowledgeGraph;
  manifest: Manifest;
  /** The graph's alias index: the graph file's, kept up by the fold of pending digests, else made on first call. */
  aliasIndex: () => AliasIndex;
}

async function readBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (err) {
    if (isSystemError(err)) throw systemUserError(err);
    throw new UserError(`${path}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, EXIT.store);
  }
}

/** A store file, parsed; what is missing or cannot be parsed is a damaged store. */
async function readParsed<T>(dir: string, path: string, parse: (text: string) => T): Promise<T> {
  if (!existsSync(path)) throw new StoreDamage(dir, path, "missing");
  const text = (await readBytes(path)).toString("utf8");
  try {
    return parse(text);
  } catch (err) {
    const problem = err instanceof SyntaxError ? "not valid JSON (cut short?)" : (err as Error).message;
    throw new StoreDamage(dir, path, problem);
  }
}

/** The manifest, or null when `dir` holds no store yet. */
export async function readManifest(dir: string): Promise<Manifest | null> {
  const path = storePaths(dir).manifest;
  if (!existsSync(path)) return null;
  const manifest = await readParsed(dir, path, (text) => JSON.parse(text) as Partial<Manifest>);
  if (typeof manifest !== "object" || manifest === null || typeof manifest.formatVersion !== "number") {
    throw new StoreDamage(dir, path, "not an aikg store manifest (no formatVersion)");
  }
  const digests = manifest.digests;
  const wellFormed =
    typeof manifest.graph === "string" &&
    typeof digests === "object" &&
    digests !== null &&
    Object.values(digests).every((d) => typeof d?.hash === "string" && /^[0-9a-f]{64}$/.test(d.hash)) &&
    (manifest.pending === undefined || (Array.isArray(manifest.pending) && manifest.pending.every((id) => typeof id === "string" && id in digests)));
  if (!wellFormed && READABLE_VERSIONS.includes(manifest.formatVersion)) throw new StoreDamage(dir, path, "its digests or graph are not what a manifest holds");
  if (!READABLE_VERSIONS.includes(manifest.formatVersion)) {
    throw new UserError(
      `${dir}: store format version ${manifest.formatVersion}, this aikg reads version ${READABLE_VERSIONS.join(" or ")}; delete the store and build again`,
      EXIT.store,
    );
  }
  return manifest as Manifest;
}

/** The built graph and its manifest. Throws a UserError when there is no store or it is unreadable. */
export async function loadStore(dir: string): Promise<Store> {
  const manifest = await readManifest(dir);
  if (!manifest) {
    // A store path that is a file: building there would fail too.
    if (statSync(dir, { throwIfNoEntry: false })?.isFile()) throw new UserError(`${dir}: a part of this path is a file, not a directory; choose another --store`, EXIT.store);
    throw new UserError(`no store in ${dir}; run 'aikg build <digest files or dirs>' first`, EXIT.input);
  }
  const path = storePaths(dir).graph(manifest.graph);
  if (!manifest.graph || !existsSync(path)) throw new StoreDamage(dir, path, "the graph file is missing");
  let decoded: ReturnType<typeof decodeGraphFile>;
  try {
    const bytes = await readBytes(path);
    if (manifest.graphBytes !== undefined && bytes.length !== manifest.graphBytes) throw new Error(`${bytes.length} bytes where ${manifest.graphBytes} were written`);
    decoded = decodeGraphFile(bytes);
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new StoreDamage(dir, path, (err as Error).message.split("\n")[0]!);
  }
  let { graph } = decoded;
  const pending = manifest.pending ?? [];
  let index = decoded.aliasIndex;
  if (pending.length) {
    const extractions = [...(await readExtractions(dir, manifest, pending)).values()];
    try {
      const stored = manifest.pendingNodes && (await storedRecords(dir, manifest));
      if (stored) index = foldKnown(graph, stored, manifest.pendingNodes!, extractions, {}, index).index;
      else index = foldExtractions(graph, await storedResolution(dir, manifest), extractions, {}, index).index;
    } catch (err) {
      if (!(err instanceof FoldMismatch)) throw err;
      // Pending digests written by an aikg that did not check they fold exactly: build it whole, here.
      graph = await rebuildInMemory(dir, manifest);
      index = undefined;
    }
  }
  return { graph, manifest, aliasIndex: () => (index ??= createAliasIndex(graph)) };
}

async function rebuildInMemory(dir: string, manifest: Manifest): Promise<KnowledgeGraph> {
  const graph = buildGraph(diskSource(dir, manifest.digests));
  const { analyse } = await import("../analyse/index.ts");
  analyse(graph);
  return graph;
}

/** The records file the full build wrote, parsed; null when the store has none or it does not parse. */
export async function storedRecords(dir: string, manifest: Manifest): Promise<StoredRecords | null> {
  if (!manifest.records) return null;
  try {
    return new StoredRecords(await readFile(storePaths(dir).graph(manifest.records), "utf8"));
  } catch {
    return null; // the extraction files are the source of truth: the caller reads them instead
  }
}

/**
 * The entity records of the stored graph's digests (not the pending ones): the records file the
 * full build wrote, else (a store written before them, or a damaged file) the extraction files'.
 */
export async function storedResolution(dir: string, manifest: Manifest): Promise<EntityResolution> {
  const stored = await storedRecords(dir, manifest);
  if (stored) return stored.resolution();
  const pending = new Set(manifest.pending ?? []);
  const built = Object.fromEntries(Object.entries(manifest.digests).filter(([id]) => !pending.has(id)));
  const source = diskSource(dir, built);
  const records = new Map<string, EntityRecord>();
  try {
    for (const { id } of [...source.docs].sort(byDateThenId)) addEntities(records, source.loadEntities(id));
  } catch (err) {
    if (err instanceof StoreFileError) throw new StoreDamage(dir, err.path, err.problem);
    throw err;
  }
  return { records, canonical: resolveIds(records) };
}

/** Each stored digest's extraction, by digest id. */
export async function readExtractions(dir: string, manifest: Manifest, ids?: readonly string[]): Promise<Map<string, Extraction>> {
  const paths = storePaths(dir);
  const entries = ids ? ids.map((id): [string, DigestEntry] => [id, manifest.digests[id]!]) : Object.entries(manifest.digests);
  const loaded = await Promise.all(entries.map(([, digest]) => readParsed(dir, paths.extraction(digest.hash, digest.taught), parseExtractionFile)));
  return new Map(entries.map(([id], i) => [id, loaded[i]!]));
}

const isGraphFile = (name: string): boolean => /^(graph|records)-[0-9a-f]+\.json$/.test(name);
// curation.jsonl: a person's corrections (src/curate/), which may come before the first build.
const isStoreFile = (name: string): boolean =>
  name === "lock" || name === "extractions" || name === "curation.jsonl" || isGraphFile(name) || name.endsWith(TEMP_SUFFIX);

/** Refuses to write into a directory that holds other things than a store. */
export async function assertWritableStoreDir(dir: string): Promise<void> {
  if (!existsSync(dir) || existsSync(storePaths(dir).manifest)) return;
  // What a first build that was interrupted leaves behind is the store's own; anything else is not.
  const entries = (await readdir(dir)).filter((name) => !isStoreFile(name));
  if (entries.length > 0) {
    throw new UserError(`${dir} is not empty and holds no aikg store (no manifest.json); choose another --store`, EXIT.store);
  }
}

let commits = 0;
/** How many manifests this process has committed (the lock tells an interrupted write's outcome by it). */
export const manifestCommits = (): number => commits;

/** Renames the new manifest into place: the one step that commits a write. */
async function commitManifest(dir: string, manifest: Manifest): Promise<void> {
  await writeFileAtomic(storePaths(dir).manifest, `${JSON.stringify(manifest, null, 1)}\n`);
  commits++;
  // What the new manifest no longer names goes; failing to delete it loses nothing (the next write tries again).
  await collectGarbage(dir, manifest).catch(() => {});
}

export interface StoreWrite {
  manifest: Omit<Manifest, "graph" | "graphBytes" | "records" | "formatVersion" | "counts">;
  graph: KnowledgeGraph;
  /** The entity records the graph was built from: the fold of new digests starts from them. */
  resolution?: EntityResolution;
}

/** Writes a new graph and the manifest that commits it; every digest's extraction file is on disk already. The caller holds the lock. */
export async function writeStore(dir: string, write: StoreWrite): Promise<Manifest> {
  // The graph file is named by its content's hash, taken as it is written in chunks.
  const graphPath = await writeContentAddressed(dir, (hash) => `graph-${hash.slice(0, 16)}.json`, encodeGraphChunks(write.graph));
  const records = write.resolution && (await writeContentAddressed(dir, (hash) => `records-${hash.slice(0, 16)}.json`, [encodeRecords(write.resolution)]));
  const manifest: Manifest = {
    formatVersion: FORMAT_VERSION,
    ...write.manifest,
    graph: basename(graphPath),
    graphBytes: (await stat(graphPath)).size,
    ...(records ? { records: basename(records) } : {}),
    counts: { digests: Object.keys(write.manifest.digests).length, nodes: write.graph.order, edges: write.graph.size },
  };
  await commitManifest(dir, manifest);
  return manifest;
}

/**
 * The incremental write: new digests join the store as pending (their extraction files are
 * written), without writing the graph again: readers fold them in. The caller holds the lock.
 */
export async function appendPending(
  dir: string,
  current: Manifest,
  written: ReadonlyMap<string, DigestEntry>,
  updatedAt: string,
  pendingNodes: Record<string, string>,
): Promise<Manifest> {
  const digests = sortedById({ ...current.digests, ...Object.fromEntries(written) });
  const apart = extractedApart(current, written.keys(), [], digests);
  const manifest: Manifest = {
    ...current,
    updatedAt,
    digests,
    ...(apart.length ? { extractedApart: apart } : {}),
    pending: [...(current.pending ?? []), ...written.keys()],
    pendingNodes,
    counts: { ...current.counts, digests: Object.keys(digests).length },
  };
  await commitManifest(dir, manifest);
  return manifest;
}

export const sortedById = <T>(byId: Record<string, T>): Record<string, T> =>
  Object.fromEntries(Object.entries(byId).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** Deletes what the committed manifest no longer refers to: old graphs, extractions, temp files. */
async function collectGarbage(dir: string, manifest: Manifest): Promise<void> {
  const paths = storePaths(dir);
  const hashes = new Set(Object.values(manifest.digests).map((d) => extractionFileName(d.hash, d.taught)));
  for (const name of await readdir(paths.extractions)) {
    if (!hashes.has(name)) await rm(join(paths.extractions, name), { force: true });
  }
  for (const name of await readdir(dir)) {
    const oldGraph = isGraphFile(name) && name !== manifest.graph && name !== manifest.records;
    if (oldGraph || name.endsWith(TEMP_SUFFIX)) await rm(join(dir, name), { force: true });
  }
}
