// Graph files as older stores wrote them, made from a current file's first line: to check that
// this aikg still reads them.

interface Header {
  nodes: [string][];
  edges: unknown[];
  roles?: [number, string[]][];
  tables: { dates: string[]; predicates?: string[] };
}

const FIELDS = 6;

/** Version 3: an array per edge, [source place, target place, predicate, weight, firstSeen, lastSeen, roles]. */
export function headerV3(line1: string): Header {
  const header = JSON.parse(line1) as Header;
  const flat = header.edges as number[];
  const roles = new Map(header.roles ?? []);
  const edges = [];
  for (let i = 0; i < flat.length / FIELDS; i++) {
    const [s, t, p, w, first, last] = flat.slice(i * FIELDS, (i + 1) * FIELDS);
    edges.push([s, t, header.tables.predicates![p!], w, first, last, roles.get(i) ?? null]);
  }
  const { roles: _roles, ...rest } = header;
  const { predicates: _predicates, ...tables } = header.tables;
  return { ...rest, tables, edges };
}

/** Version 2: endpoints by key, dates as strings. */
export function headerV2(line1: string): Header {
  const header = headerV3(line1);
  const date = (i: number) => (i < 0 ? null : header.tables.dates[i]);
  header.edges = (header.edges as unknown[][]).map(([s, t, p, w, first, last, roles]) => [header.nodes[s as number]![0], header.nodes[t as number]![0], p, w, date(first as number), date(last as number), roles]);
  return header;
}
