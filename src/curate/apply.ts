// Applies a curation to a built graph, in place: each decision in file order, each finding its
// entities by name in the graph as the decisions before it left it (the graph the person saw
// when they made it). Pure over the graph: the same graph and decisions give the same result,
// so a store built incrementally and one rebuilt from scratch curate alike. The alias index is
// kept up to date as nodes merge, change names or go; degrees are recounted where edges moved.
import { placeNewNodes } from "../analyse/place.ts";
import { edgeKey, orient } from "../graph/edges.ts";
import { mergeNodes, orderedAliases } from "../graph/merge-nodes.ts";
import type { KnowledgeGraph } from "../graph/types.ts";
import { lookupAll, reindexNodes, type AliasIndex } from "../query/alias-index.ts";
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

/** Merges `others` into `into`, keeping the index. */
function mergeAll(s: Applying, into: string, others: Iterable<string>): number {
  let merged = 0;
  const changed = [into];
  for (const other of others) {
    if (other === into || !s.graph.hasNode(other)) continue;
    for (const n of mergeNodes(s.graph, into, other)) s.touched.add(n);
    changed.push(other);
    merged++;
  }
  if (merged) reindexNodes(s.index, s.graph, changed);
  return merged;
}

/** Nodes other than `node` whose own name has the key of `name` (a later digest named something by it). */
const ownersOf = (s: Applying, name: string, node: string): string[] =>
  lookupAll(s.index, name).filter((n) => n !== node && ownsKey(s.graph, n, nameKey(name)));

function setNames(s: Applying, node: string, name: string, aliases: string[]): void {
  s.graph.mergeNodeAttributes(node, { name, label: name, aliases: orderedAliases(name, aliases) });
  reindexNodes(s.index, s.graph, [node]);
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
  for (const other of others) {
    const a = s.graph.getNodeAttributes(other);
    s.graph.setNodeAttribute(other, "aliases", a.aliases.filter((x) => x === a.name || freshNameKey(x) !== key));
  }
  if (others.length) reindexNodes(s.index, s.graph, others);
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
  s.graph.dropNode(node);
  s.touched.delete(node);
  reindexNodes(s.index, s.graph, [node]);
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
  const alive = [...s.touched].filter((n) => graph.hasNode(n));
  if (alive.length) placeNewNodes(graph, [], alive);
  return outcomes;
}
