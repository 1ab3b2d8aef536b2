// The store on disk: manifest.json (commit point), extractions/<hash>.json (one per digest, the
// source of truth) and graph-<hash>.json (the built, analysed graph in the compact encoding of
// codec.ts, for fast loading).
import { existsSync } from "node:fs";
import { readdir, readFile, rm } from "node:fs/promises";
import { basename, join } from "node:path";
import { EXIT, UserError } from "../cli/errors.ts";
import { isSystemError, systemUserError } from "../cli/system-errors.ts";
import type { Extraction } from "../types.ts";
import { TEMP_SUFFIX, writeContentAddressed, writeFileAtomic } from "./atomic.ts";
import { FORMAT_VERSION, READABLE_VERSIONS, type DigestEntry, type Manifest } from "./manifest.ts";
import { foldExtractions } from "./fold.ts";
import { storePaths } from "./paths.ts";
import { parseExtractionFile } from "./extraction-files.ts";
import { decodeGraphFile, encodeGraphChunks } from "./codec.ts";
import type { KnowledgeGraph } from "./types.ts";
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

/** A store file, parsed; what cannot be parsed is a damaged store. */
async function readParsed<T>(path: string, parse: (text: string) => T): Promise<T> {
  const text = (await readBytes(path)).toString("utf8");
  try {
    return parse(text);
  } catch (err) {
    const problem = err instanceof SyntaxError ? "not valid JSON" : (err as Error).message;
    throw new UserError(`${path}: ${problem}; the store is damaged, rebuild it with 'aikg build'`, EXIT.store);
  }
}

const readJson = <T>(path: string): Promise<T> => readParsed(path, (text) => JSON.parse(text) as T);

/** The manifest, or null when `dir` holds no store yet. */
export async function readManifest(dir: string): Promise<Manifest | null> {
  const path = storePaths(dir).manifest;
  if (!existsSync(path)) return null;
  const manifest = await readJson<Partial<Manifest>>(path);
  if (typeof manifest.formatVersion !== "number") {
    throw new UserError(`${path}: not an aikg store manifest (no formatVersion)`, EXIT.store);
  }
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
  if (!manifest) throw new UserError(`no store in ${dir}; run 'aikg build <digest files or dirs>' first`, EXIT.input);
  const path = storePaths(dir).graph(manifest.graph);
  let decoded: ReturnType<typeof decodeGraphFile>;
  try {
    decoded = decodeGraphFile(await readBytes(path));
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`${path}: damaged (${(err as Error).message.split("\n")[0]}); rebuild the store with 'aikg build'`, EXIT.store);
  }
  const { graph } = decoded;
  const pending = manifest.pending ?? [];
  let index = decoded.aliasIndex;
  if (pending.length) index = foldExtractions(graph, [...(await readExtractions(dir, manifest, pending)).values()], {}, index).index;
  return { graph, manifest, aliasIndex: () => (index ??= createAliasIndex(graph)) };
}

/** Each stored digest's extraction, by digest id. */
export async function readExtractions(dir: string, manifest: Manifest, ids?: readonly string[]): Promise<Map<string, Extraction>> {
  const paths = storePaths(dir);
  const entries = ids ? ids.map((id): [string, DigestEntry] => [id, manifest.digests[id]!]) : Object.entries(manifest.digests);
  const loaded = await Promise.all(entries.map(([, digest]) => readParsed(paths.extraction(digest.hash), parseExtractionFile)));
  return new Map(entries.map(([id], i) => [id, loaded[i]!]));
}

const isGraphFile = (name: string): boolean => /^graph-[0-9a-f]+\.json$/.test(name);
const isStoreFile = (name: string): boolean =>
  name === "lock" || name === "extractions" || isGraphFile(name) || name.endsWith(TEMP_SUFFIX);

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
  manifest: Omit<Manifest, "graph" | "formatVersion" | "counts">;
  graph: KnowledgeGraph;
}

/** Writes a new graph and the manifest that commits it; every digest's extraction file is on disk already. The caller holds the lock. */
export async function writeStore(dir: string, write: StoreWrite): Promise<Manifest> {
  // The graph file is named by its content's hash, taken as it is written in chunks.
  const graphName = basename(await writeContentAddressed(dir, (hash) => `graph-${hash.slice(0, 16)}.json`, encodeGraphChunks(write.graph)));
  const manifest: Manifest = {
    formatVersion: FORMAT_VERSION,
    ...write.manifest,
    graph: graphName,
    counts: { digests: Object.keys(write.manifest.digests).length, nodes: write.graph.order, edges: write.graph.size },
  };
  await commitManifest(dir, manifest);
  return manifest;
}

/**
 * The incremental write: new digests join the store as pending (their extraction files are
 * written), without writing the graph again: readers fold them in. The caller holds the lock.
 */
export async function appendPending(dir: string, current: Manifest, written: ReadonlyMap<string, DigestEntry>, updatedAt: string): Promise<Manifest> {
  const digests = sortedById({ ...current.digests, ...Object.fromEntries(written) });
  const manifest: Manifest = {
    ...current,
    updatedAt,
    digests,
    pending: [...(current.pending ?? []), ...written.keys()],
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
  const hashes = new Set(Object.values(manifest.digests).map((d) => `${d.hash}.json`));
  for (const name of await readdir(paths.extractions)) {
    if (!hashes.has(name)) await rm(join(paths.extractions, name), { force: true });
  }
  for (const name of await readdir(dir)) {
    const oldGraph = isGraphFile(name) && name !== manifest.graph;
    if (oldGraph || name.endsWith(TEMP_SUFFIX)) await rm(join(dir, name), { force: true });
  }
}
