// Applies a curation to a built graph, in place: each decision in file order, each finding its
// entities by name in the graph as the decisions before it left it (the graph the person saw
// when they made it). Pure over the graph: the same graph and decisions give the same result,
// so a store built incrementally and one rebuilt from scratch curate alike. The alias index is
// kept up to date as nodes merge, change names or go; degrees are recounted where edges moved.
import { linkWeights } from "../analyse/place.ts";
import { roundSignificant } from "../analyse/rng.ts";
import { edgeKey, orient } from "../graph/edges.ts";
import { mergeNodes, orderedAliases } from "../graph/merge-nodes.ts";
import type { KnowledgeGraph } from "../graph/types.ts";
import { claimedKeys, lookupAll, reindexNodes, type AliasIndex } from "../query/alias-index.ts";
import { freshNameKey, nameKey } from "../resolve/normalize.ts";
import { findRef, ownsKey } from "./target.ts";
import type { Decision, EntityRef, Outcome } from "./types.ts";

interface Applying {
  graph: KnowledgeGraph;
  index: AliasIndex;
  /** Nodes whose edges changed: their degrees are recounted at the end. */
  touched: Set<string>;
}

const stale = (ref: EntityRef): Outcome => ({ status: "stale", note: `no entity named '${ref.name}' (${ref.type})` });
const APPLIED: Outcome = { status: "applied" };

/** Runs `change` on `nodes` and brings the index up to date with them (the keys they claimed before spare it a scan). */
function changing<T>(s: Applying, nodes: readonly string[], change: () => T): T {
  const former = claimedKeys(s.graph, nodes);
  const result = change();
  reindexNodes(s.index, s.graph, nodes, former);
  return result;
}

/** Merges `others` into `into`, keeping the index. */
function mergeAll(s: Applying, into: string, others: Iterable<string>): number {
  const merging = [...new Set(others)].filter((n) => n !== into && s.graph.hasNode(n));
  if (merging.length === 0) return 0;
  changing(s, [into, ...merging], () => {
    for (const other of merging) for (const n of mergeNodes(s.graph, into, other)) s.touched.add(n);
  });
  return merging.length;
}

/** Nodes other than `node` whose own name has the key of `name` (a later digest named something by it). */
const ownersOf = (s: Applying, name: string, node: string): string[] =>
  lookupAll(s.index, name).filter((n) => n !== node && ownsKey(s.graph, n, nameKey(name)));

function setNames(s: Applying, node: string, name: string, aliases: string[]): void {
  changing(s, [node], () => s.graph.mergeNodeAttributes(node, { name, label: name, aliases: orderedAliases(name, aliases) }));
}

type Step<A extends Decision["action"]> = (s: Applying, d: Extract<Decision, { action: A }>) => Outcome;

const merge: Step<"merge"> = (s, d) => {
  const into = findRef(s.graph, s.index, d.into);
  if (into === undefined) return stale(d.into);
  const found = d.others.map((o) => findRef(s.graph, s.index, o));
  const missing = d.others.filter((_, i) => found[i] === undefined).map((o) => `'${o.name}'`);
  const merged = mergeAll(s, into, found.filter((n): n is string => n !== undefined));
  const note = missing.length ? `no entity named ${missing.join(", ")}` : undefined;
  if (merged) return { status: "applied", ...(note ? { note } : {}) };
  return missing.length === d.others.length ? { status: "stale", note: note! } : { status: "idle", note: "already one entity" };
};

const alias: Step<"alias"> = (s, d) => {
  const node = findRef(s.graph, s.index, d.entity);
  if (node === undefined) return stale(d.entity);
  const key = nameKey(d.form);
  mergeAll(s, node, ownersOf(s, d.form, node));
  // The form names this entity now: others lose it.
  const others = lookupAll(s.index, d.form).filter((n) => n !== node);
  if (others.length) {
    changing(s, others, () => {
      for (const other of others) {
        const a = s.graph.getNodeAttributes(other);
        s.graph.setNodeAttribute(other, "aliases", a.aliases.filter((x) => x === a.name || freshNameKey(x) !== key));
      }
    });
  }
  const a = s.graph.getNodeAttributes(node);
  if (a.aliases.includes(d.form)) return others.length ? APPLIED : { status: "idle", note: "already one of its names" };
  setNames(s, node, a.name, [...a.aliases, d.form]);
  return APPLIED;
};

const unalias: Step<"unalias"> = (s, d) => {
  const node = findRef(s.graph, s.index, d.entity);
  if (node === undefined) return stale(d.entity);
  const key = nameKey(d.form);
  if (ownsKey(s.graph, node, key)) return { status: "stale", note: `'${d.form}' is its name now; rename it first` };
  const a = s.graph.getNodeAttributes(node);
  const kept = a.aliases.filter((x) => freshNameKey(x) !== key);
  if (kept.length === a.aliases.length) return { status: "idle", note: "not one of its names" };
  setNames(s, node, a.name, kept);
  return APPLIED;
};

const rename: Step<"rename"> = (s, d) => {
  const node = findRef(s.graph, s.index, d.entity);
  if (node === undefined) return stale(d.entity);
  mergeAll(s, node, ownersOf(s, d.name, node));
  const a = s.graph.getNodeAttributes(node);
  if (a.name === d.name) return { status: "idle", note: "already its name" };
  setNames(s, node, d.name, [...a.aliases, d.name]);
  return APPLIED;
};

const retype: Step<"retype"> = (s, d) => {
  const node = findRef(s.graph, s.index, d.entity);
  if (node === undefined) return stale(d.entity);
  if (s.graph.getNodeAttribute(node, "type") === d.type) return { status: "idle", note: `already a ${d.type}` };
  s.graph.setNodeAttribute(node, "type", d.type);
  return APPLIED;
};

const reject: Step<"reject"> = (s, d) => {
  const node = findRef(s.graph, s.index, d.entity);
  if (node === undefined) return stale(d.entity);
  for (const n of s.graph.neighbors(node)) s.touched.add(n);
  changing(s, [node], () => s.graph.dropNode(node));
  s.touched.delete(node);
  return APPLIED;
};

const rejectRelation: Step<"reject-relation"> = (s, d) => {
  const source = findRef(s.graph, s.index, d.source);
  const target = findRef(s.graph, s.index, d.target);
  if (source === undefined) return stale(d.source);
  if (target === undefined) return stale(d.target);
  const key = edgeKey(d.predicate, ...orient(d.predicate, source, target));
  if (!s.graph.hasEdge(key)) return { status: "idle", note: "no such relation in the graph" };
  s.graph.dropEdge(key);
  s.touched.add(source).add(target);
  return APPLIED;
};

const add: Step<"add"> = (s, d) => {
  const node = findRef(s.graph, s.index, { name: d.name, type: d.type });
  const named = [d.name, ...d.aliases].flatMap((name) => lookupAll(s.index, name).filter((n) => ownsKey(s.graph, n, nameKey(name))));
  const primary = node ?? named[0];
  if (primary === undefined) return { status: "waiting", note: "no digest has named it yet" };
  mergeAll(s, primary, named);
  const a = s.graph.getNodeAttributes(primary);
  // Found by an alias only: the added name is the canonical one.
  const name = ownsKey(s.graph, primary, nameKey(d.name)) ? a.name : d.name;
  setNames(s, primary, name, [...a.aliases, d.name, ...d.aliases]);
  s.graph.setNodeAttribute(primary, "type", d.type);
  return APPLIED;
};

const STEPS: { [A in Decision["action"]]: Step<A> } = {
  merge,
  alias,
  unalias,
  rename,
  retype,
  reject,
  "reject-relation": rejectRelation,
  add,
};

/** Applies the decisions in order; returns what became of each (same order). */
export function applyCuration(graph: KnowledgeGraph, decisions: readonly Decision[], index: AliasIndex): Outcome[] {
  const s: Applying = { graph, index, touched: new Set() };
  const outcomes = decisions.map((d) => (STEPS[d.action] as Step<typeof d.action>)(s, d as never));
  // Degrees as the analyses count them (distinct neighbours, link weight), for the nodes whose edges moved.
  for (const node of s.touched) {
    if (!graph.hasNode(node)) continue;
    const weights = linkWeights(graph, node);
    let weighted = 0;
    for (const w of weights.values()) weighted += w;
    graph.mergeNodeAttributes(node, { degree: weights.size, weightedDegree: roundSignificant(weighted) });
  }
  return outcomes;
}
