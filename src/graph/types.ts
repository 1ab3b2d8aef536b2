// The knowledge graph as graphology holds it: one node per entity, one edge per
// (predicate, source, target), attributes as src/types.ts names them.
import { MultiDirectedGraph } from "graphology";
import type { EdgeAttributes, NodeAttributes } from "../types.ts";

/** Facts about the whole graph, kept with it in the store and in JSON exports. */
export interface GraphAttributes {
  /** How betweenness was computed: exactly or from sampled pivots. */
  betweenness?: "exact" | "sampled";
  communities?: number;
  modularity?: number;
  /** Digests folded in since the analyses were computed over the whole graph (see fold.ts). */
  pending?: number;
  /** Decisions of a person's curation applied as the graph was loaded (src/curate/load.ts). */
  curated?: number;
  /** The analyses were computed with another curation than the one applied (or none). */
  curationStale?: boolean;
}

export type KnowledgeGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export function createGraph(): KnowledgeGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
}
