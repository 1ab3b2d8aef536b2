// One group of relations in the entity panel: each neighbour (a button that moves there) with
// the evidence for the link — sentence, digest, date and source link. Evidence comes from the
// server after the panel is drawn; each relation keeps a slot that fillEvidence() fills.
import type { EvidenceByEdge, EvidenceItem } from "../api.ts";
import { SYMMETRIC_PREDICATES } from "../../src/types.ts";
import { edgeKindLabel, readable } from "../render/words.ts";
import { nameOf } from "../state/graph.ts";
import type { KnowledgeGraph } from "../state/graph.ts";
import type { RelationGroup, RelationRow } from "../state/relations.ts";
import { el, externalLink, replaceWithAll } from "./dom.ts";

const ROWS_SHOWN = 20;
const EVIDENCE_SHOWN = 2;

function evidenceItem(e: EvidenceItem): HTMLLIElement {
  const link = e.url ? externalLink(e.url, "source") : null;
  const meta = [e.doc, e.date].filter((x): x is string => Boolean(x)).join(" · ");
  return el(
    "li",
    { class: "evidence" },
    el("blockquote", {}, readable(e.text)),
    el("div", { class: "meta" }, meta, link ? " · " : null, link),
  );
}

function evidenceList(evidence: EvidenceItem[]): HTMLUListElement {
  const list = el("ul", { class: "evidence-list" }, evidence.slice(0, EVIDENCE_SHOWN).map(evidenceItem));
  const rest = evidence.length - EVIDENCE_SHOWN;
  if (rest > 0) {
    const more = el("button", { class: "more", attrs: { type: "button" } }, `+${rest} more evidence`);
    more.addEventListener("click", () => replaceWithAll(more.parentElement, evidence.slice(EVIDENCE_SHOWN).map(evidenceItem)));
    list.append(el("li", {}, more));
  }
  return list;
}

function arrow(row: RelationRow): string {
  if (SYMMETRIC_PREDICATES.has(row.attrs.predicate)) return "↔";
  return row.direction === "out" ? "→" : "←";
}

/** Puts the evidence into every relation under `root` that has none yet. */
export function fillEvidence(root: ParentNode, evidence: EvidenceByEdge): void {
  for (const slot of root.querySelectorAll<HTMLElement>(".evidence-slot:empty")) {
    const found = evidence.get(slot.dataset.edge ?? "");
    if (found?.length) slot.append(evidenceList(found));
  }
}

function relationItem(
  graph: KnowledgeGraph,
  row: RelationRow,
  goTo: (node: string) => void,
  evidence: () => EvidenceByEdge | null,
): HTMLLIElement {
  const { attrs } = row;
  const seen = attrs.firstSeen === attrs.lastSeen ? attrs.firstSeen : `${attrs.firstSeen ?? "?"} – ${attrs.lastSeen ?? "?"}`;
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
          attrs: { type: "button", "data-node": row.other, "data-type": graph.getNodeAttribute(row.other, "type") },
          on: { click: () => goTo(row.other) },
        },
        nameOf(graph, row.other),
      ),
      el("span", { class: "weight", attrs: { title: "weight" } }, `×${attrs.weight}`),
      seen ? el("span", { class: "seen" }, seen) : null,
    ),
    attrs.roles?.length ? el("div", { class: "roles" }, `role: ${attrs.roles.join(", ")}`) : null,
    evidenceSlot(row.edge, evidence()),
  );
}

function evidenceSlot(edge: string, evidence: EvidenceByEdge | null): HTMLDivElement {
  const slot = el("div", { class: "evidence-slot", attrs: { "data-edge": edge } });
  const found = evidence?.get(edge);
  if (found?.length) slot.append(evidenceList(found));
  return slot;
}

export function relationGroupElement(
  graph: KnowledgeGraph,
  group: RelationGroup,
  goTo: (node: string) => void,
  evidence: () => EvidenceByEdge | null,
): HTMLDetailsElement {
  const item = (r: RelationRow): HTMLLIElement => relationItem(graph, r, goTo, evidence);
  const list = el("ul", { class: "relations" }, group.rows.slice(0, ROWS_SHOWN).map(item));
  if (group.rows.length > ROWS_SHOWN) {
    const all = el("button", { class: "more", attrs: { type: "button" } }, `Show all ${group.rows.length}`);
    all.addEventListener("click", () =>
      replaceWithAll(all.parentElement, group.rows.slice(ROWS_SHOWN).map(item)),
    );
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
