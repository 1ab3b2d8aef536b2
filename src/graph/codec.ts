// The store's graph file. Line 1 is the graph without its evidence, with repeated strings
// (digest ids, dates, links) in tables and edges as tuples; then one line per edge, in edge
// order, with its evidence. Loading parses line 1 only: each edge's evidence is parsed from its
// line the first time it is read, so a query or the explorer pays only for the evidence it shows.
// An edge names its endpoints by their place in the node list and its dates by the date table:
// numbers parse faster than strings, and the graph then holds one copy of each node key.
import type { EdgeAttributes, Evidence, NodeAttributes } from "../types.ts";
import { Interner } from "../interner.ts";
import { lazyProperty } from "../lazy.ts";
import { edgeKey } from "./edges.ts";
import { createGraph, type GraphAttributes, type KnowledgeGraph } from "./types.ts";
import { useDictionaryAdjacency } from "./dictionary-adjacency.ts";

type EvidenceTuple = [doc: number, date: number, text: string, start: number, end: number, url: number];
type EdgeTuple = [
  source: number,
  target: number,
  predicate: EdgeAttributes["predicate"],
  weight: number,
  firstSeen: number,
  lastSeen: number,
  roles: string[] | null,
];
/** How graph files written before 2026-11-24 name an edge's endpoints and dates: as strings. */
type OldEdgeTuple = [string, string, EdgeAttributes["predicate"], number, string | null, string | null, string[] | null];
type StoredNode = Omit<NodeAttributes, "docs"> & { docs: number[] };

interface GraphHeader {
  tables: { docs: string[]; dates: string[]; urls: string[] };
  attributes: GraphAttributes;
  nodes: [string, StoredNode][];
  edges: (EdgeTuple | OldEdgeTuple)[];
}

const NEWLINE = 10;


export function encodeGraph(graph: KnowledgeGraph): string {
  return [...encodeGraphChunks(graph)].join("");
}

/** Edges whose evidence lines make one chunk of the file. */
const EDGES_PER_CHUNK = 2000;

/**
 * The graph file in chunks (line 1, then the evidence lines a few thousand edges at a time), so
 * a big graph is written without the whole file ever being one string in memory.
 */
export function* encodeGraphChunks(graph: KnowledgeGraph): Generator<string> {
  const docs = new Interner();
  const dates = new Interner();
  const urls = new Interner();
  const place = new Map<string, number>();
  const nodes = graph.mapNodes((key, a): [string, StoredNode] => {
    place.set(key, place.size);
    return [key, { ...a, docs: a.docs.map((d) => docs.id(d)) }];
  });
  const edges: EdgeTuple[] = [];
  // Line 1 holds the tables every evidence line points into: they are filled first.
  graph.forEachEdge((_key, a, source, target) => {
    edges.push([place.get(source)!, place.get(target)!, a.predicate, a.weight, dates.id(a.firstSeen), dates.id(a.lastSeen), a.roles ?? null]);
    for (const e of a.evidence) {
      docs.id(e.doc);
      dates.id(e.date);
      urls.id(e.url);
    }
  });
  const header: GraphHeader = { tables: { docs: docs.values, dates: dates.values, urls: urls.values }, attributes: graph.getAttributes(), nodes, edges };
  yield `${JSON.stringify(header)}\n`;
  // JSON.stringify escapes newlines inside strings, so each edge's evidence is exactly one line.
  let lines: string[] = [];
  for (const { attributes: a } of graph.edgeEntries()) {
    lines.push(JSON.stringify(a.evidence.map((e): EvidenceTuple => [docs.id(e.doc), dates.id(e.date), e.text, e.span.start, e.span.end, urls.id(e.url)])));
    if (lines.length === EDGES_PER_CHUNK) {
      yield `${lines.join("\n")}\n`;
      lines = [];
    }
  }
  if (lines.length) yield `${lines.join("\n")}\n`;
  else if (graph.size === 0) yield "\n"; // as it always was: an empty evidence section
}

export function decodeGraph(file: string | Uint8Array): KnowledgeGraph {
  const bytes = typeof file === "string" ? Buffer.from(file) : Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  let end = bytes.indexOf(NEWLINE);
  if (end < 0) throw new Error("no line break after the graph header");
  const { tables, attributes, nodes, edges } = JSON.parse(bytes.toString("utf8", 0, end)) as GraphHeader;
  const at = (table: string[], i: number): string | null => (i < 0 ? null : table[i]!);
  // Where each edge's evidence line starts and ends in the file.
  const lines = new Float64Array(edges.length * 2);
  const attachEvidence = lazyProperty("evidence", (i: number): Evidence[] =>
    (JSON.parse(bytes.toString("utf8", lines[2 * i], lines[2 * i + 1])) as EvidenceTuple[]).map(([doc, date, text, s, e, url]) => ({
      doc: tables.docs[doc]!,
      date: at(tables.dates, date),
      text,
      span: { start: s, end: e },
      url: at(tables.urls, url),
    })),
  );
  const graph = createGraph();
  graph.replaceAttributes(attributes);
  const keys: string[] = [];
  for (const [key, stored] of nodes) {
    const node = stored as unknown as NodeAttributes;
    node.docs = stored.docs.map((i) => tables.docs[i]!);
    graph.addNode(key, node);
    keys.push(key);
  }
  const nodeKey = (k: number | string): string | undefined => (typeof k === "number" ? keys[k] : k);
  const date = (d: number | string | null): string | null => (typeof d === "number" ? at(tables.dates, d) : d);
  useDictionaryAdjacency(graph);
  edges.forEach(([from, to, predicate, weight, firstSeen, lastSeen, roles], i) => {
    const source = nodeKey(from);
    const target = nodeKey(to);
    if (source === undefined || target === undefined) throw new Error(`edge ${i + 1} names no node (${source === undefined ? from : to})`);
    const start = end + 1;
    end = bytes.indexOf(NEWLINE, start);
    if (end < 0) throw new Error(`the evidence of edge ${edgeKey(predicate, source, target)} is missing (file cut short)`);
    lines[2 * i] = start;
    lines[2 * i + 1] = end;
    const a = { predicate, weight, firstSeen: date(firstSeen), lastSeen: date(lastSeen) } as EdgeAttributes;
    if (roles) a.roles = roles;
    attachEvidence(a, i);
    graph.addEdgeWithKey(edgeKey(predicate, source, target), source, target, a);
  });
  return graph;
}
