// JSON: graphology's own serialisation, attributes and analysis included — what the browser loads.
import type { SerializedGraph } from "graphology-types";
import type { GraphAttributes, KnowledgeGraph } from "../graph/types.ts";
import { createGraph } from "../graph/types.ts";
import type { EdgeAttributes, NodeAttributes } from "../types.ts";

export function writeJson(graph: KnowledgeGraph): string {
  return `${JSON.stringify(graph.export())}\n`;
}

export function readJson(text: string): KnowledgeGraph {
  const graph = createGraph();
  graph.import(JSON.parse(text) as SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>);
  return graph;
}
