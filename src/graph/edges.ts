// Relations → edges: one edge per (predicate, source, target), symmetric kinds with sorted
// endpoints, weight = every distinct piece of evidence, but only the most recent ones kept:
// an edge holds at most its cap of evidence while it is built, whatever the corpus's size.
import type { EdgeAttributes, EdgeKind, Evidence, Relation } from "../types.ts";
import { SYMMETRIC_PREDICATES } from "../types.ts";
import { compareDatesDesc, maxDate, minDate } from "./dates.ts";

export interface EdgeLimits {
  /** Evidence records kept per typed edge (all are counted in weight). */
  maxEvidence: number;
  /** Evidence records kept per co-mention edge: they are many and say little each. */
  maxCoMentionEvidence: number;
  /** Evidence text longer than this is cut (with "…"); the extraction keeps it whole. */
  maxEvidenceText: number;
}

export interface PendingEdge {
  key: string;
  source: string;
  target: string;
  predicate: EdgeKind;
  weight: number;
  /** The most recent evidence, newest first, at most the edge's cap. */
  evidence: Evidence[];
  roles: Set<string>;
  firstSeen: string | null;
  lastSeen: string | null;
}

export function edgeKey(predicate: EdgeKind, source: string, target: string): string {
  return `${predicate}|${source}|${target}`;
}

/** Endpoints in edge order: symmetric kinds sort them so A–B and B–A are one edge. */
export function orient(predicate: EdgeKind, source: string, target: string): [string, string] {
  return SYMMETRIC_PREDICATES.has(predicate) && target < source ? [target, source] : [source, target];
}

export const evidenceId = (e: Evidence): string => `${e.doc}\u0000${e.span.start}\u0000${e.span.end}`;

export const evidenceCap = (predicate: EdgeKind, limits: EdgeLimits): number =>
  predicate === "co_mention" ? limits.maxCoMentionEvidence : limits.maxEvidence;

export function clipText(evidence: Evidence, max: number): Evidence {
  return evidence.text.length <= max ? evidence : { ...evidence, text: `${evidence.text.slice(0, max - 1)}…` };
}

/** Newest first; ties by digest, then position (a total order, so the kept evidence does not depend on input order). */
export function byRecency(a: Evidence, b: Evidence): number {
  return compareDatesDesc(a.date, b.date) || (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : 0) || a.span.start - b.span.start || a.span.end - b.span.end;
}

/** Puts evidence into a list kept newest first and at most `cap` long. */
export function keepRecent(list: Evidence[], evidence: Evidence, cap: number): void {
  if (list.length >= cap && byRecency(evidence, list[list.length - 1]!) >= 0) return;
  let i = list.length;
  while (i > 0 && byRecency(evidence, list[i - 1]!) < 0) i--;
  list.splice(i, 0, evidence);
  if (list.length > cap) list.pop();
}

/**
 * Adds one relation (endpoints already mapped to node ids) to the pending edges. The caller
 * passes each piece of evidence once per edge (see buildGraph: one digest's relations at a time).
 */
export function addRelation(edges: Map<string, PendingEdge>, relation: Relation, source: string, target: string, limits: EdgeLimits): void {
  const [from, to] = orient(relation.predicate, source, target);
  const key = edgeKey(relation.predicate, from, to);
  let edge = edges.get(key);
  if (!edge) {
    edge = { key, source: from, target: to, predicate: relation.predicate, weight: 0, evidence: [], roles: new Set(), firstSeen: null, lastSeen: null };
    edges.set(key, edge);
  }
  const evidence = relation.evidence;
  edge.weight++;
  keepRecent(edge.evidence, clipText(evidence, limits.maxEvidenceText), evidenceCap(relation.predicate, limits));
  if (relation.role) edge.roles.add(relation.role);
  edge.firstSeen = minDate(edge.firstSeen, evidence.date);
  edge.lastSeen = maxDate(edge.lastSeen, evidence.date);
}

export function edgeAttributes(edge: PendingEdge): EdgeAttributes {
  const attributes: EdgeAttributes = {
    predicate: edge.predicate,
    weight: edge.weight,
    evidence: edge.evidence,
    firstSeen: edge.firstSeen,
    lastSeen: edge.lastSeen,
  };
  if (edge.roles.size > 0) attributes.roles = [...edge.roles].sort();
  return attributes;
}
