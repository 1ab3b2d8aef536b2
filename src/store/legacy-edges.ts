// Graph files written by stores of versions 2 and 3 gave each edge an array of its own (version
// 2 naming its endpoints by key and its dates as strings). They are read by laying their edges
// out as version 4 does, once, before the graph is built: the decoder knows one layout.
import { Interner } from "../interner.ts";
import type { EdgeAttributes } from "../types.ts";
import type { GraphHeader } from "./codec.ts";

type EdgeV3 = [source: number, target: number, predicate: EdgeAttributes["predicate"], weight: number, firstSeen: number, lastSeen: number, roles: string[] | null];
type EdgeV2 = [source: string, target: string, predicate: EdgeAttributes["predicate"], weight: number, firstSeen: string | null, lastSeen: string | null, roles: string[] | null];

/** A header as any readable version wrote it. */
export type StoredHeader = Omit<GraphHeader, "edges" | "tables"> & {
  tables: Omit<GraphHeader["tables"], "predicates"> & { predicates?: string[] };
  edges: number[] | (EdgeV3 | EdgeV2)[];
};

/** The header with its edges laid out as version 4 does: one flat array of numbers. */
export function currentLayout(header: StoredHeader): GraphHeader {
  const { edges, tables } = header;
  if (edges.length === 0 || typeof edges[0] === "number") return { ...header, tables: { ...tables, predicates: tables.predicates ?? [] }, edges: edges as number[] };
  const place = new Map(header.nodes.map(([key], i) => [key, i]));
  const dates = new Interner({ copy: false });
  for (const date of tables.dates) dates.id(date);
  const predicates = new Interner({ copy: false });
  const flat: number[] = [];
  const roles: [number, string[]][] = [];
  (edges as (EdgeV3 | EdgeV2)[]).forEach(([source, target, predicate, weight, firstSeen, lastSeen, edgeRoles], i) => {
    const placeOf = (node: number | string): number => {
      if (typeof node === "number") return node;
      const at = place.get(node);
      if (at === undefined) throw new Error(`edge ${i + 1} names no node (${node})`);
      return at;
    };
    const dateOf = (date: number | string | null): number => (typeof date === "number" ? date : dates.id(date));
    flat.push(placeOf(source), placeOf(target), predicates.id(predicate), weight, dateOf(firstSeen), dateOf(lastSeen));
    if (edgeRoles) roles.push([i, edgeRoles]);
  });
  return { ...header, tables: { ...tables, dates: dates.values, predicates: predicates.values }, edges: flat, roles };
}

