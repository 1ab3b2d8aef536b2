// Extractions → knowledge graph (no analysis yet). Pure: the same extractions, in any order,
// give the same graph, node for node and edge for edge.
import type { Extraction, NodeAttributes } from "../types.ts";
import { addRelation, edgeAttributes, edgeKey, evidenceId, orient, type EdgeLimits, type PendingEdge } from "./edges.ts";
import { addEntities, mergeRecords, mostFrequent, type EntityRecord } from "./entities.ts";
import { resolveIds } from "./resolve-ids.ts";
import { createGraph, type KnowledgeGraph } from "./types.ts";
import { useDictionaryAdjacency } from "./dictionary-adjacency.ts";

export type BuildOptions = EdgeLimits;

/**
 * Evidence kept per edge: enough for the explorer to page through every piece of nearly every
 * relation (on the bulk corpus, every typed one: the most is 314; 99% of co-mentions have 18 or
 * fewer), bounded so one edge's line in the graph file stays small on any corpus.
 */
export const BUILD_DEFAULTS: BuildOptions = { maxEvidence: 500, maxCoMentionEvidence: 100, maxEvidenceText: 400 };

export interface BuildReport {
  /** Relations dropped: an endpoint no digest names as an entity, or both ends one node. */
  droppedRelations: number;
}

type Dated = Pick<Extraction["doc"], "id" | "date">;

/** Digests in date order, undated first, then by id. */
export function byDateThenId(a: Dated, b: Dated): number {
  const da = a.date ?? "";
  const db = b.date ?? "";
  if (da !== db) return da < db ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A node's attributes from its merged record: nothing in them depends on the order digests came in. */
export function nodeAttributes(record: EntityRecord): NodeAttributes {
  const name = mostFrequent(record.names) ?? record.id;
  // The name first, then the other aliases in code-unit order.
  const aliases = [name, ...[...record.aliases].filter((a) => a !== name).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))];
  return {
    name,
    label: name,
    type: mostFrequent(record.typeWeights) ?? "organization",
    aliases,
    mentions: record.mentions,
    firstSeen: record.firstSeen,
    lastSeen: record.lastSeen,
    docs: [...record.docs].sort(),
  };
}

/** Merged entity records, keyed by node id, in first-seen order. */
export function nodeRecords(records: Iterable<EntityRecord>, canonical: ReadonlyMap<string, string>): Map<string, EntityRecord> {
  const groups = new Map<string, EntityRecord[]>();
  for (const record of records) {
    const id = canonical.get(record.id) ?? record.id;
    const group = groups.get(id);
    if (group) group.push(record);
    else groups.set(id, [record]);
  }
  // The canonical member first, so its names win ties.
  const merged = new Map<string, EntityRecord>();
  for (const [id, group] of groups) {
    group.sort((a, b) => (a.id === id ? -1 : b.id === id ? 1 : 0));
    merged.set(id, group.length === 1 ? group[0]! : mergeRecords(id, group));
  }
  return merged;
}

/**
 * Where a build reads extractions from: the digests (id and date) and a way to load each one.
 * A store loads them from disk one at a time, so a build holds one extraction at a time.
 */
export interface ExtractionSource {
  docs: readonly Pick<Extraction["doc"], "id" | "date">[];
  /** A digest's entities, for the build's first pass; its relations, for the second (each half is cheaper from disk than the whole). */
  loadEntities(id: string): Pick<Extraction, "doc" | "entities">;
  loadRelations(id: string): Extraction["relations"];
}

export function arraySource(extractions: readonly Extraction[]): ExtractionSource {
  const byId = new Map(extractions.map((x) => [x.doc.id, x]));
  return { docs: extractions.map((x) => x.doc), loadEntities: (id) => byId.get(id)!, loadRelations: (id) => byId.get(id)!.relations };
}

export function buildGraph(
  extractions: readonly Extraction[] | ExtractionSource,
  options: Partial<BuildOptions> = {},
  report: BuildReport = { droppedRelations: 0 },
): KnowledgeGraph {
  return buildGraphAndRecords(extractions, options, report).graph;
}

/** What a build decided about entities: every id's record, in first-seen order, and the node each id joined. */
export interface EntityResolution {
  records: Map<string, EntityRecord>;
  canonical: Map<string, string>;
}

/** The graph, and the entity records it was built from (the store keeps them: the fold of new digests starts from them). */
export function buildGraphAndRecords(
  extractions: readonly Extraction[] | ExtractionSource,
  options: Partial<BuildOptions> = {},
  report: BuildReport = { droppedRelations: 0 },
): { graph: KnowledgeGraph } & EntityResolution {
  const limits = { ...BUILD_DEFAULTS, ...options };
  const source = Array.isArray(extractions) ? arraySource(extractions) : (extractions as ExtractionSource);
  const ordered = [...source.docs].sort(byDateThenId).map((d) => d.id);
  // Two passes: entities first (ids are merged across digests), then relations between merged ids.
  const records = new Map<string, EntityRecord>();
  for (const id of ordered) addEntities(records, source.loadEntities(id));
  const canonical = resolveIds(records);
  const graph = createGraph();
  for (const [id, record] of nodeRecords(records.values(), canonical)) graph.addNode(id, nodeAttributes(record));

  const edges = new Map<string, PendingEdge>();
  for (const id of ordered) {
    const seen = new Set<string>();
    for (const relation of source.loadRelations(id)) {
      const from = canonical.get(relation.source);
      const to = canonical.get(relation.target);
      if (from === undefined || to === undefined || from === to) {
        report.droppedRelations++;
        continue;
      }
      // One digest may state a relation twice (two ids of one node): its evidence counts once.
      const [a, b] = orient(relation.predicate, from, to);
      const once = `${edgeKey(relation.predicate, a, b)}\u0000${evidenceId(relation.evidence)}`;
      if (seen.has(once)) continue;
      seen.add(once);
      addRelation(edges, relation, from, to, limits);
    }
  }
  useDictionaryAdjacency(graph);
  for (const edge of edges.values()) graph.addEdgeWithKey(edge.key, edge.source, edge.target, edgeAttributes(edge));
  return { graph, records, canonical };
}
