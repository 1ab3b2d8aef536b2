// Which items a change of view concerns, for sigma's partial refreshes on large graphs
// (renderer.ts): what a selection or a path decides the look of, and what a filter changed.
import type { PathResult, View } from "../state/derived.ts";
import type { KnowledgeGraph } from "../state/graph.ts";
import type { GraphIndex } from "../state/graph-index.ts";

/** What a selection or a path decides the look of, as sigma draws it on a large graph. */
export function ownItems(selected: string | null, path: PathResult | null, nodes: Set<string>, edges: Set<string>): void {
  if (selected !== null) nodes.add(selected);
  for (const n of path?.nodes ?? []) nodes.add(n);
  for (const e of path?.edges ?? []) edges.add(e);
}

/**
 * Items whose visibility or overview label differs between two views, with the edges of changed
 * nodes. Edges by their own filters whatever the co-mention switch: co-mentions are switched off by
 * not drawing their program (settings.ts), so that switch costs no edge.
 */
export function changedItems(graph: KnowledgeGraph, index: GraphIndex, before: View, after: View, nodes: Set<string>, edges: Set<string>): void {
  const [was, now] = [before.visible, after.visible];
  if (was === now) return;
  for (let i = 0; i < index.nodes.length; i++) {
    const node = index.nodes[i]!;
    const labelled = before.overview.has(node) !== after.overview.has(node);
    if (was.nodes[i] === now.nodes[i] && !labelled) continue;
    nodes.add(node);
    // sigma draws an edge only when both its ends show: a node's edges follow it.
    if (was.nodes[i] !== now.nodes[i]) graph.forEachEdge(node, (edge) => void edges.add(edge));
  }
  for (let j = 0; j < index.edges.length; j++) if (was.edgesWithCoMentions[j] !== now.edgesWithCoMentions[j]) edges.add(index.edges[j]!);
}

/** Nodes the overview labels in one view and not in the other (a correction moved PageRank, or took a leader away). */
export function overviewChanged(before: View, after: View, nodes: Set<string>): void {
  for (const n of before.overview) if (!after.overview.has(n)) nodes.add(n);
  for (const n of after.overview) if (!before.overview.has(n)) nodes.add(n);
}
