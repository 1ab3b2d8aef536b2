// Relations → edges: one edge per (predicate, source, target), symmetric kinds with sorted
// endpoints, weight = every distinct piece of evidence, but only the most recent ones kept.
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
  evidence: Map<string, Evidence>;
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

const evidenceId = (e: Evidence): string => `${e.doc}\u0000${e.span.start}\u0000${e.span.end}`;

/** Adds one relation (endpoints already mapped to node ids) to the pending edges. */
export function addRelation(edges: Map<string, PendingEdge>, relation: Relation, source: string, target: string): void {
  const [from, to] = orient(relation.predicate, source, target);
  const key = edgeKey(relation.predicate, from, to);
  let edge = edges.get(key);
  if (!edge) {
    edge = { key, source: from, target: to, predicate: relation.predicate, evidence: new Map(), roles: new Set(), firstSeen: null, lastSeen: null };
    edges.set(key, edge);
  }
  const evidence = relation.evidence;
  edge.evidence.set(evidenceId(evidence), evidence);
  if (relation.role) edge.roles.add(relation.role);
  edge.firstSeen = minDate(edge.firstSeen, evidence.date);
  edge.lastSeen = maxDate(edge.lastSeen, evidence.date);
}

function clipText(evidence: Evidence, max: number): Evidence {
  return evidence.text.length <= max ? evidence : { ...evidence, text: `${evidence.text.slice(0, max - 1)}…` };
}

function byRecency(a: Evidence, b: Evidence): number {
  return compareDatesDesc(a.date, b.date) || (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : 0) || a.span.start - b.span.start;
}

export function edgeAttributes(edge: PendingEdge, limits: EdgeLimits): EdgeAttributes {
  const cap = edge.predicate === "co_mention" ? limits.maxCoMentionEvidence : limits.maxEvidence;
  const evidence = [...edge.evidence.values()].sort(byRecency).slice(0, cap).map((e) => clipText(e, limits.maxEvidenceText));
  const attributes: EdgeAttributes = {
    predicate: edge.predicate,
    weight: edge.evidence.size,
    evidence,
    firstSeen: edge.firstSeen,
    lastSeen: edge.lastSeen,
  };
  if (edge.roles.size > 0) attributes.roles = [...edge.roles].sort();
  return attributes;
}
