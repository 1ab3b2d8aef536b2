// A large knowledge graph to time the analyses and exports beyond the corpus's size: planted
// communities (skewed sizes) grown by preferential attachment, most links inside a community,
// nodes and edges shaped like the store's (NodeAttributes, EdgeAttributes). Seeded.
import { mulberry32 } from "../../src/analyse/rng.ts";
import { createGraph, type KnowledgeGraph } from "../../src/graph/types.ts";
import { ENTITY_TYPES, PREDICATES, SYMMETRIC_PREDICATES, type EdgeKind } from "../../src/types.ts";

export interface GeneratedGraphOptions {
  nodes: number;
  /** Edges to aim for; duplicates and self-links drawn on the way are dropped. */
  edges: number;
  /** Share of a new node's links that stay inside its community. */
  inside: number;
  /** Share of edges that are co-mentions. */
  coMentionShare: number;
  seed: number;
}

export const GENERATED_DEFAULTS: GeneratedGraphOptions = { nodes: 100_000, edges: 400_000, inside: 0.8, coMentionShare: 0.9, seed: 7 };

const day = (offset: number): string => new Date(Date.UTC(2025, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);

export function generatedGraph(options: Partial<GeneratedGraphOptions> = {}): KnowledgeGraph {
  const o = { ...GENERATED_DEFAULTS, ...options };
  const rng = mulberry32(o.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
  const graph = createGraph();
  const communityCount = Math.max(1, Math.round(o.nodes / 200));
  // Endpoint lists: picking a random entry picks a node in proportion to its degree.
  const endpoints: string[] = [];
  const communityEndpoints: string[][] = Array.from({ length: communityCount }, () => []);
  const linksPerNode = Math.max(1, Math.round(o.edges / o.nodes));

  for (let i = 0; i < o.nodes; i++) {
    const node = `entity-${i}`;
    const community = Math.floor(communityCount * rng() ** 2); // low numbers are the big ones
    const first = Math.floor(rng() * 500);
    const name = i % 3 === 0 ? `实体${i}` : `Entity ${i}`;
    graph.addNode(node, {
      name,
      label: name,
      type: ENTITY_TYPES[Math.floor(rng() ** 1.5 * ENTITY_TYPES.length)]!,
      aliases: [name, `E${i}`],
      mentions: 1 + Math.floor(rng() ** 3 * 50),
      firstSeen: day(first),
      lastSeen: day(first + Math.floor(rng() * 60)),
      docs: [`generated_${day(first)}`],
    });
    const own = communityEndpoints[community]!;
    for (let k = 0; k < linksPerNode && endpoints.length > 0; k++) {
      const target = own.length > 0 && rng() < o.inside ? pick(own) : pick(endpoints);
      if (target === node) continue;
      const predicate: EdgeKind = rng() < o.coMentionShare ? "co_mention" : pick(PREDICATES);
      const [source, end] = SYMMETRIC_PREDICATES.has(predicate) && target < node ? [target, node] : [node, target];
      const key = `${predicate}|${source}|${end}`;
      if (graph.hasEdge(key)) continue;
      const date = graph.getNodeAttribute(node, "firstSeen");
      graph.addEdgeWithKey(key, source, end, {
        predicate,
        weight: 1 + Math.floor(rng() ** 4 * 10),
        evidence: [{ doc: `generated_${date}`, date, text: `${name} and its neighbour ${target}.`, span: { start: 0, end: 20 }, url: null }],
        firstSeen: date,
        lastSeen: date,
      });
      endpoints.push(node, target);
      own.push(node, target);
    }
    if (endpoints.length === 0) endpoints.push(node); // the first node, so the next can link to it
    if (own.length === 0) own.push(node);
  }
  return graph;
}
