// The JSON the API serves: the graph without evidence (what the page draws and filters) and one
// entity's relations with their evidence (what the entity panel lists). Only the second reads
// `evidence`: the store may load it lazily from disk, so the graph payload never touches it.
import type { AbstractGraph, Attributes } from "graphology-types";
import type { EdgeAttributes, EdgeKind, NodeAttributes } from "../types.ts";

type Graph = AbstractGraph<NodeAttributes, EdgeAttributes>;

/** An edge as /api/graph sends it: every attribute but `evidence` (`weight` counts it). */
export type EdgeSummary = Omit<EdgeAttributes, "evidence">;

/** graphology's serialisation format (`graph.export()`), with evidence left out. */
export interface GraphPayload {
  options: { type: string; multi: boolean; allowSelfLoops: boolean };
  attributes: Attributes;
  nodes: { key: string; attributes: NodeAttributes }[];
  edges: { key: string; source: string; target: string; attributes: EdgeSummary }[];
}

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

function withoutEvidence(attributes: EdgeAttributes): EdgeSummary {
  const out: Record<string, unknown> = {};
  // Keys only: reading `evidence` itself could cost a disk read.
  for (const key of Object.keys(attributes)) if (key !== "evidence") out[key] = attributes[key as keyof EdgeAttributes];
  return out as unknown as EdgeSummary;
}

export function graphPayload(graph: Graph): GraphPayload {
  const nodes: GraphPayload["nodes"] = [];
  const edges: GraphPayload["edges"] = [];
  graph.forEachNode((key, attributes) => void nodes.push({ key, attributes }));
  graph.forEachEdge((key, attributes, source, target) => void edges.push({ key, source, target, attributes: withoutEvidence(attributes) }));
  return {
    options: { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops },
    attributes: graph.getAttributes(),
    nodes,
    edges,
  };
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
