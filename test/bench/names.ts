// A deterministic sample of entity names to query: half spread evenly over the entity types
// (mostly the long tail), half drawn by mentions (the entities people ask about, hubs included).
// Each is asked for by one of its aliases, a Chinese one half the time when it has one.
import { mulberry32 } from "../../src/analyse/rng.ts";
import type { KnowledgeGraph } from "../../src/graph/types.ts";
import { hasCjk } from "../../src/resolve/normalize.ts";
import { ENTITY_TYPES } from "../../src/types.ts";

export interface QueryName {
  /** What the user types. */
  query: string;
  /** The node it was taken from. */
  node: string;
}

function byType(graph: KnowledgeGraph, rng: () => number, count: number, taken: Set<string>): string[] {
  const picked: string[] = [];
  ENTITY_TYPES.forEach((type, t) => {
    // count split over the types as evenly as whole numbers allow
    const quota = Math.floor((count * (t + 1)) / ENTITY_TYPES.length) - Math.floor((count * t) / ENTITY_TYPES.length);
    const nodes = graph.filterNodes((_n, a) => a.type === type);
    for (let i = 0; i < quota && nodes.length > 0; i++) {
      const node = nodes.splice(Math.floor(rng() * nodes.length), 1)[0]!;
      picked.push(node);
      taken.add(node);
    }
  });
  return picked;
}

function byMentions(graph: KnowledgeGraph, rng: () => number, count: number, taken: Set<string>): string[] {
  const nodes = graph.nodes();
  const cumulative: number[] = [];
  let total = 0;
  for (const node of nodes) cumulative.push((total += graph.getNodeAttribute(node, "mentions")));
  const picked: string[] = [];
  for (let attempt = 0; picked.length < count && attempt < count * 50; attempt++) {
    const r = rng() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > r) hi = mid;
      else lo = mid + 1;
    }
    const node = nodes[lo]!;
    if (taken.has(node)) continue;
    picked.push(node);
    taken.add(node);
  }
  return picked;
}

export function sampleNames(graph: KnowledgeGraph, count: number, seed = 42): QueryName[] {
  const rng = mulberry32(seed);
  const taken = new Set<string>();
  const nodes = [...byType(graph, rng, Math.ceil(count / 2), taken), ...byMentions(graph, rng, Math.floor(count / 2), taken)];
  return nodes.map((node) => {
    const aliases = graph.getNodeAttribute(node, "aliases");
    const chinese = aliases.filter(hasCjk);
    const pool = chinese.length > 0 && rng() < 0.5 ? chinese : aliases.length > 0 ? aliases : [node];
    return { query: pool[Math.floor(rng() * pool.length)]!, node };
  });
}
