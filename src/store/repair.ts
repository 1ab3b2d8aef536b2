// Finding what is damaged in a store (a file cut short, overwritten or gone) and what it can be
// rebuilt from: the extraction files that read back are the source of truth, the manifest can be
// put together again from them, and the graph file is rebuilt from them by a full build.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import type { DigestRef } from "./plan.ts";
import { OTHER_BYTES, parseEntitiesPart, parseRelationsPart } from "./extraction-files.ts";
import { shortHash } from "../short-hash.ts";
import { emptyManifest, type DigestEntry, type Manifest } from "./manifest.ts";
import { storePaths } from "./paths.ts";

/** What a write found damaged and did about it. */
export interface RepairReport {
  /** The manifest's problem, when it was put together again from the extraction files. */
  manifest?: string;
  /** The graph file's problem, when it had to be rebuilt. */
  graph?: string;
  /** Digests whose damaged extraction was extracted again from the file given. */
  reextracted: string[];
  /** Digests whose extraction was damaged and whose file was not given: no longer in the store. */
  dropped: { id: string; file: string; problem: string }[];
}

export const noRepair = (): RepairReport => ({ reextracted: [], dropped: [] });

export const repaired = (r: RepairReport): boolean => Boolean(r.manifest || r.graph || r.reextracted.length || r.dropped.length);

/** Digests whose extraction file is missing or not the size it was written at: a stat each. */
export function quickDamaged(dir: string, digests: Manifest["digests"]): Map<string, string> {
  const damaged = new Map<string, string>();
  for (const [id, entry] of Object.entries(digests)) {
    const size = statSync(storePaths(dir).extraction(entry.hash, entry.taught), { throwIfNoEntry: false })?.size;
    if (size === undefined) damaged.set(id, "its extraction file is missing");
    else if (entry.bytes !== undefined && size !== entry.bytes) damaged.set(id, `its extraction file has ${size} bytes where ${entry.bytes} were written`);
  }
  return damaged;
}

/** Why an extraction file does not read back as the digest's, or null when it does (it is parsed whole). */
function extractionProblem(path: string, hash: string, taught?: string, sha?: string): string | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return "its extraction file is missing";
    throw err;
  }
  if (sha !== undefined && shortHash(bytes) !== sha) return `its extraction file is ${OTHER_BYTES}`;
  try {
    const { doc, entities } = parseEntitiesPart(bytes);
    parseRelationsPart(bytes);
    if (doc?.hash !== hash || doc.taught !== taught || !Array.isArray(entities)) return "its extraction file holds another digest";
  } catch {
    return "its extraction file is not valid JSON (cut short?)";
  }
  return null;
}

/** Digests whose extraction file does not read back: every file parsed (the slow check, when a build met damage). */
export function damagedExtractions(dir: string, digests: Manifest["digests"]): Map<string, string> {
  const damaged = new Map<string, string>();
  for (const [id, entry] of Object.entries(digests)) {
    const problem = extractionProblem(storePaths(dir).extraction(entry.hash, entry.taught), entry.hash, entry.taught, entry.sha);
    if (problem) damaged.set(id, problem);
  }
  return damaged;
}

/** Why the graph file is not the one the manifest committed (gone or another size), or null. */
export function graphProblem(dir: string, manifest: Manifest): string | null {
  if (!manifest.graph) return "the manifest names no graph file";
  const size = statSync(storePaths(dir).graph(manifest.graph), { throwIfNoEntry: false })?.size;
  if (size === undefined) return `${manifest.graph} is missing`;
  if (manifest.graphBytes !== undefined && size !== manifest.graphBytes) return `${manifest.graph} has ${size} bytes where ${manifest.graphBytes} were written`;
  return null;
}

/** Whether `dir` held a committed store once: a graph file is the mark of one. */
export const hadGraph = (dir: string): boolean => existsSync(dir) && readdirSync(dir).some((name) => /^graph-[0-9a-f]+\.json$/.test(name));

/**
 * A manifest put together from the extraction files that read back (the store's manifest is
 * damaged or gone): each digest once, the one given to this build where two files hold one
 * digest id, else the newer file. It names no graph: the caller builds one.
 */
export function manifestFromExtractions(dir: string, given: readonly DigestRef[]): Manifest {
  const manifest = emptyManifest();
  const dirPath = storePaths(dir).extractions;
  if (!existsSync(dirPath)) return manifest;
  const givenHash = new Map(given.map((d) => [d.id, d.hash]));
  const newest = new Map<string, number>();
  for (const name of readdirSync(dirPath).sort()) {
    const [, hash, taught] = /^([0-9a-f]{64})(?:\.([0-9a-f]{16}))?\.json$/.exec(name) ?? [];
    if (!hash) continue;
    const path = storePaths(dir).extraction(hash, taught);
    if (extractionProblem(path, hash, taught)) continue;
    const bytes = readFileSync(path);
    const { doc, extractor } = parseEntitiesPart(bytes);
    const mtime = statSync(path).mtimeMs;
    const current = manifest.digests[doc.id];
    const better = !current || givenHash.get(doc.id) === hash || (givenHash.get(doc.id) !== current.hash && mtime > newest.get(doc.id)!);
    if (!better) continue;
    const entry: DigestEntry = { hash, file: doc.file, series: doc.series, title: doc.title, date: doc.date, bytes: bytes.length, sha: shortHash(bytes), ...(taught ? { taught } : {}), ...(extractor ? { extractor } : {}) };
    manifest.digests[doc.id] = entry;
    newest.set(doc.id, mtime);
  }
  return manifest;
}
