// Whether a relation's evidence names one of its entities only in some way (as a quantised build,
// as the place something was said): the stages after the extractors drop relations on it.
import type { Relation, ResolvedMention } from "../types.ts";

/** The entity is named in the relation's evidence, and every mention of it there passes `test`. */
export function namedOnlyAs(r: Relation, entity: string, mentions: readonly ResolvedMention[], test: (m: ResolvedMention) => boolean): boolean {
  const { start, end } = r.evidence.span;
  let named = false;
  for (const m of mentions) {
    if (m.entity !== entity || m.span.start < start || m.span.end > end) continue;
    if (!test(m)) return false;
    named = true;
  }
  return named;
}
