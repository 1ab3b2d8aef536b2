// An entity's relations on screen, grouped by edge kind (typed predicates first, co-mention
// last) and strongest first: what the entity panel lists.
import type { EdgeAttributes, EdgeKind } from "../../src/types.ts";
import type { Visibility } from "./derived.ts";
import type { KnowledgeGraph } from "./graph.ts";
import { EDGE_KINDS } from "./types.ts";

export interface RelationRow {
  edge: string;
  other: string;
  /** "out": the entity is the source; "in": the target. */
  direction: "out" | "in";
  attrs: EdgeAttributes;
}

export interface RelationGroup {
  kind: EdgeKind;
  rows: RelationRow[];
}

export function relationGroups(graph: KnowledgeGraph, node: string, visible: Visibility): RelationGroup[] {
  const byKind = new Map<EdgeKind, RelationRow[]>();
  graph.forEachEdge(node, (edge, attrs, source, target) => {
    if (!visible.edgeShown(edge)) return;
    const row: RelationRow = { edge, attrs, other: source === node ? target : source, direction: source === node ? "out" : "in" };
    const rows = byKind.get(attrs.predicate) ?? [];
    rows.push(row);
    byKind.set(attrs.predicate, rows);
  });
  return EDGE_KINDS.filter((kind) => byKind.has(kind)).map((kind) => ({
    kind,
    rows: byKind.get(kind)!.sort((a, b) => b.attrs.weight - a.attrs.weight || a.other.localeCompare(b.other)),
  }));
}
