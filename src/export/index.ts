// Every export format, by its --format name, as the files it produces.
import type { KnowledgeGraph } from "../graph/types.ts";
import { writeCsv } from "./csv.ts";
import { writeGexf } from "./gexf.ts";
import { writeGraphml } from "./graphml.ts";
import { writeJson } from "./json.ts";
import { writeNeo4j } from "./neo4j.ts";
import type { ExportFile, ExportOptions } from "./types.ts";
import type { ExportFormat } from "./formats.ts";

export { EXPORT_FORMATS, MULTI_FILE_FORMATS, type ExportFormat } from "./formats.ts";

export function exportGraph(graph: KnowledgeGraph, format: ExportFormat, options: ExportOptions = {}): ExportFile[] {
  switch (format) {
    case "gexf":
      return [{ name: "graph.gexf", content: writeGexf(graph, options) }];
    case "graphml":
      return [{ name: "graph.graphml", content: writeGraphml(graph) }];
    case "json":
      return [{ name: "graph.json", content: writeJson(graph) }];
    case "csv":
      return writeCsv(graph, options);
    case "neo4j":
      return writeNeo4j(graph, options);
  }
}
