// The incremental path: digests added since the graph file was built are folded into the loaded
// graph, the way buildGraph would place them: an entity joins the node of its id, or the one
// node of its type that goes by its name; its relations join the edges they belong to, keeping
// the most recent evidence. Analyses are placed locally (src/analyse/place.ts); the next full
// build recomputes them over the whole graph.
import { placeNewNodes } from "../analyse/place.ts";
import { createAliasIndex, lookupAll, reindexNodes, type AliasIndex } from "../query/alias-index.ts";
import { nameKey } from "../resolve/normalize.ts";
import type { EdgeAttributes, Entity, Extraction, NodeAttributes, Relation } from "../types.ts";
import { BUILD_DEFAULTS, byDateThenId, type BuildOptions, type BuildReport } from "./build.ts";
import { maxDate, minDate } from "./dates.ts";
import { clipText, edgeKey, evidenceCap, evidenceId, keepRecent, orient } from "./edges.ts";
import { mergeNodes } from "./merge-nodes.ts";
import { versionsApart } from "./resolve-ids.ts";
import type { KnowledgeGraph } from "./types.ts";

/** The node an entity of a new digest belongs to, or null when it is a new one. */
function nodeFor(graph: KnowledgeGraph, index: AliasIndex, entity: Entity): string | null {
  if (graph.hasNode(entity.id)) return entity.id;
  const key = nameKey(entity.name);
  const sameType = lookupAll(index, entity.name).filter((node) => graph.getNodeAttribute(node, "type") === entity.type);
  if (sameType.length !== 1) return null;
  const node = sameType[0]!;
  return versionsApart(key, nameKey(graph.getNodeAttribute(node, "name"))) ? null : node;
}

/**
 * The rule resolveIds applies in a full build, for one node that just gained names: when one of
 * its names is the name of exactly one other node of its type, not another version of it, and
 * no digest names both apart, the two are one thing. The better-attested node survives.
 */
function joinNamesake(graph: KnowledgeGraph, index: AliasIndex, node: string, limits: BuildOptions): { into: string; from: string } | null {
  if (!graph.hasNode(node)) return null;
  const a = graph.getNodeAttributes(node);
  for (const alias of a.aliases) {
    const key = nameKey(alias);
    const others = lookupAll(index, alias).filter((n) => n !== node && graph.hasNode(n));
    if (others.length !== 1) continue;
    const other = others[0]!;
    const b = graph.getNodeAttributes(other);
    if (b.type !== a.type || nameKey(b.name) !== key || versionsApart(key, nameKey(a.name))) continue;
    if (a.docs.some((d) => b.docs.includes(d))) continue;
    const [into, from] = a.mentions > b.mentions || (a.mentions === b.mentions && node < other) ? [node, other] : [other, node];
    mergeNodes(graph, into, from, limits);
    for (const [k, owners] of index.byKey) if (owners.includes(from)) index.byKey.set(k, [...new Set(owners.map((n) => (n === from ? into : n)))]);
    return { into, from };
  }
  return null;
}

function mergeEntity(a: NodeAttributes, entity: Entity, doc: Extraction["doc"]): void {
  a.mentions += Math.max(1, entity.mentions);
  for (const alias of [entity.name, ...entity.aliases]) if (!a.aliases.includes(alias)) a.aliases.push(alias);
  if (!a.docs.includes(doc.id)) a.docs = [...a.docs, doc.id].sort();
  a.firstSeen = minDate(a.firstSeen, doc.date);
  a.lastSeen = maxDate(a.lastSeen, doc.date);
}

function newNode(entity: Entity, doc: Extraction["doc"]): NodeAttributes {
  const aliases = [entity.name, ...entity.aliases.filter((a) => a !== entity.name)];
  return { name: entity.name, label: entity.name, type: entity.type, aliases: [...new Set(aliases)], mentions: Math.max(1, entity.mentions), firstSeen: doc.date, lastSeen: doc.date, docs: [doc.id] };
}

function addEvidence(a: EdgeAttributes, relation: Relation, limits: BuildOptions): void {
  const evidence = [...a.evidence];
  keepRecent(evidence, clipText(relation.evidence, limits.maxEvidenceText), evidenceCap(a.predicate, limits));
  a.evidence = evidence;
  a.weight += 1;
  if (relation.role && !a.roles?.includes(relation.role)) a.roles = [...(a.roles ?? []), relation.role].sort();
  a.firstSeen = minDate(a.firstSeen, relation.evidence.date);
  a.lastSeen = maxDate(a.lastSeen, relation.evidence.date);
}

export interface FoldReport extends BuildReport {
  addedNodes: string[];
  touchedNodes: Set<string>;
  /** The alias index of the graph as folded: what createAliasIndex would build now. */
  index: AliasIndex;
}

/**
 * Folds extractions of digests the graph does not hold yet into it, in place. `index` is the
 * graph's alias index when the caller has it (the graph file's); it is kept up to date.
 */
export function foldExtractions(graph: KnowledgeGraph, extractions: readonly Extraction[], options: Partial<BuildOptions> = {}, index = createAliasIndex(graph)): FoldReport {
  const limits = { ...BUILD_DEFAULTS, ...options };
  const report: FoldReport = { droppedRelations: 0, addedNodes: [], touchedNodes: new Set(), index };
  const mergedAway: string[] = [];
  for (const { doc, entities, relations } of [...extractions].sort((a, b) => byDateThenId(a.doc, b.doc))) {
    const nodeOf = new Map<string, string>();
    for (const entity of entities) {
      const found = nodeFor(graph, index, entity);
      const node = found ?? entity.id;
      if (found) mergeEntity(graph.getNodeAttributes(node), entity, doc);
      else {
        graph.addNode(node, newNode(entity, doc));
        report.addedNodes.push(node);
        for (const alias of graph.getNodeAttribute(node, "aliases")) index.byKey.set(nameKey(alias), [...lookupAll(index, alias), node]);
      }
      nodeOf.set(entity.id, node);
      report.touchedNodes.add(node);
    }
    for (const node of new Set(nodeOf.values())) {
      const merged = joinNamesake(graph, index, node, limits);
      if (!merged) continue;
      mergedAway.push(merged.from);
      for (const [id, n] of nodeOf) if (n === merged.from) nodeOf.set(id, merged.into);
      report.touchedNodes.delete(merged.from);
      report.touchedNodes.add(merged.into);
      report.addedNodes = report.addedNodes.filter((n) => n !== merged.from);
    }
    const seen = new Set<string>();
    for (const relation of relations) {
      const source = nodeOf.get(relation.source);
      const target = nodeOf.get(relation.target);
      if (source === undefined || target === undefined || source === target) {
        report.droppedRelations++;
        continue;
      }
      const [from, to] = orient(relation.predicate, source, target);
      const key = edgeKey(relation.predicate, from, to);
      if (seen.has(`${key}\u0000${evidenceId(relation.evidence)}`)) continue;
      seen.add(`${key}\u0000${evidenceId(relation.evidence)}`);
      if (!graph.hasEdge(key)) {
        graph.addEdgeWithKey(key, from, to, { predicate: relation.predicate, weight: 0, evidence: [], firstSeen: null, lastSeen: null });
      }
      addEvidence(graph.getEdgeAttributes(key), relation, limits);
    }
  }
  // The fold's lookups ran on an index patched as it went; ranks and merged names are settled here.
  reindexNodes(index, graph, [...report.touchedNodes, ...mergedAway]);
  placeNewNodes(graph, report.addedNodes, report.touchedNodes);
  graph.mergeAttributes({ pending: (graph.getAttribute("pending") ?? 0) + extractions.length });
  return report;
}
