// Colours: one per entity type, and per community the same colours `aikg export` gives them
// (communities are numbered by size, so the largest get distinct colours).
import { communityColor } from "../../src/export/palette.ts";
import type { EntityType } from "../../src/types.ts";
import type { KnowledgeGraph } from "../state/graph.ts";

export const TYPE_COLORS: Record<EntityType, string> = {
  organization: "#2f6fdb",
  person: "#e0672b",
  model: "#1f9e6e",
  product: "#9a4fd1",
  hardware: "#c9a227",
  dataset: "#d64f86",
  research: "#4aa3b8",
};

export const OTHER_COLOR = "#b9bec6";
export const DIMMED_COLOR = "#e6e8eb";
export const EDGE_COLOR = "#aab3bd";
export const CO_MENTION_COLOR = "#dde1e6";
export const FOCUS_EDGE_COLOR = "#4a5562";
/** A focused node's co-mentions: lighter than its typed relations, which are drawn over them. */
export const CO_MENTION_FOCUS_COLOR = "#a9b2bd";
export const PATH_COLOR = "#e4572e";
/** Over a large graph, what a selection or a path does not concern (the page's background, nearly opaque). */
export const VEIL_COLOR = "rgba(247, 248, 250, 0.86)";

/** How many communities the legend names. */
const LEGEND_ENTRIES = 12;

export interface CommunityEntry {
  community: number;
  color: string;
  size: number;
  /** The community's node with the highest PageRank, to name it in the legend. */
  leader: string;
}

export interface CommunityPalette {
  colorOf(community: number | undefined): string;
  /** The largest communities, largest first. */
  entries: CommunityEntry[];
}

export function communityPalette(graph: KnowledgeGraph): CommunityPalette {
  const sizes = new Map<number, { size: number; leader: string; rank: number }>();
  graph.forEachNode((node, a) => {
    if (a.community === undefined) return;
    const entry = sizes.get(a.community) ?? { size: 0, leader: node, rank: -1 };
    entry.size++;
    if ((a.pagerank ?? 0) > entry.rank) [entry.leader, entry.rank] = [node, a.pagerank ?? 0];
    sizes.set(a.community, entry);
  });
  const entries = [...sizes]
    .sort((x, y) => y[1].size - x[1].size || x[0] - y[0])
    .slice(0, LEGEND_ENTRIES)
    .map(([community, e]) => ({ community, color: communityColor(community), size: e.size, leader: e.leader }));
  return { colorOf: communityColor, entries };
}

export const typeColor = (type: EntityType): string => TYPE_COLORS[type] ?? OTHER_COLOR;
