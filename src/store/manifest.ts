// The store's manifest: which digests the graph was built from, and which graph file is current.
// Renaming a new manifest into place is the one step that commits a write.
import type { Doc } from "../types.ts";
import { extractorFingerprint } from "../extract/fingerprint.ts";

/** Bump when the store layout or the graph's attributes change incompatibly. */
export const FORMAT_VERSION = 4;

/**
 * Versions this aikg still reads (and keeps, until its next full build writes the current one).
 * 3: an edge of the graph file names its endpoints by place in the node list, where 2 named
 * them by key: an aikg that reads only 2 refuses a version-3 store in one line.
 * 4: the graph file's edges are one flat array of numbers, where 3 gave each edge an array.
 */
export const READABLE_VERSIONS: readonly number[] = [2, 3, 4];

export type DigestEntry = Pick<Doc, "hash" | "file" | "series" | "title" | "date"> & {
  /** The extraction file's size: a file of another size is damaged (stores written before have none). */
  bytes?: number;
  /** The start of the extraction file's SHA-256: a file of the right size with other bytes is damaged too (stores written before have none). */
  sha?: string;
  /** The taught names (a curation's) the digest mentions, as extraction used them (src/resolve/taught.ts); none when absent. */
  taught?: string;
  /** The fingerprint of the extractors that extracted it (src/extract/fingerprint.ts); stores written before have none. */
  extractor?: string;
};

export interface Manifest {
  formatVersion: number;
  /** File name of the current graph, relative to the store directory. */
  graph: string;
  /** Its size: a graph file of another size is damaged (stores written before have none). */
  graphBytes?: number;
  /** The entity records the graph was built from (stored-records.ts); stores written before have none. */
  records?: string;
  updatedAt: string;
  /** Digests stored; nodes and edges of the graph file (pending digests are not counted in). */
  counts: { digests: number; nodes: number; edges: number };
  /** Digest id (file stem) → what it was built from. */
  digests: Record<string, DigestEntry>;
  /**
   * Digests added since the graph file was built (the incremental path): readers fold their
   * extractions into the graph as they load it; the next full build takes them in.
   */
  pending?: string[];
  /**
   * The node of each pending digest's entity id whose node is not its own id, as the write that
   * checked they fold exactly worked it out: a reader folds them in without resolving ids again.
   */
  pendingNodes?: Record<string, string>;
  /**
   * The curation the analyses were computed with (its hash, src/curate/load.ts): the graph file
   * holds the graph as built, readers curate it as they load it.
   */
  curation?: string;
  /**
   * Digests extracted apart from the others (added, changed or removed) since every digest was
   * last extracted together: a name a cue types in one digest is looked for in the digests
   * extracted with it (src/extract/corpus.ts), so names learnt from these are not yet looked for
   * in the rest. `build DIR --full` extracts them all again as one corpus. None when absent.
   */
  extractedApart?: string[];
}

export function emptyManifest(): Manifest {
  return { formatVersion: FORMAT_VERSION, graph: "", updatedAt: "", counts: { digests: 0, nodes: 0, edges: 0 }, digests: {} };
}

/** The manifest's extractedApart after a write that extracted `written` and took out `removed`, leaving `digests`. */
export function extractedApart(current: Manifest | null, written: Iterable<string>, removed: Iterable<string>, digests: Record<string, unknown>): string[] {
  const together = new Set(written);
  if (Object.keys(digests).every((id) => together.has(id))) return []; // every digest in one batch
  return [...new Set([...(current?.extractedApart ?? []), ...together, ...removed])].sort();
}

/** The stored digests another aikg's extractors extracted (or one that did not say which): `build --full` extracts them again. */
export function extractedByOthers(manifest: Manifest, fingerprint = extractorFingerprint()): string[] {
  return Object.entries(manifest.digests)
    .filter(([, d]) => d.extractor !== fingerprint)
    .map(([id]) => id)
    .sort();
}
