// Who releases a quantised build of a model ("Unsloth released Qwen3-30B-A3B-GGUF") does not
// develop the model: the build folds into the model's node (src/resolve/builds.ts), so a
// "develops" stated only of the build is dropped.
import type { Relation, ResolvedMention } from "../types.ts";

export function dropBuildDevelops(relations: Relation[], mentions: readonly ResolvedMention[]): Relation[] {
  const builds = mentions.filter((m) => m.build);
  if (!builds.length) return relations;
  return relations.filter((r) => r.predicate !== "develops" || !onlyBuildsOf(r, mentions));
}

/** The relation's target is named in its evidence only by builds. */
function onlyBuildsOf(r: Relation, mentions: readonly ResolvedMention[]): boolean {
  const { start, end } = r.evidence.span;
  let build = false;
  for (const m of mentions) {
    if (m.entity !== r.target || m.span.start < start || m.span.end > end) continue;
    if (!m.build) return false;
    build = true;
  }
  return build;
}
