// Every analysis the store keeps on nodes: communities, PageRank, degrees, betweenness, layout,
// all over one shared projection, written to node attributes for exports and the browser.
import type { KnowledgeGraph } from "../graph/types.ts";
import { betweenness, type BetweennessOptions } from "./betweenness.ts";
import { communities, type CommunityOptions } from "./communities.ts";
import { degrees } from "./degree.ts";
import { layout, type LayoutOptions } from "./layout.ts";
import { pagerank, type PagerankOptions } from "./pagerank.ts";
import { undirectedProjection, type ProjectionOptions } from "./projection.ts";

export const ANALYSIS_STEPS = ["communities", "pagerank", "degree", "betweenness", "layout"] as const;
export type AnalysisStep = (typeof ANALYSIS_STEPS)[number];

export interface AnalyseOptions {
  projection?: Partial<ProjectionOptions>;
  communities?: Partial<CommunityOptions>;
  pagerank?: Partial<PagerankOptions>;
  betweenness?: Partial<BetweennessOptions>;
  layout?: Partial<LayoutOptions>;
  /** Called before each step, for progress display. */
  onStep?: (step: AnalysisStep) => void;
}

export function analyse(graph: KnowledgeGraph, options: AnalyseOptions = {}): void {
  const step = options.onStep ?? (() => {});
  const projection = undirectedProjection(graph, options.projection);
  step("communities");
  communities.assign(graph, options.communities, projection);
  step("pagerank");
  pagerank.assign(graph, options.pagerank, projection);
  step("degree");
  degrees.assign(graph, projection);
  step("betweenness");
  betweenness.assign(graph, options.betweenness, projection);
  step("layout");
  layout.assign(graph, options.layout, projection);
}
