// `communities`: the Louvain communities the analysis found, largest first, with their members
// of most weight and what kinds of entities they hold.
import type { KnowledgeGraph } from "../graph/types.ts";
import type { EntityType } from "../types.ts";
import type { RankedEntity } from "./top.ts";
import { top } from "./top.ts";

export interface CommunityOptions {
  /** Communities listed. */
  limit: number;
  /** Top members (by PageRank) listed per community. */
  members: number;
}

export const COMMUNITY_LIST_DEFAULTS: CommunityOptions = { limit: 10, members: 5 };

export interface CommunitySummary {
  id: number;
  size: number;
  types: Partial<Record<EntityType, number>>;
  top: RankedEntity[];
}

export function listCommunities(graph: KnowledgeGraph, options: Partial<CommunityOptions> = {}): CommunitySummary[] {
  const o = { ...COMMUNITY_LIST_DEFAULTS, ...options };
  const byId = new Map<number, CommunitySummary>();
  graph.forEachNode((_node, a) => {
    if (a.community === undefined) return;
    let summary = byId.get(a.community);
    if (!summary) byId.set(a.community, (summary = { id: a.community, size: 0, types: {}, top: [] }));
    summary.size++;
    summary.types[a.type] = (summary.types[a.type] ?? 0) + 1;
  });
  const listed = [...byId.values()].sort((a, b) => b.size - a.size || a.id - b.id).slice(0, o.limit);
  for (const summary of listed) summary.top = top(graph, { community: summary.id, limit: o.members });
  return listed;
}
