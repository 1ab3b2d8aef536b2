// A weak guess (an unknown name made only of ordinary words: "Plan Mode", "Level 1") is kept only
// when a typed relation cue uses it: then the text treats it as a name.
import type { Entity, Relation, ResolvedMention } from "../types.ts";

/** Entities with a mention that is no weak guess. */
export const strongEntities = (mentions: readonly ResolvedMention[]): Set<string> => new Set(mentions.filter((m) => !m.weak).map((m) => m.entity));

export function dropUnusedWeak(entities: Entity[], mentions: ResolvedMention[], relations: Relation[]) {
  const strong = strongEntities(mentions);
  for (const r of relations) {
    if (r.predicate === "co_mention") continue;
    strong.add(r.source);
    strong.add(r.target);
  }
  if (entities.every((e) => strong.has(e.id))) return { entities, mentions, relations };
  return {
    entities: entities.filter((e) => strong.has(e.id)),
    mentions: mentions.filter((m) => strong.has(m.entity)),
    relations: relations.filter((r) => strong.has(r.source) && strong.has(r.target)),
  };
}
