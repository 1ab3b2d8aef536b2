// A digest's entity groups while its mentions are resolved (resolve.ts): one group per entity,
// with what the lexicon and the extractors said of it, and how a group is named and typed.
import type { EntityType, Mention } from "../types.ts";
import { buildBase } from "./builds.ts";

export interface Group {
  id: string;
  lexName?: string;
  lexType?: EntityType;
  altTypes?: EntityType[];
  mentions: Mention[];
  /** Where the mentions are in the list being resolved. */
  indices: number[];
  surfaces: string[];
  /** The model a build packages, when a mention is one ("Qwen3-30B-A3B" for "Qwen3-30B-A3B-GGUF"). */
  baseName?: string;
  /** Names an extractor gave that no surface spells ("Veo 3.1" for "Google Veo 3.1"). */
  given?: string[];
}

export function moveInto(groups: Map<string, Group>, keyOf: (string | undefined)[], g: Group, into: Group): void {
  into.mentions.push(...g.mentions);
  into.indices.push(...g.indices);
  into.surfaces.push(...g.surfaces);
  for (const i of g.indices) keyOf[i] = into.id;
  groups.delete(g.id);
}

export function typeOf(g: Group): EntityType {
  if (g.lexType) return g.lexType;
  if (g.mentions.every((m) => m.type === g.mentions[0]!.type)) return g.mentions[0]!.type;
  const votes = new Map<EntityType, number>();
  for (const m of g.mentions) votes.set(m.type, (votes.get(m.type) ?? 0) + m.confidence);
  return [...votes.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}

export function nameOf(g: Group): string {
  if (g.lexName) return g.lexName;
  // A family's version written after its maker is named as the family names it ("Google Veo 3.1" → "Veo 3.1").
  if (g.given) return mostFrequent(g.given);
  // A model named only by its builds is named as the model; else by its own forms, not its builds'.
  const surfaces = g.baseName ? g.surfaces.filter((s) => buildBase(s) === undefined) : g.surfaces;
  if (!surfaces.length) return g.baseName!;
  if (surfaces.every((s) => s === surfaces[0])) return surfaces[0]!;
  return mostFrequent(surfaces);
}

/** The most frequent of the names, the longest among equals. */
function mostFrequent(names: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const s of names) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]![0];
}
