// An entity's time line, by week over the store's dates: how many digests mention it, and which
// of its typed relations first appear (the entity panel draws it).
import type { Digests } from "../api.ts";
import type { EdgeKind } from "../../src/types.ts";
import { dayOf } from "./graph-index.ts";
import type { KnowledgeGraph } from "./graph.ts";

export interface FirstAppearance {
  edge: string;
  other: string;
  predicate: EdgeKind;
  date: string;
}

export interface Week {
  /** Day number of the week's first day (the store's first date, then every seventh day). */
  start: number;
  /** Digests that mention the entity that week. */
  digests: number;
  /** Typed relations first seen that week. */
  firsts: FirstAppearance[];
}

export const weekIndex = (day: number, first: number): number => Math.floor((day - first) / 7);

/** Weeks over [first, last] (store days); empty when the span is unknown. */
export function entityTimeline(graph: KnowledgeGraph, node: string, digests: Digests, span: [number, number] | null): Week[] {
  if (!span) return [];
  const [first, last] = span;
  const weeks: Week[] = Array.from({ length: weekIndex(last, first) + 1 }, (_, i) => ({ start: first + 7 * i, digests: 0, firsts: [] }));
  const at = (date: string | null | undefined): Week | undefined => {
    const day = dayOf(date);
    return day >= first && day <= last ? weeks[weekIndex(day, first)] : undefined;
  };
  for (const doc of graph.getNodeAttribute(node, "docs") ?? []) {
    const week = at(digests.get(doc)?.date);
    if (week) week.digests++;
  }
  graph.forEachEdge(node, (edge, a, source, target) => {
    if (a.predicate === "co_mention" || !a.firstSeen) return;
    at(a.firstSeen)?.firsts.push({ edge, other: source === node ? target : source, predicate: a.predicate, date: a.firstSeen });
  });
  for (const week of weeks) week.firsts.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  return weeks;
}
