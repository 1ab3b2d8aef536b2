// One relation on one line: its arrow, weight, latest date, and the evidence sentence cut to
// show both names, with the digest's title.
import type { EvidenceView, RelationView } from "../../query/relations.ts";
import type { Manifest } from "../../store/manifest.ts";
import type { KnowledgeGraph } from "../../graph/types.ts";
import { evidenceWindow } from "./evidence-window.ts";
import { truncateDisplay } from "./width.ts";

/** Evidence text is cut to this many columns in text output (--json keeps it whole)… */
const EVIDENCE_COLUMNS = 100;
/** …and the digest's title after it to this many. */
const TITLE_COLUMNS = 40;

export const ARROWS: Record<RelationView["direction"], string> = { out: "→", in: "←", both: "↔" };

/** What a row needs to show evidence: both ends' names, and digest titles by id. */
export interface EvidenceContext {
  namesOf(node: string): readonly string[];
  titleOf(doc: string): string | undefined;
}

export function evidenceContext(graph: KnowledgeGraph, manifest: Manifest): EvidenceContext {
  return {
    namesOf: (node) => (graph.hasNode(node) ? [graph.getNodeAttribute(node, "name"), ...graph.getNodeAttribute(node, "aliases")] : []),
    titleOf: (doc) => manifest.digests[doc]?.title || undefined,
  };
}

/** The latest evidence sentence, cut around the names of `a` and `b`, and the digest it is from. */
export function evidenceText(relation: RelationView, a: string, b: string, ctx: EvidenceContext): string {
  const latest = relation.evidence[0];
  if (!latest) return "";
  const text = evidenceWindow(latest.text, ctx.namesOf(a), ctx.namesOf(b), EVIDENCE_COLUMNS);
  const title = ctx.titleOf(latest.doc);
  return title ? `${text}  — ${truncateDisplay(title, TITLE_COLUMNS)}` : text;
}

export const evidenceDate = (relation: RelationView): string => relation.evidence[0]?.date ?? "";

/** Evidence for --json: each piece with its digest's title. */
export function withTitles(evidence: readonly EvidenceView[], ctx: EvidenceContext): (EvidenceView & { title: string | null })[] {
  return evidence.map((e) => ({ ...e, title: ctx.titleOf(e.doc) ?? null }));
}

/** "develops →" / "← develops" / "partners_with ↔" */
export function relationLabel(relation: RelationView): string {
  const arrow = ARROWS[relation.direction];
  return relation.direction === "in" ? `${arrow} ${relation.predicate}` : `${relation.predicate} ${arrow}`;
}
