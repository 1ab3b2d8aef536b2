// The store's graph file. Line 1 is the graph without its evidence, with repeated strings
// (digest ids, dates, links, predicates) in tables; then one line per edge, in edge order, with
// its evidence. Loading parses line 1 only: each edge's evidence is parsed from its line the first
// time it is read, so a query or the explorer pays only for the evidence it shows.
// Edges are one flat array of numbers, EDGE_FIELDS per edge: endpoints by their place in the node
// list, the predicate and the dates by their place in the tables. A flat array of numbers parses
// in half the time of an array per edge, and the graph then holds one copy of each node key.
// A sentence that is the evidence of several edges (a co-mention names every pair of a sentence)
// is written once, on a text line after the edge lines, and evidence points to it by number.
import type { EdgeAttributes, Evidence, NodeAttributes } from "../types.ts";
import { Interner } from "../interner.ts";
import { lazyProperty } from "../lazy.ts";
import { edgeKey } from "../graph/edges.ts";
import { createGraph, type GraphAttributes, type KnowledgeGraph } from "../graph/types.ts";
import { useDictionaryAdjacency } from "../graph/dictionary-adjacency.ts";
import { currentLayout, type StoredHeader } from "./legacy-edges.ts";
import { createAliasIndex, type AliasIndex } from "../query/alias-index.ts";
import { packAliases, unpackAliases, type StoredAliases } from "./stored-aliases.ts";

/** `text` is the text itself, or the number of its text line when other evidence shares it. */
type EvidenceTuple = [doc: number, date: number, text: string | number, start: number, end: number, url: number];
type StoredNode = Omit<NodeAttributes, "docs"> & { docs: number[] };

/** source, target, predicate, weight, firstSeen, lastSeen. */
export const EDGE_FIELDS = 6;

export interface GraphHeader {
  tables: { docs: string[]; dates: string[]; urls: string[]; predicates: string[] };
  attributes: GraphAttributes;
  nodes: [string, StoredNode][];
  edges: number[];
  /** The edges that have roles, by their place in the edge list. */
  roles?: [edge: number, roles: string[]][];
  /** The alias index as written (stored-aliases.ts); files written before it have none. */
  aliases?: StoredAliases;
  /** How many text lines follow the edge lines (evidence texts shared by several pieces); files written before them have none. */
  texts?: number;
}

const NEWLINE = 10;

export function encodeGraph(graph: KnowledgeGraph): string {
  return [...encodeGraphChunks(graph)].join("");
}

/**
 * JSON with every character past ASCII written as a \u escape. The header holds a few thousand
 * such characters among millions: escaped, it decodes to a one-byte string, which V8 parses
 * about a third faster than the two-byte string a single CJK character makes of the whole.
 */
const asciiJson = (value: unknown): string =>
  JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

/** Edges whose evidence lines make one chunk of the file. */
const EDGES_PER_CHUNK = 2000;

export interface HeaderOptions {
  /**
   * Intern the evidence's digests, dates and links too, as the evidence lines point into the
   * tables. Without it, evidence is never read (a store may load it lazily from disk): the
   * explorer's graph payload is this header.
   */
  evidence: boolean;
}

/** Line 1 of the graph file, and the tables it holds (the evidence lines point into them). */
export function graphHeader(graph: KnowledgeGraph, options: HeaderOptions = { evidence: true }): { header: GraphHeader; docs: Interner; dates: Interner; urls: Interner; texts: SharedTexts } {
  const docs = new Interner();
  const texts = new SharedTexts();
  const dates = new Interner();
  const urls = new Interner();
  const place = new Map<string, number>();
  const nodes = graph.mapNodes((key, a): [string, StoredNode] => {
    place.set(key, place.size);
    return [key, { ...a, docs: a.docs.map((d) => docs.id(d)) }];
  });
  const predicates = new Interner();
  const edges: number[] = [];
  const roles: [number, string[]][] = [];
  // Line 1 holds the tables every evidence line points into: they are filled first.
  graph.forEachEdge((_key, a, source, target) => {
    if (a.roles) roles.push([edges.length / EDGE_FIELDS, a.roles]);
    edges.push(place.get(source)!, place.get(target)!, predicates.id(a.predicate), a.weight, dates.id(a.firstSeen), dates.id(a.lastSeen));
    if (!options.evidence) return;
    for (const e of a.evidence) {
      docs.id(e.doc);
      dates.id(e.date);
      urls.id(e.url);
      texts.count(e.text);
    }
  });
  const tables = { docs: docs.values, dates: dates.values, urls: urls.values, predicates: predicates.values };
  const aliases = packAliases(createAliasIndex(graph), place);
  const header: GraphHeader = { tables, attributes: graph.getAttributes(), nodes, edges, roles, aliases };
  if (options.evidence) header.texts = texts.share();
  return { header, docs, dates, urls, texts };
}

/** Evidence texts met more than once, numbered in the order first met. */
class SharedTexts {
  private readonly times = new Map<string, number>();
  private readonly numbers = new Map<string, number>();
  /** The shared texts, by number. */
  readonly values: string[] = [];

  count(text: string): void {
    this.times.set(text, (this.times.get(text) ?? 0) + 1);
  }

  /** Ends the counting: the texts met twice or more get their numbers. Returns how many. */
  share(): number {
    for (const [text, times] of this.times) if (times > 1) this.numbers.set(text, this.values.push(text) - 1);
    this.times.clear();
    return this.values.length;
  }

  /** The text's number if shared, else the text. */
  ref(text: string): string | number {
    return this.numbers.get(text) ?? text;
  }
}

/**
 * The graph file in chunks (line 1, then the evidence lines a few thousand edges at a time), so
 * a big graph is written without the whole file ever being one string in memory.
 */
export function* encodeGraphChunks(graph: KnowledgeGraph): Generator<string> {
  const { header, docs, dates, urls, texts } = graphHeader(graph);
  yield `${asciiJson(header)}\n`;
  // JSON.stringify escapes newlines inside strings, so each edge's evidence, and each text, is exactly one line.
  let lines: string[] = [];
  for (const { attributes: a } of graph.edgeEntries()) {
    lines.push(JSON.stringify(a.evidence.map((e): EvidenceTuple => [docs.id(e.doc), dates.id(e.date), texts.ref(e.text), e.span.start, e.span.end, urls.id(e.url)])));
    if (lines.length === EDGES_PER_CHUNK) {
      yield `${lines.join("\n")}\n`;
      lines = [];
    }
  }
  for (const text of texts.values) {
    lines.push(JSON.stringify(text));
    if (lines.length === EDGES_PER_CHUNK) {
      yield `${lines.join("\n")}\n`;
      lines = [];
    }
  }
  if (lines.length) yield `${lines.join("\n")}\n`;
  else if (graph.size === 0) yield "\n"; // as it always was: an empty evidence section
}

/**
 * The graph a header describes, and the alias index stored with it (undefined when it has none
 * that fits). `onEdge` gives each edge's attributes what the header does not hold (evidence),
 * in edge order, before the edge is added.
 */
export function graphFromHeader(
  header: GraphHeader,
  onEdge: (attributes: EdgeAttributes, index: number, key: string) => void,
): { graph: KnowledgeGraph; aliasIndex: AliasIndex | undefined } {
  const { tables, attributes, nodes, edges, roles = [] } = header;
  if (edges.length % EDGE_FIELDS !== 0) throw new Error(`the edge list holds ${edges.length} numbers, not ${EDGE_FIELDS} per edge`);
  const count = edges.length / EDGE_FIELDS;
  const rolesOf = new Map(roles);
  const at = (table: string[], i: number): string | null => (i < 0 ? null : table[i]!);
  const graph = createGraph();
  graph.replaceAttributes(attributes);
  const keys: string[] = [];
  for (const [key, stored] of nodes) {
    const node = stored as unknown as NodeAttributes;
    node.docs = stored.docs.map((i) => tables.docs[i]!);
    graph.addNode(key, node);
    keys.push(key);
  }
  useDictionaryAdjacency(graph);
  for (let i = 0, o = 0; i < count; i++, o += EDGE_FIELDS) {
    const source = keys[edges[o]!];
    const target = keys[edges[o + 1]!];
    if (source === undefined || target === undefined) throw new Error(`edge ${i + 1} names no node (${source === undefined ? edges[o] : edges[o + 1]})`);
    const predicate = tables.predicates[edges[o + 2]!] as EdgeAttributes["predicate"] | undefined;
    if (predicate === undefined) throw new Error(`edge ${i + 1} names no predicate (${edges[o + 2]})`);
    const key = edgeKey(predicate, source, target);
    const a = { predicate, weight: edges[o + 3]!, firstSeen: at(tables.dates, edges[o + 4]!), lastSeen: at(tables.dates, edges[o + 5]!) } as EdgeAttributes;
    const edgeRoles = rolesOf.get(i);
    if (edgeRoles) a.roles = edgeRoles;
    onEdge(a, i, key);
    graph.addEdgeWithKey(key, source, target, a);
  }
  return { graph, aliasIndex: unpackAliases(header.aliases, keys) };
}

export const decodeGraph = (file: string | Uint8Array): KnowledgeGraph => decodeGraphFile(file).graph;

/** The graph, and the alias index stored with it (undefined when the file has none that fits). */
export function decodeGraphFile(file: string | Uint8Array): { graph: KnowledgeGraph; aliasIndex: AliasIndex | undefined } {
  const bytes = typeof file === "string" ? Buffer.from(file) : Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  let end = bytes.indexOf(NEWLINE);
  if (end < 0) throw new Error("no line break after the graph header");
  const header = currentLayout(JSON.parse(bytes.toString("utf8", 0, end)) as StoredHeader);
  const { tables } = header;
  const at = (table: string[], i: number): string | null => (i < 0 ? null : table[i]!);
  // Where each edge's evidence line starts and ends in the file.
  const lines = new Float64Array(header.edges.length / EDGE_FIELDS * 2);
  const textLines = new Float64Array((header.texts ?? 0) * 2);
  const line = (offsets: Float64Array, i: number): unknown => JSON.parse(bytes.toString("utf8", offsets[2 * i], offsets[2 * i + 1]));
  const attachEvidence = lazyProperty("evidence", (i: number): Evidence[] =>
    (line(lines, i) as EvidenceTuple[]).map(([doc, date, text, s, e, url]) => ({
      doc: tables.docs[doc]!,
      date: at(tables.dates, date),
      text: typeof text === "string" ? text : (line(textLines, text) as string),
      span: { start: s, end: e },
      url: at(tables.urls, url),
    })),
  );
  /** Notes where the next line starts and ends, or says what is missing. */
  const nextLine = (offsets: Float64Array, i: number, missing: () => string): void => {
    const start = end + 1;
    end = bytes.indexOf(NEWLINE, start);
    if (end < 0) throw new Error(`${missing()} is missing (file cut short)`);
    offsets[2 * i] = start;
    offsets[2 * i + 1] = end;
  };
  const decoded = graphFromHeader(header, (a, i, key) => {
    nextLine(lines, i, () => `the evidence of edge ${key}`);
    attachEvidence(a, i);
  });
  for (let t = 0; t < textLines.length / 2; t++) nextLine(textLines, t, () => `evidence text ${t + 1} of ${header.texts}`);
  return decoded;
}
