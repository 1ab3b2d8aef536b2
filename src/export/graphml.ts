// GraphML (yEd, Gephi, igraph, networkx): every node and edge attribute as a typed <data> key;
// lists and evidence as JSON text. readGraphml reverses it exactly (graphology-graphml parses).
import { parse } from "graphology-graphml";
import { MultiDirectedGraph } from "graphology";
import type { KnowledgeGraph } from "../graph/types.ts";
import { createGraph } from "../graph/types.ts";
import { escapeXml, escapeXmlText } from "./xml.ts";

type KeyType = "string" | "int" | "double" | "json";
interface KeySpec {
  name: string;
  type: KeyType;
}

const NODE_KEYS: KeySpec[] = [
  { name: "label", type: "string" },
  { name: "name", type: "string" },
  { name: "type", type: "string" },
  { name: "aliases", type: "json" },
  { name: "mentions", type: "int" },
  { name: "firstSeen", type: "string" },
  { name: "lastSeen", type: "string" },
  { name: "docs", type: "json" },
  { name: "community", type: "int" },
  { name: "pagerank", type: "double" },
  { name: "degree", type: "int" },
  { name: "weightedDegree", type: "double" },
  { name: "betweenness", type: "double" },
  { name: "x", type: "double" },
  { name: "y", type: "double" },
];

const EDGE_KEYS: KeySpec[] = [
  { name: "predicate", type: "string" },
  { name: "weight", type: "int" },
  { name: "roles", type: "json" },
  { name: "firstSeen", type: "string" },
  { name: "lastSeen", type: "string" },
  { name: "evidence", type: "json" },
];

/** Dates may be null: a missing <data> reads back as null, not as absent. */
const NULLABLE = new Set(["firstSeen", "lastSeen"]);

const keyId = (kind: "node" | "edge", name: string): string => `${kind === "node" ? "n" : "e"}_${name}`;

function keyLines(kind: "node" | "edge", specs: KeySpec[]): string[] {
  return specs.map(
    ({ name, type }) =>
      `  <key id="${keyId(kind, name)}" for="${kind}" attr.name="${name}" attr.type="${type === "json" ? "string" : type}"/>`,
  );
}

function dataLines(kind: "node" | "edge", specs: KeySpec[], attributes: Record<string, unknown>): string {
  let out = "";
  for (const { name, type } of specs) {
    const value = attributes[name];
    if (value === undefined || value === null) continue;
    const text = type === "json" ? JSON.stringify(value) : String(value);
    out += `\n      <data key="${keyId(kind, name)}">${escapeXmlText(text)}</data>`;
  }
  return out;
}

export function writeGraphml(graph: KnowledgeGraph): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keyLines("node", NODE_KEYS),
    ...keyLines("edge", EDGE_KEYS),
    '  <graph id="aikg" edgedefault="directed">',
  ];
  graph.forEachNode((node, a) => {
    lines.push(`    <node id="${escapeXml(node)}">${dataLines("node", NODE_KEYS, { ...a })}\n    </node>`);
  });
  graph.forEachEdge((edge, a, source, target) => {
    const ends = `source="${escapeXml(source)}" target="${escapeXml(target)}"`;
    lines.push(`    <edge id="${escapeXml(edge)}" ${ends}>${dataLines("edge", EDGE_KEYS, { ...a })}\n    </edge>`);
  });
  lines.push("  </graph>", "</graphml>", "");
  return lines.join("\n");
}

function decode(specs: KeySpec[], raw: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const { name, type } of specs) {
    const value = raw[name];
    if (value === undefined) {
      if (NULLABLE.has(name)) out[name] = null;
      continue;
    }
    out[name] = type === "json" ? JSON.parse(String(value)) : value;
  }
  return out;
}

/** Reads a GraphML file this module wrote back into a knowledge graph. */
export function readGraphml(text: string): KnowledgeGraph {
  const parsed = parse(MultiDirectedGraph, text);
  const graph = createGraph();
  parsed.forEachNode((node, raw) => graph.addNode(node, decode(NODE_KEYS, raw) as never));
  parsed.forEachEdge((edge, raw, source, target) => graph.addEdgeWithKey(edge, source, target, decode(EDGE_KEYS, raw) as never));
  return graph;
}
