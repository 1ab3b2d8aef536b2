// Louvain communities, seeded so they are reproducible, numbered by size (0 = the largest).
import louvain from "graphology-communities-louvain";
import type { KnowledgeGraph } from "../graph/types.ts";
import { undirectedProjection, type WeightedGraph } from "./projection.ts";
import { mulberry32 } from "./rng.ts";

export interface CommunityOptions {
  seed: number;
  resolution: number;
}

export const COMMUNITY_DEFAULTS: CommunityOptions = { seed: 42, resolution: 1 };

export interface Communities {
  /** Node → community number; 0 is the largest community. */
  membership: Record<string, number>;
  count: number;
  modularity: number;
}

/** Renumbers communities by decreasing size; ties keep the order their first node has. */
function numberBySize(graph: WeightedGraph, raw: Record<string, number>): Record<string, number> {
  const sizes = new Map<number, number>();
  const firstSeen = new Map<number, number>();
  let position = 0;
  graph.forEachNode((node) => {
    const c = raw[node]!;
    sizes.set(c, (sizes.get(c) ?? 0) + 1);
    if (!firstSeen.has(c)) firstSeen.set(c, position);
    position++;
  });
  const order = [...sizes.keys()].sort((a, b) => sizes.get(b)! - sizes.get(a)! || firstSeen.get(a)! - firstSeen.get(b)!);
  const rank = new Map(order.map((c, i) => [c, i]));
  const membership: Record<string, number> = {};
  graph.forEachNode((node) => {
    membership[node] = rank.get(raw[node]!)!;
  });
  return membership;
}

export function communities(graph: WeightedGraph, options: Partial<CommunityOptions> = {}): Communities {
  const { seed, resolution } = { ...COMMUNITY_DEFAULTS, ...options };
  const result = louvain.detailed(graph, { getEdgeWeight: "weight", resolution, rng: mulberry32(seed) });
  return {
    membership: numberBySize(graph, result.communities),
    count: result.count,
    modularity: graph.size === 0 ? 0 : result.modularity,
  };
}

communities.assign = (
  graph: KnowledgeGraph,
  options: Partial<CommunityOptions> = {},
  projection: WeightedGraph = undirectedProjection(graph),
): Communities => {
  const found = communities(projection, options);
  graph.forEachNode((node) => graph.setNodeAttribute(node, "community", found.membership[node]!));
  graph.mergeAttributes({ communities: found.count, modularity: found.modularity });
  return found;
};
