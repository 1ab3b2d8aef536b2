// The one request the page makes: the store's graph, as graphology's serialisation.
import type { SerializedGraph } from "graphology-types";
import { createGraph } from "../src/graph/types.ts";
import type { GraphAttributes, KnowledgeGraph } from "../src/graph/types.ts";
import type { EdgeAttributes, NodeAttributes } from "../src/types.ts";

export async function fetchGraph(): Promise<KnowledgeGraph> {
  const response = await fetch("/api/graph", { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`the server answered ${response.status} for /api/graph`);
  const graph = createGraph();
  graph.import((await response.json()) as SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>);
  return graph;
}
