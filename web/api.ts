// The page's requests: the store's graph (graphology's serialisation, without evidence) once, and
// one entity's evidence when the entity panel shows it.
import { GRAPH_VERSION_HEADER, type EntityRelations, type EvidenceItem, type EvidencePage, type GraphPayload } from "../src/server/api.ts";
import type { DigestEntry, Manifest } from "../src/store/manifest.ts";
import { graphFromHeader } from "../src/store/codec.ts";
import type { AliasIndex } from "../src/query/alias-index.ts";
import type { KnowledgeGraph } from "../src/graph/types.ts";
import type { Evidence } from "../src/types.ts";

export type { EvidenceItem, EvidencePage };

/** The store's digests by id (the manifest's): the panel names a digest by its title and date. */
export type Digests = ReadonlyMap<string, DigestEntry>;

/** Evidence is not sent with the graph (the entity panel fetches it): edges on the page hold none. */
export const NO_EVIDENCE = Object.freeze([]) as unknown as Evidence[];

export interface LoadedGraph {
  graph: KnowledgeGraph;
  /** The store's alias index, sent with the graph (undefined when the store's is keyed otherwise). */
  aliasIndex: AliasIndex | undefined;
  /** Which version of the served graph it is (a correction answers the versions before and after). */
  version: number;
}

/** The store's graph, decoded by the store's own decoder from the header the server sends. */
export async function fetchGraph(): Promise<LoadedGraph> {
  // Exactly the request index.html preloads (no extra headers), so the browser reuses it.
  const response = await fetch("/api/graph");
  if (!response.ok) throw new Error(`the server answered ${response.status} for /api/graph`);
  performance.mark("graph-response");
  const payload = JSON.parse(await response.text()) as GraphPayload;
  performance.mark("graph-parsed");
  const loaded = graphFromHeader(payload, (attributes) => (attributes.evidence = NO_EVIDENCE));
  performance.mark("graph-built");
  return { ...loaded, version: Number(response.headers.get(GRAPH_VERSION_HEADER) ?? 0) };
}

/** A relation's first evidence, as an entity's answer carries it, and how much the store keeps. */
export interface RelationEvidence {
  evidence: EvidenceItem[];
  kept: number;
}

/** Evidence by edge key, for every relation of one entity. */
export type EvidenceByEdge = ReadonlyMap<string, RelationEvidence>;

async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(url, { headers: { Accept: "application/json" }, ...(signal ? { signal } : {}) });
  if (!response.ok) throw new Error(`the server answered ${response.status}`);
  return (await response.json()) as T;
}

/** Relations asked for after the first page (which is the server's default: the 200 strongest). */
const LATER_PAGE = 1000;

/** One entity's evidence as it arrives: the first page of its relations, then all of them. */
export interface EntityEvidence {
  /** The strongest relations' evidence (the server's first page), to show at once. */
  first: Promise<EvidenceByEdge>;
  /** Every relation's, the later pages added to the same map. */
  all: Promise<EvidenceByEdge>;
}

interface EvidenceRequest extends EntityEvidence {
  /** Stops asking for pages (both promises then fail with an AbortError). */
  stop: () => void;
}

/** Whether a request failed because it was stopped (stopEvidence), not because the server refused it. */
export const wasStopped = (err: unknown): boolean => err instanceof Error && err.name === "AbortError";

function requestEvidence(id: string): EvidenceRequest {
  const found = new Map<string, RelationEvidence>();
  const controller = new AbortController();
  const page = async (query: string): Promise<number | null> => {
    const body = await getJson<EntityRelations & { next?: number | null }>(`/api/entity/${encodeURIComponent(id)}${query}`, controller.signal);
    for (const r of body.relations) found.set(r.edge, { evidence: r.evidence, kept: r.evidenceKept ?? r.evidence.length });
    return body.next ?? null;
  };
  const first = page("");
  const all = first.then(async (next) => {
    for (let at = next; at !== null; ) at = await page(`?offset=${at}&limit=${LATER_PAGE}`);
    return found as EvidenceByEdge;
  });
  return { first: first.then(() => found), all, stop: () => controller.abort() };
}

/** One page of a relation's kept evidence (newest first, from `offset`). */
export const fetchEvidencePage = (edge: string, offset: number, limit: number): Promise<EvidencePage> =>
  getJson<EvidencePage>(`/api/evidence?${new URLSearchParams({ edge, offset: String(offset), limit: String(limit) })}`);

/** The digests the store was built from, by id: title, date, series. Empty if it cannot be had. */
export async function fetchDigests(): Promise<Digests> {
  try {
    const manifest = await getJson<Partial<Manifest> | null>("/api/manifest");
    return new Map(Object.entries(manifest?.digests ?? {}));
  } catch {
    return new Map();
  }
}

const CACHED_ENTITIES = 32;
const cache = new Map<string, EvidenceRequest>();

/** Forgets the evidence kept: a correction moved relations between entities, or took them away. */
export const forgetEvidence = (): void => cache.clear();

/**
 * Stops asking for these entities' evidence and forgets it: a correction is about to take them
 * away, and a later page asked for after it would find them gone (a 404 in the console).
 */
export function stopEvidence(ids: readonly string[]): void {
  for (const id of ids) {
    cache.get(id)?.stop();
    cache.delete(id);
  }
}

/** One entity's evidence; recent answers are kept, so moving back and forth asks once. */
export function fetchEvidence(id: string): EntityEvidence {
  const hit = cache.get(id);
  if (hit) {
    cache.delete(id);
    cache.set(id, hit);
    return hit;
  }
  const request = requestEvidence(id);
  cache.set(id, request);
  request.all.catch(() => cache.get(id) === request && cache.delete(id)); // a failure is not remembered: the next look asks again
  if (cache.size > CACHED_ENTITIES) cache.delete(cache.keys().next().value!);
  return request;
}
