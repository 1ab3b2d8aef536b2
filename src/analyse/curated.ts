// Analyses of the curated graph, kept on the graph as built. The store writes the graph as built
// (a reader curates it as it loads it, so a decision undone costs no rebuild); the analyses
// must still be those of the graph people see: they run on a curated copy and are copied back.
// A node the curation merges away or rejects gets no PageRank of its own (a merge adds the two),
// the rest of what a node placed without analysis gets (place.ts).
import { createGraph, type KnowledgeGraph } from "../graph/types.ts";
import { useDictionaryAdjacency } from "../graph/dictionary-adjacency.ts";
import { analyse, type AnalyseOptions } from "./index.ts";
import { placeNewNodes } from "./place.ts";

const ANALYSED = ["community", "pagerank", "degree", "weightedDegree", "betweenness", "x", "y"] as const;

/** A copy whose attributes can change without changing `graph`'s (evidence lists are shared: nothing changes them in place). */
export function copyGraph(graph: KnowledgeGraph): KnowledgeGraph {
  const copy = createGraph();
  copy.replaceAttributes({ ...graph.getAttributes() });
  graph.forEachNode((node, a) => copy.addNode(node, { ...a }));
  useDictionaryAdjacency(copy);
  graph.forEachEdge((edge, a, source, target) => copy.addEdgeWithKey(edge, source, target, { ...a }));
  return copy;
}

export function analyseCurated(graph: KnowledgeGraph, curate: (copy: KnowledgeGraph) => void, options: AnalyseOptions = {}): void {
  const curated = copyGraph(graph);
  curate(curated);
  analyse(curated, options);
  const gone: string[] = [];
  graph.forEachNode((node) => {
    if (!curated.hasNode(node)) return void gone.push(node);
    const a = curated.getNodeAttributes(node);
    graph.mergeNodeAttributes(node, Object.fromEntries(ANALYSED.map((key) => [key, a[key]])));
  });
  graph.mergeAttributes(curated.getAttributes());
  if (gone.length === 0) return;
  placeNewNodes(graph, gone, []);
  for (const node of gone) graph.mergeNodeAttributes(node, { pagerank: 0 });
}
