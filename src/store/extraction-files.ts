// The store's extraction files (extractions/<digest hash>.json, the source of truth a graph is
// built from): written one by one as extraction produces them, read back one at a time by a
// build, so neither holds the whole corpus's extractions in memory.
import { shortHash } from "../short-hash.ts";
import { mkdirSync, readFileSync } from "node:fs";
import type { Extraction, ExtractionOut } from "../types.ts";
import { writeFileAtomic } from "./atomic.ts";
import type { ExtractionSource } from "../graph/build.ts";
import type { DigestEntry, Manifest } from "./manifest.ts";
import { storePaths } from "./paths.ts";
import { packRelations, unpackRelations } from "./relation-codec.ts";
import { extractorFingerprint } from "../extract/fingerprint.ts";

export const digestEntry = ({ doc }: ExtractionOut): DigestEntry => ({
  hash: doc.hash,
  file: doc.file,
  series: doc.series,
  title: doc.title,
  date: doc.date,
  ...(doc.taught ? { taught: doc.taught } : {}),
});

/**
 * The file is one JSON document with a line break between its entities and its relations (JSON
 * allows it; JSON.stringify escapes every newline inside strings, so it is the first one): a
 * build reads every digest's entities before any relation, and the entities are a tenth of the
 * file. The relations are packed (relation-codec.ts). Mentions serve extraction only (the graph
 * counts them per entity), so they are not stored.
 */
export function extractionFileText({ doc, entities, relations }: Extraction): string {
  return `${JSON.stringify({ doc, entities, extractor: extractorFingerprint() }).slice(0, -1)},\n${JSON.stringify(packRelations(relations)).slice(1)}`;
}

const NEWLINE = 10;

/**
 * The digest and its entities only, from an extraction file's bytes, with the fingerprint of the
 * extractors that wrote it (files written before fingerprints have none; before the line break,
 * they are parsed whole).
 */
export function parseEntitiesPart(bytes: Buffer): Pick<Extraction, "doc" | "entities"> & { extractor?: string } {
  const cut = bytes.indexOf(NEWLINE);
  if (cut < 0) return JSON.parse(bytes.toString("utf8")) as Extraction;
  // The part ends with the comma that separates it from the relations.
  return JSON.parse(`${bytes.toString("utf8", 0, cut - 1)}}`) as Pick<Extraction, "doc" | "entities"> & { extractor?: string };
}

type StoredRelations = Parameters<typeof unpackRelations>[0];

/** The relations only, from an extraction file's bytes (see parseEntitiesPart). */
export function parseRelationsPart(bytes: Buffer): Extraction["relations"] {
  const cut = bytes.indexOf(NEWLINE);
  return unpackRelations(JSON.parse(cut < 0 ? bytes.toString("utf8") : `{${bytes.toString("utf8", cut + 1)}`) as StoredRelations);
}

/** A whole extraction file (without mentions, which are not stored). */
export function parseExtractionFile(text: string): Extraction {
  const { doc, entities, extractor: _, ...relations } = JSON.parse(text) as Pick<Extraction, "doc" | "entities"> & StoredRelations & { extractor?: string };
  return { doc, entities, relations: unpackRelations(relations), mentions: [] };
}

/** An extraction's store file text, serialising it unless a worker did. */
export const encodedText = (x: ExtractionOut): string => ("json" in x ? x.json : extractionFileText(x));

/** The extraction itself, parsed back if it came serialised. */
export const decodeExtraction = (x: ExtractionOut): Extraction => ("json" in x ? parseExtractionFile(x.json) : x);

/**
 * Writes extractions to the store as they come, in order (a digest given twice keeps the later
 * one), and remembers each one's manifest entry. Nothing is committed until the manifest is.
 */
export class ExtractionWriter {
  readonly written = new Map<string, DigestEntry>();
  /** The latest extraction of each digest, when asked to keep them (the incremental path folds them in). */
  readonly kept = new Map<string, Extraction>();
  private queue: Promise<void> = Promise.resolve();
  private failure: unknown = null;

  constructor(
    private readonly dir: string,
    private readonly keep = false,
  ) {
    mkdirSync(storePaths(dir).extractions, { recursive: true });
  }

  put(x: ExtractionOut): void {
    const text = encodedText(x);
    const entry = { ...digestEntry(x), bytes: Buffer.byteLength(text), sha: shortHash(text), extractor: extractorFingerprint() };
    // (The file says the same: a manifest put together again from the files keeps it, repair.ts.)
    this.written.set(x.doc.id, entry);
    if (this.keep) this.kept.set(x.doc.id, decodeExtraction(x));
    this.queue = this.queue.then(() => writeFileAtomic(storePaths(this.dir).extraction(entry.hash, entry.taught), text)).catch((err) => {
      this.failure ??= err;
    });
  }

  /** Resolves once every extraction put so far is on disk; throws the first write error. */
  async flush(): Promise<Map<string, DigestEntry>> {
    await this.queue;
    if (this.failure) throw this.failure;
    return this.written;
  }
}

/** The digests of a manifest as a build's source: each extraction read from disk when the build asks for it. */
export function diskSource(dir: string, digests: Manifest["digests"]): ExtractionSource {
  const paths = storePaths(dir);
  const checked = new Set<string>();
  const read = <T>(id: string, parse: (bytes: Buffer) => T): T => {
    const { hash, taught, sha } = digests[id]!;
    const path = paths.extraction(hash, taught);
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (err) {
      // A file that is not there is damage; one the system will not read (EACCES, EMFILE) is not.
      if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
      throw new StoreFileError(path, err);
    }
    if (sha !== undefined && !checked.has(id)) {
      if (shortHash(bytes) !== sha) throw new StoreFileError(path, new Error(OTHER_BYTES));
      checked.add(id);
    }
    try {
      return parse(bytes);
    } catch (err) {
      throw new StoreFileError(path, err);
    }
  };
  return {
    docs: Object.entries(digests).map(([id, d]) => ({ id, date: d.date })),
    loadEntities: (id) => read(id, parseEntitiesPart),
    loadRelations: (id) => read(id, parseRelationsPart),
  };
}

/** A store file that cannot be read or parsed (the store is damaged). */
export class StoreFileError extends Error {
  readonly problem: string;
  constructor(
    readonly path: string,
    cause: unknown,
  ) {
    const code = (cause as NodeJS.ErrnoException).code;
    const problem = code === "ENOENT" ? "missing" : code ? `cannot be read (${code})` : (cause as Error).message === OTHER_BYTES ? OTHER_BYTES : "not valid JSON (cut short?)";
    super(`${path}: ${problem}`);
    this.problem = problem;
    this.name = "StoreFileError";
  }
}

/** The problem of an extraction file whose bytes are not those written (its checksum differs). */
export const OTHER_BYTES = "not the bytes that were written (its checksum differs)";
