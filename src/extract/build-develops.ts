// Who releases a quantised build of a model ("Unsloth released Qwen3-30B-A3B-GGUF") does not
// develop the model: the build folds into the model's node (src/resolve/builds.ts), so a
// "develops" stated only of the build is dropped.
import type { Relation, ResolvedMention } from "../types.ts";
import { namedOnlyAs } from "./evidence-mentions.ts";

export function dropBuildDevelops(relations: Relation[], mentions: readonly ResolvedMention[]): Relation[] {
  if (!mentions.some((m) => m.build)) return relations;
  // (The target named in the evidence only by builds.)
  return relations.filter((r) => r.predicate !== "develops" || !namedOnlyAs(r, r.target, mentions, (m) => m.build === true));
}
