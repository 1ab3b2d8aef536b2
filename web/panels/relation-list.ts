// One group of relations in the entity panel: each neighbour (a button that moves there) with
// the evidence for the link (evidence.ts). Evidence comes from the server after the panel is
// drawn; each relation keeps a slot that fillEvidence() fills.
import type { Digests, EvidenceByEdge } from "../api.ts";
import { SYMMETRIC_PREDICATES } from "../../src/types.ts";
import { edgeKindLabel } from "../render/words.ts";
import type { KnowledgeGraph } from "../state/graph.ts";
import { nameMatcher } from "../state/marks.ts";
import type { RelationGroup, RelationRow } from "../state/relations.ts";
import { el, replaceWithAll } from "./dom.ts";
import { evidenceBlock } from "./evidence.ts";

const ROWS_SHOWN = 20;

export interface RelationListContext {
  graph: KnowledgeGraph;
  /** The entity the panel shows. */
  node: string;
  goTo: (node: string) => void;
  /** The name a neighbour is listed by (the label language's). */
  nameOf: (node: string) => string;
  evidence: () => EvidenceByEdge | null;
  digests: () => Digests;
  /** A relation's "Wrong relation" button, when the page may correct the graph. */
  wrongRelation?: (edge: string) => HTMLElement | null;
}

function arrow(row: RelationRow): string {
  if (SYMMETRIC_PREDICATES.has(row.attrs.predicate)) return "↔";
  return row.direction === "out" ? "→" : "←";
}

/** Every surface form of the two entities a relation joins. */
function bothNames(ctx: RelationListContext, other: string): RegExp | null {
  const forms = (node: string): string[] => {
    const a = ctx.graph.getNodeAttributes(node);
    return [a.name, ...(a.aliases ?? [])];
  };
  return nameMatcher([...forms(ctx.node), ...forms(other)]);
}

function fill(slot: HTMLElement, ctx: RelationListContext, evidence: EvidenceByEdge): void {
  const edge = slot.dataset.edge ?? "";
  const found = evidence.get(edge);
  if (!found?.evidence.length) return;
  const weight = ctx.graph.getEdgeAttribute(edge, "weight");
  slot.append(evidenceBlock(edge, weight, found, { digests: ctx.digests, names: bothNames(ctx, slot.dataset.other ?? "") }));
}

/** Puts the evidence into every relation under `root` that has none yet. */
export function fillEvidence(root: ParentNode, ctx: RelationListContext, evidence: EvidenceByEdge): void {
  for (const slot of root.querySelectorAll<HTMLElement>(".evidence-slot:empty")) fill(slot, ctx, evidence);
}

function relationItem(row: RelationRow, ctx: RelationListContext): HTMLLIElement {
  const { attrs } = row;
  const seen = attrs.firstSeen === attrs.lastSeen ? attrs.firstSeen : `${attrs.firstSeen ?? "?"} – ${attrs.lastSeen ?? "?"}`;
  const slot = el("div", { class: "evidence-slot", attrs: { "data-edge": row.edge, "data-other": row.other } });
  const loaded = ctx.evidence();
  if (loaded) fill(slot, ctx, loaded);
  return el(
    "li",
    { class: "relation", attrs: { "data-edge": row.edge } },
    el(
      "div",
      { class: "relation-head" },
      el("span", { class: "arrow", attrs: { title: row.direction === "out" ? "outgoing" : "incoming" } }, arrow(row)),
      el(
        "button",
        {
          class: "neighbour",
          attrs: { type: "button", "data-node": row.other, "data-type": ctx.graph.getNodeAttribute(row.other, "type") },
          on: { click: () => ctx.goTo(row.other) },
        },
        ctx.nameOf(row.other),
      ),
      el("span", { class: "weight", attrs: { title: "pieces of evidence seen" } }, `×${attrs.weight}`),
      seen ? el("span", { class: "seen" }, seen) : null,
      ctx.wrongRelation?.(row.edge) ?? null,
    ),
    attrs.roles?.length ? el("div", { class: "roles" }, `role: ${attrs.roles.join(", ")}`) : null,
    slot,
  );
}

export function relationGroupElement(group: RelationGroup, ctx: RelationListContext): HTMLDetailsElement {
  const item = (r: RelationRow): HTMLLIElement => relationItem(r, ctx);
  const list = el("ul", { class: "relations" }, group.rows.slice(0, ROWS_SHOWN).map(item));
  if (group.rows.length > ROWS_SHOWN) {
    const all = el("button", { class: "more", attrs: { type: "button" } }, `Show all ${group.rows.length}`);
    all.addEventListener("click", () => replaceWithAll(all.parentElement, group.rows.slice(ROWS_SHOWN).map(item)));
    list.append(el("li", {}, all));
  }
  const details = el(
    "details",
    { class: "relation-group", attrs: { "data-predicate": group.kind } },
    el("summary", {}, edgeKindLabel(group.kind), el("span", { class: "count" }, group.rows.length)),
    list,
  );
  // Typed relations are the point; co-mentions are many and weaker, so they start folded.
  details.open = group.kind !== "co_mention";
  return details;
}
