// `path`: the shortest chains of relations between two entities, strongest chains first, with
// the evidence for every hop. Breadth-first over edges in both directions, weighing ties by
// the edges' weights; relation views (with evidence) are built for the hops shown only.
import type { KnowledgeGraph } from "../graph/types.ts";
import { shortestDag } from "./shortest.ts";
import { compareText, entityRef, type EntityRef, type RelationFilter, type RelationView } from "./relations.ts";
import { relationsBetween, tieStrengths } from "./ties.ts";

export interface PathOptions extends RelationFilter {
  /** How many shortest paths to return at most. */
  limit: number;
  /** Give up beyond this many hops. */
  maxHops: number;
}

export const PATH_DEFAULTS: PathOptions = { limit: 3, maxHops: 6 };

export interface Hop {
  from: EntityRef;
  to: EntityRef;
  /** Seen from `from`. */
  relations: RelationView[];
}

export interface PathResult {
  source: EntityRef;
  target: EntityRef;
  /** Hops in each shortest path; null when the two are not connected within maxHops. */
  length: number | null;
  paths: Hop[][];
}

/** Node → its neighbours and how strongly it is tied to each (filled as the search reaches nodes). */
type Adjacency = Map<string, Map<string, number>>;

export function paths(graph: KnowledgeGraph, source: string, target: string, options: Partial<PathOptions> = {}): PathResult {
  const o = { ...PATH_DEFAULTS, ...options };
  const result: PathResult = { source: entityRef(graph, source), target: entityRef(graph, target), length: null, paths: [] };
  if (source === target) return { ...result, length: 0, paths: [[]] };
  const adjacency: Adjacency = new Map();
  const { depth, predecessors } = shortestDag(source, target, o.maxHops, (node) => {
    if (!adjacency.has(node)) adjacency.set(node, tieStrengths(graph, node, o));
    return adjacency.get(node)!.keys();
  });
  if (!depth.has(target)) return result;

  const tie = (u: string, v: string): number => adjacency.get(u)!.get(v)!;
  // best[v]: the largest total strength of a shortest path from source to v.
  const best = new Map([[source, 0]]);
  const bestTo = (v: string): number => {
    if (!best.has(v)) best.set(v, Math.max(...predecessors.get(v)!.map((u) => bestTo(u) + tie(u, v))));
    return best.get(v)!;
  };
  // Walk back from target, strongest predecessor first: the first path found is the strongest.
  const found: string[][] = [];
  const walk = (node: string, suffix: string[]): void => {
    if (found.length >= o.limit) return;
    if (node === source) return void found.push([source, ...suffix]);
    const order = [...predecessors.get(node)!].sort(
      (a, b) => bestTo(b) + tie(b, node) - (bestTo(a) + tie(a, node)) || compareText(a, b),
    );
    for (const u of order) walk(u, [node, ...suffix]);
  };
  walk(target, []);
  const hops = found.map((nodes) =>
    nodes.slice(1).map((to, i) => ({ from: entityRef(graph, nodes[i]!), to: entityRef(graph, to), relations: relationsBetween(graph, nodes[i]!, to, o) })),
  );
  return { ...result, length: depth.get(target)!, paths: hops };
}
