// Finding the node a name means, as every command does (id, name or alias, either script, case,
// width, spaces, hyphens and dots ignored), but refusing to guess: a name two entities go by
// equally well is ambiguous, and the caller lists them. A decision's entity is found again by
// its name, preferring a node of its type.
import type { KnowledgeGraph } from "../graph/types.ts";
import { lookupAll, type AliasIndex } from "../query/alias-index.ts";
import { freshNameKey, nameKey } from "../resolve/normalize.ts";
import type { EntityRef } from "./types.ts";

export type Found = { node: string } | { candidates: string[] } | { none: true };

/** Whether `key` is the node's own name (or id), not only one of its aliases. */
export const ownsKey = (graph: KnowledgeGraph, node: string, key: string): boolean =>
  freshNameKey(node) === key || freshNameKey(graph.getNodeAttribute(node, "name")) === key;

/**
 * The node a typed name means: the node whose id it is, exactly as typed (the way to pick one of
 * two entities named alike); else the one node whose own name it is, else the one node it is an
 * alias of; several of either are ambiguous (`candidates`, best first).
 */
export function findNamed(graph: KnowledgeGraph, index: AliasIndex, name: string): Found {
  const all = lookupAll(index, name).filter((n) => graph.hasNode(n));
  if (all.length === 0) return { none: true };
  if (all.includes(name)) return { node: name };
  const key = nameKey(name);
  const owners = all.filter((n) => ownsKey(graph, n, key));
  const pool = owners.length ? owners : all;
  return pool.length === 1 ? { node: pool[0]! } : { candidates: pool };
}

/** The node a decision's entity is now: by its name, a node of its type first, owners of the name before aliases. */
export function findRef(graph: KnowledgeGraph, index: AliasIndex, ref: EntityRef): string | undefined {
  const all = lookupAll(index, ref.name).filter((n) => graph.hasNode(n));
  if (all.length <= 1) return all[0];
  const key = nameKey(ref.name);
  const rank = (n: string): number => (graph.getNodeAttribute(n, "type") === ref.type ? 0 : 2) + (ownsKey(graph, n, key) ? 0 : 1);
  // lookupAll lists best claims first; a stable sort keeps that order within a rank.
  return [...all].sort((a, b) => rank(a) - rank(b))[0];
}

/** How a decision names a node: its name and type now. */
export const refOf = (graph: KnowledgeGraph, node: string): EntityRef => ({ name: graph.getNodeAttribute(node, "name"), type: graph.getNodeAttribute(node, "type") });
