// How queries show a node's edges: as relations seen from one end, with their evidence,
// optionally cut to a date window.
import { PROJECTION_DEFAULTS } from "../analyse/projection.ts";
import type { KnowledgeGraph } from "../graph/types.ts";
import type { EdgeAttributes, EdgeKind, EntityType, Evidence } from "../types.ts";
import { SYMMETRIC_PREDICATES } from "../types.ts";
import { lazyProperty } from "../lazy.ts";

export interface EntityRef {
  id: string;
  name: string;
  type: EntityType;
}

export interface EvidenceView {
  doc: string;
  date: string | null;
  text: string;
  url: string | null;
}

export interface RelationView {
  predicate: EdgeKind;
  /** Seen from the querying end: out = it is the subject, in = the object, both = symmetric. */
  direction: "out" | "in" | "both";
  weight: number;
  evidence: EvidenceView[];
}

export interface RelationFilter {
  since?: string;
  until?: string;
  /** Leave co-mentions out. */
  typedOnly?: boolean;
}

export function entityRef(graph: KnowledgeGraph, node: string): EntityRef {
  const { name, type } = graph.getNodeAttributes(node);
  return { id: node, name, type };
}

const inWindow = (date: string | null, f: RelationFilter): boolean =>
  date !== null && (!f.since || date >= f.since) && (!f.until || date <= f.until);

/**
 * Evidence inside the window. Exact when every piece of evidence is kept; when only the most
 * recent are kept and the window reaches back past them, the ones not kept are counted in.
 */
function windowedWeight(total: number, kept: readonly Evidence[], inside: number, filter: RelationFilter): number {
  const notKept = total - kept.length;
  const oldestKept = kept.at(-1)?.date ?? null;
  const mayBeInside = notKept > 0 && (!filter.since || oldestKept === null || filter.since <= oldestKept);
  return inside + (mayBeInside ? notKept : 0);
}

const viewOf = ({ doc, date, text, url }: Evidence): EvidenceView => ({ doc, date, text, url });
const attachEvidenceView = lazyProperty("evidence", (a: EdgeAttributes): EvidenceView[] => a.evidence.map(viewOf));

/** The edge as seen from `from`, or null when the filter leaves it out. */
export function relationView(graph: KnowledgeGraph, edge: string, from: string, filter: RelationFilter = {}): RelationView | null {
  const a = graph.getEdgeAttributes(edge);
  if (filter.typedOnly && a.predicate === "co_mention") return null;
  const windowed = Boolean(filter.since || filter.until);
  // An edge belongs to a window when its first–last seen span overlaps it.
  if (windowed && (a.firstSeen === null || (filter.until && a.firstSeen > filter.until) || (filter.since && a.lastSeen! < filter.since))) {
    return null;
  }
  const direction = SYMMETRIC_PREDICATES.has(a.predicate) ? "both" : graph.source(edge) === from ? "out" : "in";
  if (!windowed) {
    // Searches (path, who at depth 2) build many views and show few: evidence is read when shown.
    const view = { predicate: a.predicate, direction, weight: a.weight } as RelationView;
    attachEvidenceView(view, a);
    return view;
  }
  const kept = a.evidence.filter((e) => inWindow(e.date, filter));
  const weight = windowedWeight(a.weight, a.evidence, kept.length, filter);
  if (weight === 0) return null;
  return { predicate: a.predicate, direction, weight, evidence: kept.map(viewOf) };
}

/** A node's neighbours and the relations to each (self-loops left out). */
export function relationsByNeighbour(graph: KnowledgeGraph, node: string, filter: RelationFilter = {}): Map<string, RelationView[]> {
  const byNeighbour = new Map<string, RelationView[]>();
  graph.forEachEdge(node, (edge, _a, source, target) => {
    const other = source === node ? target : source;
    if (other === node) return;
    const view = relationView(graph, edge, node, filter);
    if (!view) return;
    const list = byNeighbour.get(other);
    if (list) list.push(view);
    else byNeighbour.set(other, [view]);
  });
  for (const list of byNeighbour.values()) list.sort(strongestFirst);
  return byNeighbour;
}

export const relationStrength = (r: Pick<RelationView, "weight" | "predicate">): number =>
  r.weight * (r.predicate === "co_mention" ? PROJECTION_DEFAULTS.coMentionWeight : 1);

/** Typed relations before co-mentions, then heavier first. */
export function strongestFirst(a: RelationView, b: RelationView): number {
  return (
    Number(a.predicate === "co_mention") - Number(b.predicate === "co_mention") ||
    b.weight - a.weight ||
    compareText(a.predicate, b.predicate) ||
    compareText(a.direction, b.direction)
  );
}

export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** How strongly two entities are tied: the projection's link weight. */
export const strength = (relations: readonly RelationView[]): number => relations.reduce((s, r) => s + relationStrength(r), 0);
