// The mention a link's label makes for the accounts extractor: the name where it stands in the
// label (which may hold bold or code marks around it), typed and reasoned by the caller.
import type { EntityType, Link, Mention } from "../../../src/types.ts";
import type { LexEntry } from "../../../src/resolve/lexicon.ts";

export interface LabelFinding {
  type: EntityType;
  /** The lexicon's entry for the name, if it knows it. */
  entry: LexEntry | undefined;
  reason: string;
  confidence: number;
}

/** `name` as found in the link's label in `entityText`, else undefined. */
export function labelMention(name: string, link: Link, text: string, entityText: string, found: LabelFinding): Mention | undefined {
  const start = entityText.indexOf(name, link.span.start);
  if (start < 0 || start + name.length > link.span.end) return undefined;
  return {
    span: { start, end: start + name.length },
    text: text.slice(start, start + name.length),
    type: found.type,
    ...(found.entry ? { canonical: found.entry.name } : {}),
    extractor: "accounts",
    reason: found.reason,
    confidence: found.confidence,
  };
}
