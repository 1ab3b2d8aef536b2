// A family and one of its own versions ("Gemini" and "Gemini 2.5 Pro", "Grok" and "Grok 3") are
// one line of things: neither rivals, uses nor is evaluated on the other. Such a relation (of
// 136 competes_with edges in the bulk graph) reads a name written two ways in one comparison.
import type { EdgeKind, Relation } from "../types.ts";

const BETWEEN_ONE_LINE: ReadonlySet<EdgeKind> = new Set(["competes_with", "uses", "evaluated_on"]);

/** Entity ids are name keys (src/resolve/name-order.ts): a version's key is its family's and a version. */
export function isFamilyAndVersion(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (!long.startsWith(short) || /\d/.test(short)) return false;
  const rest = long.charCodeAt(short.length) === 118 ? long.charCodeAt(short.length + 1) : long.charCodeAt(short.length); // a "v" before the number
  return rest >= 48 && rest <= 57;
}

export function dropFamilyRelations(relations: Relation[]): Relation[] {
  return relations.some(selfLine) ? relations.filter((r) => !selfLine(r)) : relations;
}

const selfLine = (r: Relation): boolean => BETWEEN_ONE_LINE.has(r.predicate) && isFamilyAndVersion(r.source, r.target);
