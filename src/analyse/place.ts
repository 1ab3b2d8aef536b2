// Analyses for nodes added to an analysed graph without analysing it again (the incremental
// build): a new node joins the community most of its link weight goes to, sits at the weighted
// centre of its placed neighbours (a seeded nudge apart), ranks as the least central node, and
// touched nodes get their degrees recounted. The next full build recomputes all of it.
import type { KnowledgeGraph } from "../graph/types.ts";
import { PROJECTION_DEFAULTS, type ProjectionOptions } from "./projection.ts";
import { mulberry32, roundSignificant } from "./rng.ts";

export interface PlaceOptions extends ProjectionOptions {
  seed: number;
}

export const PLACE_DEFAULTS: PlaceOptions = { ...PROJECTION_DEFAULTS, seed: 42 };

/** Link weight from `node` to each neighbour, as the undirected projection counts it. */
export function linkWeights(graph: KnowledgeGraph, node: string, options: ProjectionOptions = PROJECTION_DEFAULTS): Map<string, number> {
  const weights = new Map<string, number>();
  graph.forEachEdge(node, (_edge, a, source, target) => {
    const other = source === node ? target : source;
    if (other === node) return;
    weights.set(other, (weights.get(other) ?? 0) + a.weight * (a.predicate === "co_mention" ? options.coMentionWeight : 1));
  });
  return weights;
}

export function placeNewNodes(graph: KnowledgeGraph, added: readonly string[], touched: Iterable<string>, options: Partial<PlaceOptions> = {}): void {
  const opts = { ...PLACE_DEFAULTS, ...options };
  const random = mulberry32(opts.seed + graph.order);
  let minRank = Infinity;
  let maxCommunity = -1;
  let spread = 1;
  graph.forEachNode((_node, a) => {
    if (a.pagerank !== undefined) minRank = Math.min(minRank, a.pagerank);
    if (a.community !== undefined) maxCommunity = Math.max(maxCommunity, a.community);
    if (a.x !== undefined && a.y !== undefined) spread = Math.max(spread, Math.abs(a.x), Math.abs(a.y));
  });
  const isNew = new Set(added);
  for (const node of added) {
    const weights = linkWeights(graph, node, opts);
    const byCommunity = new Map<number, number>();
    let x = 0;
    let y = 0;
    let total = 0;
    for (const [other, w] of weights) {
      if (isNew.has(other)) continue;
      const a = graph.getNodeAttributes(other);
      if (a.community !== undefined) byCommunity.set(a.community, (byCommunity.get(a.community) ?? 0) + w);
      if (a.x !== undefined && a.y !== undefined) {
        x += a.x * w;
        y += a.y * w;
        total += w;
      }
    }
    const best = [...byCommunity].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
    const angle = random() * 2 * Math.PI;
    // Unlinked nodes go to the rim; linked ones next to their neighbours.
    const [cx, cy, r] = total > 0 ? [x / total, y / total, spread * 0.01] : [0, 0, spread * 1.05];
    graph.mergeNodeAttributes(node, {
      community: best ? best[0] : ++maxCommunity,
      pagerank: Number.isFinite(minRank) ? minRank : 0,
      betweenness: 0,
      x: roundSignificant(cx + r * Math.cos(angle)),
      y: roundSignificant(cy + r * Math.sin(angle)),
    });
  }
  for (const node of touched) {
    const weights = linkWeights(graph, node, opts);
    let weighted = 0;
    for (const w of weights.values()) weighted += w;
    graph.mergeNodeAttributes(node, { degree: weights.size, weightedDegree: roundSignificant(weighted) });
  }
}
