// What a change did to a graph, as data another copy of it can apply: the nodes and edges that
// went, and those that came or changed, with their attributes now. The server records it from
// graphology's events as a correction runs (recordChanges), or finds it by comparing the graph
// it served with one loaded again (diffGraphs); the explorer's page applies it to its own graph
// (applyChanges), so a correction shows there without loading the page again. Edges travel
// without their evidence, which the page fetches per entity: nothing here reads it (a store
// loads it lazily from disk).
import type { EdgeAttributes, Evidence, NodeAttributes } from "../types.ts";
import type { KnowledgeGraph } from "./types.ts";

/** An edge's attributes but its evidence. */
export type EdgeFacts = Omit<EdgeAttributes, "evidence">;

/** A node added or replaced whole (`whole`), or some of its attributes changed. */
export type NodeChange = [node: string, attributes: Partial<NodeAttributes>, whole: boolean];

/** An edge added or changed, with every attribute but its evidence. */
export type EdgeChange = [edge: string, source: string, target: string, facts: EdgeFacts];

export interface GraphChanges {
  droppedNodes: string[];
  /** Edges that went while both their ends stayed (a dropped node takes its own with it). */
  droppedEdges: string[];
  nodes: NodeChange[];
  edges: EdgeChange[];
}

export const NO_CHANGES: GraphChanges = Object.freeze({ droppedNodes: [], droppedEdges: [], nodes: [], edges: [] });

export const facts = (a: EdgeAttributes): EdgeFacts => ({
  predicate: a.predicate,
  weight: a.weight,
  firstSeen: a.firstSeen,
  lastSeen: a.lastSeen,
  ...(a.roles ? { roles: a.roles } : {}),
});

/** What one node or edge went through: whether it was there before, and (nodes) the attributes that changed. */
interface Seen {
  existed: boolean;
  /** null: every attribute (added, replaced, or one removed). */
  keys: Set<string> | null;
  /** Drops' ends, kept to tell an edge gone with its node from one gone on its own. */
  ends?: [string, string];
}

type AttributesEvent = { key: string; type: "set" | "remove" | "replace" | "merge" | "update"; name?: string; data?: object };

/** Runs `change` on `graph` and returns its result with what it changed. Bulk events (clear, updateEach…) are not recorded: `change` must not use them. */
export function recordChanges<T>(graph: KnowledgeGraph, change: () => T): { result: T; changes: GraphChanges } {
  const nodes = new Map<string, Seen>();
  const edges = new Map<string, Seen>();
  const seen = (on: Map<string, Seen>, key: string, existed: boolean): Seen => {
    let s = on.get(key);
    if (!s) on.set(key, (s = { existed, keys: new Set() }));
    return s;
  };
  const listeners: [string, (e: never) => void][] = [
    ["nodeAdded", (e: { key: string }) => void (seen(nodes, e.key, false).keys = null)],
    ["nodeDropped", (e: { key: string }) => void seen(nodes, e.key, true)],
    [
      "nodeAttributesUpdated",
      (e: AttributesEvent) => {
        const s = seen(nodes, e.key, true);
        if (s.keys === null) return;
        if (e.type === "set" && e.name !== undefined) s.keys.add(e.name);
        else if (e.type === "merge" && e.data) for (const k of Object.keys(e.data)) s.keys.add(k);
        else s.keys = null;
      },
    ],
    ["edgeAdded", (e: { key: string }) => void seen(edges, e.key, false)],
    ["edgeDropped", (e: { key: string; source: string; target: string }) => void (seen(edges, e.key, true).ends = [e.source, e.target])],
    ["edgeAttributesUpdated", (e: { key: string }) => void seen(edges, e.key, true)],
  ];
  for (const [event, listener] of listeners) graph.on(event as "nodeAdded", listener as never);
  let result: T;
  try {
    result = change();
  } finally {
    for (const [event, listener] of listeners) graph.removeListener(event as "nodeAdded", listener as never);
  }
  const out: GraphChanges = { droppedNodes: [], droppedEdges: [], nodes: [], edges: [] };
  for (const [node, s] of nodes) {
    if (!graph.hasNode(node)) {
      if (s.existed) out.droppedNodes.push(node);
      continue;
    }
    const a = graph.getNodeAttributes(node);
    if (!s.existed || s.keys === null) out.nodes.push([node, { ...a }, true]);
    else if (s.keys.size) out.nodes.push([node, pick(a, s.keys), false]);
  }
  const gone = new Set(out.droppedNodes);
  for (const [edge, s] of edges) {
    if (graph.hasEdge(edge)) out.edges.push([edge, graph.source(edge), graph.target(edge), facts(graph.getEdgeAttributes(edge))]);
    else if (s.existed && !(s.ends && (gone.has(s.ends[0]) || gone.has(s.ends[1])))) out.droppedEdges.push(edge);
  }
  return { result: result!, changes: out };
}

const pick = (a: NodeAttributes, keys: Iterable<string>): Partial<NodeAttributes> => {
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = (a as unknown as Record<string, unknown>)[k];
  return out as Partial<NodeAttributes>;
};

/** Equal as JSON would tell: scalars, and arrays of them element by element. */
function same(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (!same(x[i], y[i])) return false;
  return true;
}

const sameFacts = (a: EdgeAttributes, b: EdgeAttributes): boolean =>
  a.predicate === b.predicate && a.weight === b.weight && a.firstSeen === b.firstSeen && a.lastSeen === b.lastSeen && same(a.roles, b.roles);

/** What turns `before` into `after` (their evidence unread): a pass over both graphs' nodes and edges. */
export function diffGraphs(before: KnowledgeGraph, after: KnowledgeGraph): GraphChanges {
  const out: GraphChanges = { droppedNodes: [], droppedEdges: [], nodes: [], edges: [] };
  after.forEachNode((node, a) => {
    if (!before.hasNode(node)) return void out.nodes.push([node, { ...a }, true]);
    const b = before.getNodeAttributes(node) as unknown as Record<string, unknown>;
    const now = a as unknown as Record<string, unknown>;
    const changed = Object.keys(now).filter((k) => !same(b[k], now[k]));
    const removed = Object.keys(b).some((k) => !(k in now));
    if (removed) out.nodes.push([node, { ...a }, true]);
    else if (changed.length) out.nodes.push([node, pick(a, changed), false]);
  });
  before.forEachNode((node) => void (after.hasNode(node) || out.droppedNodes.push(node)));
  after.forEachEdge((edge, a, source, target) => {
    if (!before.hasEdge(edge) || !sameFacts(before.getEdgeAttributes(edge), a)) out.edges.push([edge, source, target, facts(a)]);
  });
  before.forEachEdge((edge, _a, source, target) => {
    if (!after.hasEdge(edge) && after.hasNode(source) && after.hasNode(target)) out.droppedEdges.push(edge);
  });
  return out;
}

/** The nodes and edges a change touched, as its copy saw them: what a renderer draws again. */
export interface ChangedItems {
  droppedNodes: string[];
  droppedEdges: string[];
  nodes: string[];
  edges: string[];
  /** Nodes or edges came or went (not only attributes changed). */
  structural: boolean;
}

/**
 * Applies `changes` to a copy of the graph they were taken from. A new edge gets `evidence()`
 * (the page's copy holds none); an edge that changed keeps the evidence it had. Returns the items
 * touched, the edges of dropped nodes among the dropped edges.
 */
export function applyChanges(graph: KnowledgeGraph, changes: GraphChanges, evidence: () => Evidence[]): ChangedItems {
  const droppedEdges = changes.droppedEdges.filter((e) => graph.hasEdge(e));
  for (const edge of droppedEdges) graph.dropEdge(edge);
  const droppedNodes = changes.droppedNodes.filter((n) => graph.hasNode(n));
  for (const node of droppedNodes) {
    for (const edge of graph.edges(node)) droppedEdges.push(edge);
    graph.dropNode(node);
  }
  let structural = droppedNodes.length > 0 || droppedEdges.length > 0;
  for (const [node, attributes, whole] of changes.nodes) {
    if (!graph.hasNode(node)) {
      graph.addNode(node, attributes as NodeAttributes);
      structural = true;
    } else if (whole) graph.replaceNodeAttributes(node, attributes as NodeAttributes);
    else graph.mergeNodeAttributes(node, attributes);
  }
  for (const [edge, source, target, f] of changes.edges) {
    if (graph.hasEdge(edge)) graph.replaceEdgeAttributes(edge, { ...f, evidence: graph.getEdgeAttribute(edge, "evidence") });
    else {
      graph.addEdgeWithKey(edge, source, target, { ...f, evidence: evidence() });
      structural = true;
    }
  }
  return { droppedNodes, droppedEdges, nodes: changes.nodes.map(([n]) => n), edges: changes.edges.map(([e]) => e), structural };
}
