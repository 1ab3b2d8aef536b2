// The analyses a build runs (the same steps as src/analyse/index.ts, timed one by one over one
// shared projection) and the GEXF export, on one graph.
import { betweenness } from "../../src/analyse/betweenness.ts";
import { communities } from "../../src/analyse/communities.ts";
import { degrees } from "../../src/analyse/degree.ts";
import { layout } from "../../src/analyse/layout.ts";
import { pagerank } from "../../src/analyse/pagerank.ts";
import { undirectedProjection } from "../../src/analyse/projection.ts";
import { exportGraph } from "../../src/export/index.ts";
import type { KnowledgeGraph } from "../../src/graph/types.ts";
import { formatMB, formatMs, timeOnce } from "./stats.ts";

export interface AnalysisBenchResult {
  graph: string;
  nodes: number;
  edges: number;
  /** Links of the undirected projection the analyses run on. */
  links: number;
  ms: {
    projection: number;
    louvain: number;
    pagerank: number;
    degree: number;
    betweenness: number;
    layout: number;
    /** Every step above: what `analyse()` costs a build. */
    analyseTotal: number;
    gexf: number;
  };
  communities: number;
  modularity: number;
  betweennessMethod: string;
  gexfBytes: number;
}

export function benchAnalysis(label: string, graph: KnowledgeGraph, log: (line: string) => void): AnalysisBenchResult {
  const projection = timeOnce(() => undirectedProjection(graph));
  const p = projection.value;
  const louvain = timeOnce(() => communities.assign(graph, {}, p));
  const rank = timeOnce(() => pagerank.assign(graph, {}, p));
  const degree = timeOnce(() => degrees.assign(graph, p));
  const between = timeOnce(() => betweenness.assign(graph, {}, p));
  const positions = timeOnce(() => layout.assign(graph, {}, p));
  const gexf = timeOnce(() => exportGraph(graph, "gexf"));
  const gexfBytes = gexf.value.reduce((sum, file) => sum + Buffer.byteLength(file.content), 0);
  const ms = {
    projection: projection.ms,
    louvain: louvain.ms,
    pagerank: rank.ms,
    degree: degree.ms,
    betweenness: between.ms,
    layout: positions.ms,
    analyseTotal: projection.ms + louvain.ms + rank.ms + degree.ms + between.ms + positions.ms,
    gexf: gexf.ms,
  };
  log(`  ${label}: ${graph.order} nodes, ${graph.size} edges, ${p.size} links`);
  log(`    projection ${formatMs(ms.projection)} · Louvain ${formatMs(ms.louvain)} (${louvain.value.count} communities, Q ${louvain.value.modularity.toFixed(3)}) · PageRank ${formatMs(ms.pagerank)}`);
  log(`    degree ${formatMs(ms.degree)} · betweenness ${formatMs(ms.betweenness)} (${between.value.method}) · ForceAtlas2 ${formatMs(ms.layout)} · analyse() total ${formatMs(ms.analyseTotal)}`);
  log(`    GEXF export ${formatMs(ms.gexf)} (${formatMB(gexfBytes)})`);
  return {
    graph: label,
    nodes: graph.order,
    edges: graph.size,
    links: p.size,
    ms,
    communities: louvain.value.count,
    modularity: louvain.value.modularity,
    betweennessMethod: between.value.method,
    gexfBytes,
  };
}
