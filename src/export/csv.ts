// Plain CSV for spreadsheets and pandas: nodes.csv, edges.csv (latest evidence inline) and
// evidence.csv (every piece of evidence the store keeps, one per line, with its digest's title).
import type { KnowledgeGraph } from "../graph/types.ts";
import type { Cell } from "./csv-format.ts";
import { csvTable } from "./csv-format.ts";
import type { ExportFile, ExportOptions } from "./types.ts";

/** Separator inside list cells (aliases, roles). */
export const LIST_SEPARATOR = "|";

const NODE_HEADER = ["id", "name", "type", "aliases", "mentions", "digests", "firstSeen", "lastSeen", "community", "pagerank", "degree", "weightedDegree", "betweenness", "x", "y"];
const EDGE_HEADER = ["id", "source", "target", "predicate", "weight", "roles", "firstSeen", "lastSeen", "evidence", "evidenceDoc", "evidenceDate", "evidenceUrl", "evidenceTitle"];
const EVIDENCE_HEADER = ["edge", "source", "target", "predicate", "doc", "date", "text", "url", "title"];

export function nodeRows(graph: KnowledgeGraph): Cell[][] {
  return graph.mapNodes((node, a) => [
    node, a.name, a.type, a.aliases.join(LIST_SEPARATOR), a.mentions, a.docs.length, a.firstSeen, a.lastSeen,
    a.community, a.pagerank, a.degree, a.weightedDegree, a.betweenness, a.x, a.y,
  ]);
}

export function writeCsv(graph: KnowledgeGraph, { titleOf }: ExportOptions = {}): ExportFile[] {
  const edges = graph.mapEdges((edge, a, source, target) => {
    const latest = a.evidence[0];
    return [edge, source, target, a.predicate, a.weight, a.roles?.join(LIST_SEPARATOR), a.firstSeen, a.lastSeen, latest?.text, latest?.doc, latest?.date, latest?.url, latest && titleOf?.(latest.doc)];
  });
  const evidence: Cell[][] = [];
  graph.forEachEdge((edge, a, source, target) => {
    for (const e of a.evidence) evidence.push([edge, source, target, a.predicate, e.doc, e.date, e.text, e.url, titleOf?.(e.doc)]);
  });
  return [
    { name: "nodes.csv", content: csvTable(NODE_HEADER, nodeRows(graph)) },
    { name: "edges.csv", content: csvTable(EDGE_HEADER, edges) },
    { name: "evidence.csv", content: csvTable(EVIDENCE_HEADER, evidence) },
  ];
}
