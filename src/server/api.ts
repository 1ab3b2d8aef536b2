// The JSON the API serves: the graph without evidence (what the page draws and filters) and one
// entity's relations with their evidence (what the entity panel lists). Only the second reads
// `evidence`: the store may load it lazily from disk, so the graph payload never touches it.
import type { AbstractGraph } from "graphology-types";
import { graphHeader } from "../store/codec.ts";
import type { GraphHeader } from "../store/codec.ts";
import type { KnowledgeGraph } from "../graph/types.ts";
import type { EdgeAttributes, EdgeKind, NodeAttributes } from "../types.ts";

type Graph = AbstractGraph<NodeAttributes, EdgeAttributes>;

/**
 * The graph as the store's graph file encodes its first line (src/store/codec.ts): strings in
 * tables, edges one flat array of numbers, the alias index. A third of graphology's JSON on the
 * bulk store, and the page decodes it with the store's own decoder (graphFromHeader).
 */
export type GraphPayload = GraphHeader;

/** Which version of the graph /api/graph sends: 0 at start, one more after each correction (curation-routes.ts answers the versions before and after). */
export const GRAPH_VERSION_HEADER = "X-Aikg-Graph-Version";

export interface EvidenceItem {
  doc: string;
  date: string | null;
  text: string;
  url: string | null;
}

export interface EntityRelations {
  id: string;
  relations: {
    edge: string;
    predicate: EdgeKind;
    source: string;
    target: string;
    /** The newest pieces of evidence, at most ENTITY_EVIDENCE; GET /api/evidence pages the rest. */
    evidence: EvidenceItem[];
    /** How many pieces the store keeps for the relation (its weight counts every one seen). */
    evidenceKept: number;
  }[];
}

/** Evidence per relation in an entity's answer: a hub has thousands of relations. */
export const ENTITY_EVIDENCE = 5;

const item = ({ doc, date, text, url }: EdgeAttributes["evidence"][number]): EvidenceItem => ({ doc, date, text, url });

export function graphPayload(graph: Graph): GraphPayload {
  return graphHeader(graph as KnowledgeGraph, { evidence: false }).header;
}

export interface EvidencePage {
  edge: string;
  /** Every piece of evidence seen for the relation. */
  weight: number;
  /** The pieces the store keeps (the newest; see README, "The graph"). */
  kept: number;
  offset: number;
  /** Newest first, from `offset`. */
  evidence: EvidenceItem[];
}

/** One page of a relation's kept evidence, or null when there is no such edge. */
export function evidencePage(graph: Graph, edge: string, offset: number, limit: number): EvidencePage | null {
  if (!graph.hasEdge(edge)) return null;
  const a = graph.getEdgeAttributes(edge);
  const kept = a.evidence;
  return { edge, weight: a.weight, kept: kept.length, offset, evidence: kept.slice(offset, offset + limit).map(item) };
}

/** JSON text with <, > and & escaped, so no browser can ever read a response as markup. */
export const safeJson = (value: unknown): string =>
  JSON.stringify(value).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
