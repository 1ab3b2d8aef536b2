// The incremental path: digests added since the graph file was built are folded into the loaded
// graph exactly as a full build would place them. The fold starts from the entity records the
// full build resolved (stored-records.ts), adds the new digests' entities to them and resolves
// every id again (resolveIds, the full build's rule); when every stored id keeps its node, the
// nodes the new digests touch get the attributes a full build gives them and their relations join
// the edges they belong to. Nothing a build decides depends on the order digests come in (ties
// go by code units, aliases are sorted, evidence is kept by a total order), so new digests may be
// of any date. The writer folds only what folds exactly (ingest.ts). The analyses over the whole
// graph (communities, PageRank, betweenness, layout) are left as they were, new nodes placed next
// to their neighbours (src/analyse/place.ts), and the graph's `pending` attribute says they are
// stale; degrees are recounted.
import { placeNewNodes } from "../analyse/place.ts";
import { createAliasIndex, reindexNodes, type AliasIndex } from "../query/alias-index.ts";
import type { EdgeAttributes, Extraction, NodeAttributes } from "../types.ts";
import { BUILD_DEFAULTS, byDateThenId, nodeAttributes, nodeRecords, type BuildOptions, type BuildReport, type EntityResolution } from "./build.ts";
import { addRelation, edgeAttributes, edgeKey, evidenceId, orient, type PendingEdge } from "./edges.ts";
import { addEntities, type EntityRecord } from "./entities.ts";
import { resolveIds } from "./resolve-ids.ts";
import type { StoredRecords } from "../store/stored-records.ts";
import type { KnowledgeGraph } from "./types.ts";

export interface FoldReport extends BuildReport {
  addedNodes: string[];
  touchedNodes: Set<string>;
  /** The alias index of the graph as folded: what createAliasIndex would build now. */
  index: AliasIndex;
}

/** New digests would move a stored entity id to another node: only a full build can say where its relations go. */
export class FoldMismatch extends Error {
  constructor(readonly id: string, readonly was: string, readonly now: string) {
    super(`entity ${id} would move from node ${was} to ${now}`);
    this.name = "FoldMismatch";
  }
}

/**
 * The stored resolution with the new digests' entities added and every id resolved again.
 * Throws FoldMismatch when a stored id's node changes. `resolution` is changed in place.
 */
export function resolveWith(resolution: EntityResolution, extractions: readonly Pick<Extraction, "doc" | "entities">[]): Map<string, string> {
  const stored = new Map(resolution.canonical);
  for (const x of [...extractions].sort((a, b) => byDateThenId(a.doc, b.doc))) addEntities(resolution.records, x);
  const canonical = resolveIds(resolution.records);
  for (const [id, node] of stored) {
    const now = canonical.get(id) ?? id;
    if (now !== node) throw new FoldMismatch(id, node, now);
  }
  resolution.canonical = canonical;
  return canonical;
}

/** The build's attributes of a node (the analyses' are kept). */
const BUILT: readonly (keyof NodeAttributes)[] = ["name", "label", "type", "aliases", "mentions", "firstSeen", "lastSeen", "docs"];

/**
 * Folds extractions of digests the graph does not hold yet into it, in place. `resolution` is
 * the stored one (it is changed); `index` is the graph's alias index when the caller has it (the
 * graph file's); it is kept up to date.
 */
export function foldExtractions(
  graph: KnowledgeGraph,
  resolution: EntityResolution,
  extractions: readonly Extraction[],
  options: Partial<BuildOptions> = {},
  index = createAliasIndex(graph),
): FoldReport {
  const ordered = [...extractions].sort((a, b) => byDateThenId(a.doc, b.doc));
  const canonical = resolveWith(resolution, ordered);
  const touched = touchedNodes(ordered, (id) => canonical.get(id)!);
  // Each touched node's members, in the records' order: what nodeRecords merges in a full build.
  const members: EntityRecord[] = [];
  for (const record of resolution.records.values()) if (touched.has(canonical.get(record.id)!)) members.push(record);
  return apply(graph, ordered, { canonical, members, touched }, options, index);
}

/**
 * The same fold, where the writer worked out the node of every pending entity id (`nodes`, those
 * whose node is not their own id: the manifest's pendingNodes) when it checked they fold exactly:
 * only the records of the nodes the new digests touch are read, and no id is resolved again.
 */
export function foldKnown(
  graph: KnowledgeGraph,
  stored: StoredRecords,
  nodes: Readonly<Record<string, string>>,
  extractions: readonly Extraction[],
  options: Partial<BuildOptions> = {},
  index = createAliasIndex(graph),
): FoldReport {
  const ordered = [...extractions].sort((a, b) => byDateThenId(a.doc, b.doc));
  const nodeOf = (id: string): string => (Object.hasOwn(nodes, id) ? nodes[id]! : stored.has(id) ? stored.nodeOf(id) : id);
  const touched = touchedNodes(ordered, nodeOf);
  const records = new Map<string, EntityRecord>();
  for (const id of stored.membersOf(touched)) records.set(id, stored.record(id));
  for (const x of ordered) addEntities(records, x);
  const canonical = new Map([...records.keys()].map((id) => [id, nodeOf(id)]));
  return apply(graph, ordered, { canonical, members: [...records.values()], touched }, options, index);
}

const touchedNodes = (ordered: readonly Extraction[], nodeOf: (id: string) => string): Set<string> =>
  new Set(ordered.flatMap((x) => x.entities.map((e) => nodeOf(e.id))));

interface Placement {
  /** The node of every entity id the new digests name (and of the touched nodes' members). */
  canonical: ReadonlyMap<string, string>;
  /** The records of the touched nodes' members, the new digests' entities added. */
  members: EntityRecord[];
  touched: Set<string>;
}

/** Gives the touched nodes a full build's attributes, adds the new digests' relations, places what is new. */
function apply(graph: KnowledgeGraph, ordered: readonly Extraction[], placement: Placement, options: Partial<BuildOptions>, index: AliasIndex): FoldReport {
  const limits = { ...BUILD_DEFAULTS, ...options };
  const { canonical, members, touched } = placement;
  const report: FoldReport = { droppedRelations: 0, addedNodes: [], touchedNodes: touched, index };
  for (const [node, record] of nodeRecords(members, canonical)) {
    const attributes = nodeAttributes(record);
    if (graph.hasNode(node)) {
      const current = graph.getNodeAttributes(node);
      for (const key of BUILT) (current as unknown as Record<string, unknown>)[key] = attributes[key];
    } else {
      graph.addNode(node, attributes);
      report.addedNodes.push(node);
    }
  }

  // Relations join their edges as buildGraph adds them: one piece of evidence once per digest and edge.
  const edges = new Map<string, PendingEdge>();
  for (const { relations } of ordered) {
    const seen = new Set<string>();
    for (const relation of relations) {
      const from = canonical.get(relation.source);
      const to = canonical.get(relation.target);
      if (from === undefined || to === undefined || from === to) {
        report.droppedRelations++;
        continue;
      }
      const [a, b] = orient(relation.predicate, from, to);
      const key = edgeKey(relation.predicate, a, b);
      const once = `${key}\u0000${evidenceId(relation.evidence)}`;
      if (seen.has(once)) continue;
      seen.add(once);
      if (!edges.has(key) && graph.hasEdge(key)) edges.set(key, pendingFrom(key, a, b, graph.getEdgeAttributes(key)));
      addRelation(edges, relation, from, to, limits);
    }
  }
  for (const edge of edges.values()) {
    if (graph.hasEdge(edge.key)) graph.replaceEdgeAttributes(edge.key, edgeAttributes(edge));
    else graph.addEdgeWithKey(edge.key, edge.source, edge.target, edgeAttributes(edge));
  }
  // The fold's lookups ran on the stored index; the touched nodes' entries are settled here.
  reindexNodes(index, graph, touched);
  placeNewNodes(graph, report.addedNodes, touched);
  graph.mergeAttributes({ pending: (graph.getAttribute("pending") ?? 0) + ordered.length });
  return report;
}

/** A stored edge as buildGraph holds one while it adds relations to it. */
function pendingFrom(key: string, source: string, target: string, a: EdgeAttributes): PendingEdge {
  return {
    key,
    source,
    target,
    predicate: a.predicate,
    weight: a.weight,
    evidence: [...a.evidence],
    roles: new Set(a.roles ?? []),
    firstSeen: a.firstSeen,
    lastSeen: a.lastSeen,
  };
}
