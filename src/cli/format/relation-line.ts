// One relation on one line: its arrow, weight, latest date and evidence sentence.
import type { RelationView } from "../../query/relations.ts";
import { truncateDisplay } from "./width.ts";

/** Evidence text is cut to this many columns in text output (--json keeps it whole). */
const EVIDENCE_COLUMNS = 100;

export const ARROWS: Record<RelationView["direction"], string> = { out: "→", in: "←", both: "↔" };

export function evidenceText(relation: RelationView): string {
  const latest = relation.evidence[0];
  if (!latest) return "";
  const text = latest.text.replace(/\s+/g, " ").trim();
  return truncateDisplay(text, EVIDENCE_COLUMNS);
}

export const evidenceDate = (relation: RelationView): string => relation.evidence[0]?.date ?? "";

/** "develops →" / "← develops" / "partners_with ↔" */
export function relationLabel(relation: RelationView): string {
  const arrow = ARROWS[relation.direction];
  return relation.direction === "in" ? `${arrow} ${relation.predicate}` : `${relation.predicate} ${arrow}`;
}
