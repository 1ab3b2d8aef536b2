// `top`: entities ranked by one of the measures the analysis stored on nodes.
import type { KnowledgeGraph } from "../graph/types.ts";
import type { EntityType } from "../types.ts";
import { compareText, type EntityRef } from "./relations.ts";

export const TOP_MEASURES = ["pagerank", "degree", "mentions", "betweenness", "weightedDegree"] as const;
export type TopMeasure = (typeof TOP_MEASURES)[number];

export interface TopOptions {
  by: TopMeasure;
  type?: EntityType;
  community?: number;
  limit: number;
}

export const TOP_DEFAULTS: TopOptions = { by: "pagerank", limit: 20 };

export interface RankedEntity extends EntityRef {
  mentions: number;
  pagerank: number;
  degree: number;
  weightedDegree: number;
  betweenness: number;
  community: number | null;
  firstSeen: string | null;
  lastSeen: string | null;
}

export function rankedEntity(graph: KnowledgeGraph, node: string): RankedEntity {
  const a = graph.getNodeAttributes(node);
  return {
    id: node,
    name: a.name,
    type: a.type,
    mentions: a.mentions,
    pagerank: a.pagerank ?? 0,
    degree: a.degree ?? 0,
    weightedDegree: a.weightedDegree ?? 0,
    betweenness: a.betweenness ?? 0,
    community: a.community ?? null,
    firstSeen: a.firstSeen,
    lastSeen: a.lastSeen,
  };
}

export function top(graph: KnowledgeGraph, options: Partial<TopOptions> = {}): RankedEntity[] {
  const o = { ...TOP_DEFAULTS, ...options };
  const score = (node: string): number => (graph.getNodeAttribute(node, o.by) as number | undefined) ?? 0;
  return graph
    .filterNodes((_node, a) => (!o.type || a.type === o.type) && (o.community === undefined || a.community === o.community))
    .map((node) => ({ node, score: score(node) }))
    .sort((a, b) => b.score - a.score || compareText(a.node, b.node))
    .slice(0, o.limit)
    .map(({ node }) => rankedEntity(graph, node));
}
