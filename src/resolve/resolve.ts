// Mentions of one digest → entities: one entity per thing, a canonical name (the lexicon's, or
// the form the digest uses most), every surface form as an alias. Versions never merge with
// their family or maker: keys are whole normalised names, never prefixes.
import type { Entity, EntityType, Mention, ResolvedMention, Sentence } from "../types.ts";
import type { Lexicon } from "./lexicon.ts";
import { lookup } from "./lexicon.ts";
import { nameKey } from "./normalize.ts";
import { cleanSurface } from "./surface.ts";
import { personAliasTarget } from "./person-names.ts";

export interface Resolution {
  entities: Entity[];
  mentions: ResolvedMention[];
}

interface Group {
  id: string;
  lexName?: string;
  lexType?: EntityType;
  altTypes?: EntityType[];
  mentions: Mention[];
  surfaces: string[];
}

export function resolveMentions(mentions: readonly Mention[], sentences: readonly Sentence[], lexicon: Lexicon): Resolution {
  const groups = new Map<string, Group>();
  const keyOf = new Map<Mention, string>();
  for (const m of mentions) {
    const surface = cleanSurface(m.text, m.type);
    const entry = m.canonical ? lookup(lexicon, m.canonical) : lookup(lexicon, surface);
    const canonical = m.canonical ?? entry?.name ?? surface;
    const id = nameKey(canonical);
    if (!id) continue;
    const g = groups.get(id) ?? { id, mentions: [], surfaces: [] };
    if (entry && nameKey(entry.name) === id) {
      g.lexName = entry.name;
      g.lexType = entry.type;
      if (entry.altTypes?.length) g.altTypes = entry.altTypes;
    }
    g.mentions.push(m);
    g.surfaces.push(surface);
    groups.set(id, g);
    keyOf.set(m, id);
  }
  mergePartialPersonNames(groups, keyOf);
  const entities = [...groups.values()].map(toEntity);
  const resolved = mentions
    .filter((m) => keyOf.has(m))
    .map((m) => ({ ...m, entity: keyOf.get(m)!, sentence: sentenceOf(sentences, m.span.start) }));
  return { entities, mentions: resolved };
}

/** "Molly" → "Molly Cantillon", "哈萨比斯" → "德米斯·哈萨比斯" when the digest names only one such person. */
function mergePartialPersonNames(groups: Map<string, Group>, keyOf: Map<Mention, string>): void {
  const people = [...groups.values()].filter((g) => typeOf(g) === "person");
  const guessed = [...groups.values()].filter((g) => g.mentions.every((m) => m.guessed));
  for (const g of [...people, ...guessed]) {
    if (g.lexName || !groups.has(g.id)) continue;
    const target = personAliasTarget(g.surfaces[0]!, people.filter((p) => p !== g).map((p) => ({ id: p.id, name: nameOf(p) })));
    if (!target) continue;
    const into = groups.get(target)!;
    into.mentions.push(...g.mentions);
    into.surfaces.push(...g.surfaces);
    for (const m of g.mentions) keyOf.set(m, target);
    groups.delete(g.id);
  }
}

function typeOf(g: Group): EntityType {
  if (g.lexType) return g.lexType;
  const votes = new Map<EntityType, number>();
  for (const m of g.mentions) votes.set(m.type, (votes.get(m.type) ?? 0) + m.confidence);
  return [...votes.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}

function nameOf(g: Group): string {
  if (g.lexName) return g.lexName;
  const counts = new Map<string, number>();
  for (const s of g.surfaces) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]![0];
}

function toEntity(g: Group): Entity {
  const name = nameOf(g);
  const aliases = [...new Set(g.surfaces)];
  return {
    id: g.id,
    name,
    type: typeOf(g),
    ...(g.altTypes ? { altTypes: g.altTypes } : {}),
    aliases: aliases.includes(name) ? [name, ...aliases.filter((a) => a !== name)] : aliases,
    mentions: g.mentions.length,
    confidence: Math.max(...g.mentions.map((m) => m.confidence)),
  };
}

function sentenceOf(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!.span;
    if (s.end <= offset) lo = mid + 1;
    else if (s.start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}
