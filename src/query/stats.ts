// `stats`: the overview of a store — counts, entities by type and relations by predicate, top
// entities of each type, largest communities.
import type { KnowledgeGraph } from "../graph/types.ts";
import type { EdgeKind, EntityType } from "../types.ts";
import { ENTITY_TYPES } from "../types.ts";
import { listCommunities, type CommunitySummary } from "./communities.ts";
import { top, type RankedEntity } from "./top.ts";
import { maxDate, minDate } from "../graph/dates.ts";

export interface StatsOptions {
  /** Top entities listed per type. */
  perType: number;
  communities: number;
  members: number;
}

export const STATS_DEFAULTS: StatsOptions = { perType: 5, communities: 5, members: 5 };

export interface Stats {
  nodes: number;
  edges: number;
  firstSeen: string | null;
  lastSeen: string | null;
  entitiesByType: Partial<Record<EntityType, number>>;
  /** Edges per predicate, and the evidence they carry (their summed weight). */
  relationsByPredicate: Partial<Record<EdgeKind, { edges: number; evidence: number }>>;
  topByType: Partial<Record<EntityType, RankedEntity[]>>;
  communities: { count: number; modularity: number | null; largest: CommunitySummary[] };
  betweenness: "exact" | "sampled" | null;
}

export function stats(graph: KnowledgeGraph, options: Partial<StatsOptions> = {}): Stats {
  const o = { ...STATS_DEFAULTS, ...options };
  const entitiesByType: Stats["entitiesByType"] = {};
  let firstSeen: string | null = null;
  let lastSeen: string | null = null;
  graph.forEachNode((_node, a) => {
    entitiesByType[a.type] = (entitiesByType[a.type] ?? 0) + 1;
    firstSeen = minDate(firstSeen, a.firstSeen);
    lastSeen = maxDate(lastSeen, a.lastSeen);
  });
  const relationsByPredicate: Stats["relationsByPredicate"] = {};
  graph.forEachEdge((_edge, a) => {
    const entry = (relationsByPredicate[a.predicate] ??= { edges: 0, evidence: 0 });
    entry.edges++;
    entry.evidence += a.weight;
  });
  const topByType: Stats["topByType"] = {};
  for (const type of ENTITY_TYPES) {
    if (entitiesByType[type]) topByType[type] = top(graph, { type, limit: o.perType });
  }
  const attributes = graph.getAttributes();
  return {
    nodes: graph.order,
    edges: graph.size,
    firstSeen,
    lastSeen,
    entitiesByType,
    relationsByPredicate,
    topByType,
    communities: {
      count: attributes.communities ?? 0,
      modularity: attributes.modularity ?? null,
      largest: listCommunities(graph, { limit: o.communities, members: o.members }),
    },
    betweenness: attributes.betweenness ?? null,
  };
}
