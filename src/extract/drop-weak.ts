// A weak guess (an unknown name made only of ordinary words: "Plan Mode", "Level 1"; a name-shaped
// word in running English text, "FlashKDA") is kept only when a hand rule's typed relation uses
// it: then the text treats it as a name. The classifier's relations do not keep one: it relates
// what it is given, names or not (about half its relations of such words were right, against
// four in five of the rules').
import type { Entity, Relation, ResolvedMention } from "../types.ts";

/** Entities with a mention that is no weak guess. */
export const strongEntities = (mentions: readonly ResolvedMention[]): Set<string> => new Set(mentions.filter((m) => !m.weak).map((m) => m.entity));

export function dropUnusedWeak(entities: Entity[], mentions: ResolvedMention[], relations: Relation[]) {
  const strong = strongEntities(mentions);
  for (const r of relations) {
    if (r.predicate === "co_mention" || r.extractor === "classifier") continue;
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
