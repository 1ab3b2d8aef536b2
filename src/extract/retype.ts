// A name typed only by default (an unknown Latin word in Chinese text) takes the type the role it
// plays says: the one who releases, invests or employs is an organisation; who works for one or
// founds one is a person; what is evaluated on is a model.
import type { Entity, EntityType, Relation, ResolvedMention } from "../types.ts";

const SOURCE_ROLE: Partial<Record<string, EntityType>> = {
  develops: "organization", invests_in: "organization", acquires: "organization",
  works_for: "person", founded: "person", evaluated_on: "model",
};
const TARGET_ROLE: Partial<Record<string, EntityType>> = {
  works_for: "organization", invests_in: "organization", partners_with: "organization",
};

export function retypeByRole(entities: Entity[], mentions: readonly ResolvedMention[], relations: readonly Relation[]): Entity[] {
  const typedByCue = new Set(mentions.filter((m) => !m.guessed).map((m) => m.entity));
  const guessed = new Set(entities.filter((e) => !typedByCue.has(e.id)).map((e) => e.id));
  if (!guessed.size) return entities;
  const roles = new Map<string, EntityType>();
  for (const r of relations) {
    const asSource = SOURCE_ROLE[r.predicate];
    const asTarget = TARGET_ROLE[r.predicate];
    if (asSource && guessed.has(r.source) && !roles.has(r.source)) roles.set(r.source, asSource);
    if (asTarget && guessed.has(r.target) && !roles.has(r.target)) roles.set(r.target, asTarget);
  }
  return entities.map((e) => (roles.has(e.id) ? { ...e, type: roles.get(e.id)! } : e));
}
