// The store's graph file. Line 1 is the graph without its evidence, with repeated strings
// (digest ids, dates, links) in tables and edges as tuples; then one line per edge, in edge
// order, with its evidence. Loading parses line 1 only: each edge's evidence is parsed from its
// line the first time it is read, so a query or the explorer pays only for the evidence it shows.
import type { EdgeAttributes, Evidence, NodeAttributes } from "../types.ts";
import { edgeKey } from "./edges.ts";
import { createGraph, type GraphAttributes, type KnowledgeGraph } from "./types.ts";

type EvidenceTuple = [doc: number, date: number, text: string, start: number, end: number, url: number];
type EdgeTuple = [
  source: string,
  target: string,
  predicate: EdgeAttributes["predicate"],
  weight: number,
  firstSeen: string | null,
  lastSeen: string | null,
  roles: string[] | null,
];
type StoredNode = Omit<NodeAttributes, "docs"> & { docs: number[] };

interface GraphHeader {
  tables: { docs: string[]; dates: string[]; urls: string[] };
  attributes: GraphAttributes;
  nodes: [string, StoredNode][];
  edges: EdgeTuple[];
}

const NEWLINE = 10;

/** Strings as indices into a table; null as -1. */
class Interner {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();
  id(value: string | null): number {
    if (value === null) return -1;
    let i = this.index.get(value);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(value);
      this.index.set(value, i);
    }
    return i;
  }
}

export function encodeGraph(graph: KnowledgeGraph): string {
  const docs = new Interner();
  const dates = new Interner();
  const urls = new Interner();
  const nodes = graph.mapNodes((key, a): [string, StoredNode] => [key, { ...a, docs: a.docs.map((d) => docs.id(d)) }]);
  const edges: EdgeTuple[] = [];
  // JSON.stringify escapes newlines inside strings, so each edge's evidence is exactly one line.
  const evidenceLines: string[] = [];
  graph.forEachEdge((_key, a, source, target) => {
    edges.push([source, target, a.predicate, a.weight, a.firstSeen, a.lastSeen, a.roles ?? null]);
    const tuples = a.evidence.map((e): EvidenceTuple => [docs.id(e.doc), dates.id(e.date), e.text, e.span.start, e.span.end, urls.id(e.url)]);
    evidenceLines.push(JSON.stringify(tuples));
  });
  const header: GraphHeader = { tables: { docs: docs.values, dates: dates.values, urls: urls.values }, attributes: graph.getAttributes(), nodes, edges };
  return `${JSON.stringify(header)}\n${evidenceLines.join("\n")}\n`;
}

/** Gives `attributes.evidence` a getter that parses it from the file on first read (then it is a plain value). */
function lazyEvidence(attributes: EdgeAttributes, parse: () => Evidence[]): void {
  Object.defineProperty(attributes, "evidence", {
    enumerable: true,
    configurable: true,
    get(this: EdgeAttributes): Evidence[] {
      const evidence = parse();
      Object.defineProperty(this, "evidence", { value: evidence, enumerable: true, configurable: true, writable: true });
      return evidence;
    },
    set(this: EdgeAttributes, evidence: Evidence[]) {
      Object.defineProperty(this, "evidence", { value: evidence, enumerable: true, configurable: true, writable: true });
    },
  });
}

export function decodeGraph(file: string | Uint8Array): KnowledgeGraph {
  const bytes = typeof file === "string" ? Buffer.from(file) : Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  let end = bytes.indexOf(NEWLINE);
  if (end < 0) throw new Error("no line break after the graph header");
  const { tables, attributes, nodes, edges } = JSON.parse(bytes.toString("utf8", 0, end)) as GraphHeader;
  const at = (table: string[], i: number): string | null => (i < 0 ? null : table[i]!);
  const evidenceAt = (start: number, stop: number) => (): Evidence[] =>
    (JSON.parse(bytes.toString("utf8", start, stop)) as EvidenceTuple[]).map(([doc, date, text, s, e, url]) => ({
      doc: tables.docs[doc]!,
      date: at(tables.dates, date),
      text,
      span: { start: s, end: e },
      url: at(tables.urls, url),
    }));
  const graph = createGraph();
  graph.replaceAttributes(attributes);
  for (const [key, stored] of nodes) {
    const attributes = stored as unknown as NodeAttributes;
    attributes.docs = stored.docs.map((i) => tables.docs[i]!);
    graph.addNode(key, attributes);
  }
  for (const [source, target, predicate, weight, firstSeen, lastSeen, roles] of edges) {
    const start = end + 1;
    end = bytes.indexOf(NEWLINE, start);
    if (end < 0) throw new Error(`the evidence of edge ${edgeKey(predicate, source, target)} is missing (file cut short)`);
    const a = { predicate, weight, firstSeen, lastSeen } as EdgeAttributes;
    lazyEvidence(a, evidenceAt(start, end));
    if (roles) a.roles = roles;
    graph.addEdgeWithKey(edgeKey(predicate, source, target), source, target, a);
  }
  return graph;
}
