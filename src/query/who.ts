// `who`: an entity and its neighbours, grouped by neighbour, strongest ties first; at depth 2
// also the neighbours' neighbours, each reached through its strongest depth-1 tie.
import type { KnowledgeGraph } from "../graph/types.ts";
import type { EntityType } from "../types.ts";
import {
  compareText,
  entityRef,
  relationsByNeighbour,
  strength,
  type EntityRef,
  type RelationFilter,
  type RelationView,
} from "./relations.ts";
import { relationsBetween, tieStrengths } from "./ties.ts";

export interface WhoOptions extends RelationFilter {
  depth: 1 | 2;
  type?: EntityType;
  /** Neighbours shown per depth level. */
  limit: number;
}

export const WHO_DEFAULTS: WhoOptions = { depth: 1, limit: 20 };

export interface Neighbour extends EntityRef {
  /** Only at depth 2: the depth-1 neighbour it is reached through. */
  via?: string;
  relations: RelationView[];
}

export interface WhoResult {
  entity: EntityRef & { aliases: string[] };
  neighbours: Neighbour[];
}

interface Candidate {
  node: string;
  via?: string;
  /** Built only for the candidates shown. */
  relations: () => RelationView[];
  strength: number;
}

function ranked(graph: KnowledgeGraph, candidates: Iterable<Candidate>, options: WhoOptions): Neighbour[] {
  return [...candidates]
    .filter((c) => !options.type || graph.getNodeAttribute(c.node, "type") === options.type)
    .sort((a, b) => b.strength - a.strength || compareText(a.node, b.node))
    .slice(0, options.limit)
    .map((c) => ({ ...entityRef(graph, c.node), ...(c.via ? { via: c.via } : {}), relations: c.relations() }));
}

export function who(graph: KnowledgeGraph, node: string, options: Partial<WhoOptions> = {}): WhoResult {
  const o = { ...WHO_DEFAULTS, ...options };
  const { name, type, aliases } = graph.getNodeAttributes(node);
  const first = relationsByNeighbour(graph, node, o);
  const firstCandidates = [...first].map(([neighbour, relations]) => ({ node: neighbour, relations: () => relations, strength: strength(relations) }));
  const neighbours = ranked(graph, firstCandidates, o);

  if (o.depth === 2) {
    const second = new Map<string, { via: string; strength: number }>();
    for (const via of first.keys()) {
      for (const [far, s] of tieStrengths(graph, via, o)) {
        if (far === node || first.has(far)) continue;
        const best = second.get(far);
        if (!best || s > best.strength || (s === best.strength && via < best.via)) second.set(far, { via, strength: s });
      }
    }
    const candidates = [...second].map(([far, { via, strength: s }]) => ({ node: far, via, strength: s, relations: () => relationsBetween(graph, via, far, o) }));
    neighbours.push(...ranked(graph, candidates, o));
  }
  return { entity: { id: node, name, type, aliases }, neighbours };
}
