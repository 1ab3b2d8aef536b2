// The JSON the API serves: the graph without evidence (what the page draws and filters) and one
// entity's relations with their evidence (what the entity panel lists). Only the second reads
// `evidence`: the store may load it lazily from disk, so the graph payload never touches it.
import type { AbstractGraph } from "graphology-types";
import { graphHeader } from "../graph/codec.ts";
import type { GraphHeader } from "../graph/codec.ts";
import type { KnowledgeGraph } from "../graph/types.ts";
import type { EdgeAttributes, EdgeKind, NodeAttributes } from "../types.ts";

type Graph = AbstractGraph<NodeAttributes, EdgeAttributes>;

/**
 * The graph as the store's graph file encodes its first line (src/graph/codec.ts): strings in
 * tables, edges one flat array of numbers, the alias index. A third of graphology's JSON on the
 * bulk store, and the page decodes it with the store's own decoder (graphFromHeader).
 */
export type GraphPayload = GraphHeader;

export interface EvidenceItem {
  doc: string;
  date: string | null;
  text: string;
  url: string | null;
}

export interface EntityRelations {
  id: string;
  relations: { edge: string; predicate: EdgeKind; source: string; target: string; evidence: EvidenceItem[] }[];
}

export function graphPayload(graph: Graph): GraphPayload {
  return graphHeader(graph as KnowledgeGraph, { evidence: false }).header;
}

/** Every relation of one entity with its evidence, or null when there is no such entity. */
export function entityRelations(graph: Graph, id: string): EntityRelations | null {
  if (!graph.hasNode(id)) return null;
  const relations: EntityRelations["relations"] = [];
  graph.forEachEdge(id, (edge, a, source, target) => {
    const evidence = a.evidence.map(({ doc, date, text, url }) => ({ doc, date, text, url }));
    relations.push({ edge, predicate: a.predicate, source, target, evidence });
  });
  return { id, relations };
}

/** JSON text with <, > and & escaped, so no browser can ever read a response as markup. */
export const safeJson = (value: unknown): string =>
  JSON.stringify(value).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
