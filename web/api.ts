// The page's requests: the store's graph (graphology's serialisation, without evidence) once, and
// one entity's evidence when the entity panel shows it.
import type { EntityRelations, EvidenceItem, GraphPayload } from "../src/server/api.ts";
import { graphFromHeader } from "../src/graph/codec.ts";
import type { AliasIndex } from "../src/query/alias-index.ts";
import type { KnowledgeGraph } from "../src/graph/types.ts";
import type { Evidence } from "../src/types.ts";

export type { EvidenceItem };

/** Evidence is not sent with the graph (the entity panel fetches it): edges on the page hold none. */
const NO_EVIDENCE = Object.freeze([]) as unknown as Evidence[];

export interface LoadedGraph {
  graph: KnowledgeGraph;
  /** The store's alias index, sent with the graph (undefined when the store's is keyed otherwise). */
  aliasIndex: AliasIndex | undefined;
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
  return loaded;
}

/** Evidence by edge key, for every relation of one entity. */
export type EvidenceByEdge = ReadonlyMap<string, EvidenceItem[]>;

async function requestEvidence(id: string): Promise<EvidenceByEdge> {
  const response = await fetch(`/api/entity/${encodeURIComponent(id)}`, { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`the server answered ${response.status}`);
  const body = (await response.json()) as EntityRelations;
  return new Map(body.relations.map((r) => [r.edge, r.evidence]));
}

const CACHED_ENTITIES = 32;
const cache = new Map<string, Promise<EvidenceByEdge>>();

/** One entity's evidence; recent answers are kept, so moving back and forth asks once. */
export function fetchEvidence(id: string): Promise<EvidenceByEdge> {
  const hit = cache.get(id);
  if (hit) {
    cache.delete(id);
    cache.set(id, hit);
    return hit;
  }
  const request = requestEvidence(id);
  cache.set(id, request);
  request.catch(() => cache.delete(id)); // a failure is not remembered: the next look asks again
  if (cache.size > CACHED_ENTITIES) cache.delete(cache.keys().next().value!);
  return request;
}
