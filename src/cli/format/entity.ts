// Turns a name typed on the command line into a node, or a not-found error with suggestions.
import type { KnowledgeGraph } from "../../graph/types.ts";
import { lookup, suggest, type AliasIndex } from "../../query/alias-index.ts";
import { EXIT, UserError } from "../errors.ts";

export function findEntity(graph: KnowledgeGraph, index: AliasIndex, name: string): string {
  const node = lookup(index, name);
  if (node !== undefined) return node;
  const close = suggest(index, graph, name);
  const hint = close.length ? `; did you mean: ${close.join(", ")}?` : "";
  throw new UserError(`no entity named '${name}'${hint}`, EXIT.partial);
}
