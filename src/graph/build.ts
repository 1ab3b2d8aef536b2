// Extractions → knowledge graph (no analysis yet). Pure: the same extractions, in any order,
// give the same graph, node for node and edge for edge.
import type { Extraction, NodeAttributes } from "../types.ts";
import { addRelation, edgeAttributes, type EdgeLimits, type PendingEdge } from "./edges.ts";
import { collectEntities, mergeRecords, mostFrequent, type EntityRecord } from "./entities.ts";
import { resolveIds } from "./resolve-ids.ts";
import { createGraph, type KnowledgeGraph } from "./types.ts";

export type BuildOptions = EdgeLimits;

export const BUILD_DEFAULTS: BuildOptions = { maxEvidence: 20, maxCoMentionEvidence: 5, maxEvidenceText: 400 };

export interface BuildReport {
  /** Relations dropped: an endpoint no digest names as an entity, or both ends one node. */
  droppedRelations: number;
}

function byDateThenId(a: Extraction, b: Extraction): number {
  const da = a.doc.date ?? "";
  const db = b.doc.date ?? "";
  if (da !== db) return da < db ? -1 : 1;
  return a.doc.id < b.doc.id ? -1 : a.doc.id > b.doc.id ? 1 : 0;
}

function nodeAttributes(record: EntityRecord): NodeAttributes {
  const name = mostFrequent(record.names) ?? record.id;
  const aliases = [name, ...[...record.aliases].filter((a) => a !== name)];
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
function nodeRecords(records: Map<string, EntityRecord>, canonical: Map<string, string>): Map<string, EntityRecord> {
  const groups = new Map<string, EntityRecord[]>();
  for (const record of records.values()) {
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

export function buildGraph(
  extractions: readonly Extraction[],
  options: Partial<BuildOptions> = {},
  report: BuildReport = { droppedRelations: 0 },
): KnowledgeGraph {
  const limits = { ...BUILD_DEFAULTS, ...options };
  const ordered = [...extractions].sort(byDateThenId);
  const records = collectEntities(ordered);
  const canonical = resolveIds(records);
  const graph = createGraph();
  for (const [id, record] of nodeRecords(records, canonical)) graph.addNode(id, nodeAttributes(record));

  const edges = new Map<string, PendingEdge>();
  for (const extraction of ordered) {
    for (const relation of extraction.relations) {
      const source = canonical.get(relation.source);
      const target = canonical.get(relation.target);
      if (source === undefined || target === undefined || source === target) {
        report.droppedRelations++;
        continue;
      }
      addRelation(edges, relation, source, target);
    }
  }
  for (const edge of edges.values()) {
    graph.addEdgeWithKey(edge.key, edge.source, edge.target, edgeAttributes(edge, limits));
  }
  return graph;
}
