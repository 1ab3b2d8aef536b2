// A generated knowledge graph in the store's shape (communities, PageRank, degrees, positions,
// dated edges with evidence), for the explorer's fluidity bench and browser tests that need a
// graph of a given size. Deterministic for a given seed.
import { pagerank } from "../../src/analyse/pagerank.ts";
import { degrees } from "../../src/analyse/degree.ts";
import { undirectedProjection } from "../../src/analyse/projection.ts";
import { mulberry32 } from "../../src/analyse/rng.ts";
import { useDictionaryAdjacency } from "../../src/graph/dictionary-adjacency.ts";
import { edgeKey, orient } from "../../src/graph/edges.ts";
import { createGraph } from "../../src/graph/types.ts";
import type { KnowledgeGraph } from "../../src/graph/types.ts";
import { ENTITY_TYPES, PREDICATES } from "../../src/types.ts";
import type { EdgeKind, EntityType } from "../../src/types.ts";

export interface SyntheticOptions {
  nodes: number;
  edges: number;
  seed: number;
  /** Without positions the page must lay the graph out itself. */
  positions: boolean;
  /** Share of edges that are co-mentions (the rest get a typed predicate). */
  coMentionShare: number;
}

export const SYNTHETIC_DEFAULTS: SyntheticOptions = { nodes: 200, edges: 600, seed: 7, positions: true, coMentionShare: 0.7 };

/** A few well-known names with their Chinese aliases, so search works in both scripts. */
const KNOWN: [string, EntityType, string[]][] = [
  ["OpenAI", "organization", ["OpenAI", "开放人工智能"]],
  ["Google", "organization", ["Google", "谷歌"]],
  ["Anthropic", "organization", ["Anthropic"]],
  ["DeepSeek", "organization", ["DeepSeek", "深度求索"]],
  ["Moonshot AI", "organization", ["Moonshot AI", "月之暗面"]],
  ["NVIDIA", "organization", ["NVIDIA", "英伟达"]],
];
const HANZI = "智谱月之暗面百川星火天工云图灵光子跃阶深度求索零一万物商汤旷视昆仑元象";
const LATIN = ["Nova", "Orion", "Atlas", "Echo", "Lumen", "Vega", "Quark", "Helix", "Pulse", "Astra"];

const day = (offset: number): string => new Date(Date.UTC(2024, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);

function nameFor(i: number, rng: () => number): string {
  if (i % 2 === 0) return `${LATIN[Math.floor(rng() * LATIN.length)]}-${i}`;
  const pick = (): string => HANZI[Math.floor(rng() * HANZI.length)]!;
  return `${pick()}${pick()}${["科技", "模型", "实验室", "智能"][i % 4]}${i}`;
}

export function syntheticGraph(options: Partial<SyntheticOptions> = {}): KnowledgeGraph {
  const o = { ...SYNTHETIC_DEFAULTS, ...options };
  const rng = mulberry32(o.seed);
  const graph = createGraph();
  const communityCount = Math.max(1, Math.round(o.nodes / 60));
  const members: string[][] = Array.from({ length: communityCount }, () => []);
  const centres = members.map((_, c) => {
    const angle = c * 2.39996; // golden angle: centres spread evenly on a spiral
    const radius = 40 * Math.sqrt(c + 1);
    return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
  });

  for (let i = 0; i < o.nodes; i++) {
    const known = KNOWN[i];
    const name = known ? known[0] : nameFor(i, rng);
    // Skewed community sizes: low-numbered communities are the big ones.
    const community = Math.floor(communityCount * rng() ** 2);
    const first = Math.floor(rng() * 540);
    const centre = centres[community]!;
    const spread = 6 + Math.sqrt(o.nodes / communityCount);
    graph.addNode(name.toLowerCase(), {
      name,
      label: name,
      type: known ? known[1] : ENTITY_TYPES[Math.floor(rng() ** 1.5 * ENTITY_TYPES.length)]!,
      aliases: known ? known[2] : [name],
      mentions: 1 + Math.floor(rng() * 20),
      firstSeen: day(first),
      lastSeen: day(first + Math.floor(rng() * 120)),
      docs: [`synthetic_${day(first)}`],
      community,
      ...(o.positions ? { x: centre.x + (rng() - 0.5) * spread, y: centre.y + (rng() - 0.5) * spread } : {}),
    });
    members[community]!.push(name.toLowerCase());
  }

  useDictionaryAdjacency(graph); // see that module: edge insertion at 150,000 edges halves
  const nodes = graph.nodes();
  const ends: string[] = []; // every endpoint so far: picking from it is preferential attachment
  const seen = new Set<string>();
  for (let attempts = 0; graph.size < o.edges && attempts < o.edges * 5; attempts++) {
    const picked = ends.length && rng() < 0.5 ? ends[Math.floor(rng() * ends.length)]! : nodes[Math.floor(rng() * nodes.length)]!;
    const home = members[graph.getNodeAttribute(picked, "community")!]!;
    const other = rng() < 0.85 ? home[Math.floor(rng() * home.length)]! : nodes[Math.floor(rng() * nodes.length)]!;
    const predicate: EdgeKind = rng() < o.coMentionShare ? "co_mention" : PREDICATES[Math.floor(rng() * PREDICATES.length)]!;
    // As the store keys and orients them: symmetric kinds with sorted endpoints.
    const [from, to] = orient(predicate, picked, other);
    const key = edgeKey(predicate, from, to);
    if (from === to || seen.has(key)) continue;
    seen.add(key);
    const date = day(Math.floor(rng() * 600));
    const s = graph.getNodeAttribute(from, "name");
    const t = graph.getNodeAttribute(to, "name");
    graph.addEdgeWithKey(key, from, to, {
      predicate,
      weight: 1 + Math.floor(rng() ** 3 * 5),
      evidence: [
        {
          doc: `synthetic_${date}`,
          date,
          text: `${s} ${predicate.replace(/_/g, " ")} ${t}（合成的证据句 ${graph.size}）.`,
          span: { start: 0, end: 10 },
          url: `https://example.com/digest/${date}#${graph.size}`,
        },
      ],
      firstSeen: date,
      lastSeen: date,
    });
    ends.push(from, to);
  }

  const projection = undirectedProjection(graph);
  pagerank.assign(graph, {}, projection);
  degrees.assign(graph, projection);
  return graph;
}
