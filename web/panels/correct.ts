// "Correct": the entity panel's corrections — Merge into…, Rename, Wrong type, Not an entity —
// and each relation's Wrong relation. Each goes to the server (web/curation.ts), which writes it
// to the store's curation file; the page's graph then changes in place, announced with Undo. A server
// that takes no corrections (a network address without --allow-edit) says why instead.
import { ENTITY_TYPES } from "../../src/types.ts";
import type { EntityType } from "../../src/types.ts";
import { editing, type Correction, type Curation } from "../curation.ts";
import type { KnowledgeGraph } from "../state/graph.ts";
import type { Search } from "../state/search.ts";
import { el } from "./dom.ts";
import { createEntityPicker } from "./entity-picker.ts";

export interface CorrectContext {
  graph: KnowledgeGraph;
  search: Search;
  curation: Curation;
  node: string;
}

/** Sends a correction, saying on `status` that it is on its way, or why the server refused it. */
function send(status: HTMLElement, correction: Correction, curation: Curation): void {
  status.textContent = "Saving the correction…";
  status.dataset.state = "busy";
  curation.correct(correction).catch((err: unknown) => {
    status.textContent = `Not saved: ${(err as Error).message}`;
    status.dataset.state = "refused";
  });
}

/** A button that opens a small form in `slot` (one at a time). */
function opener(slot: HTMLElement, label: string, testid: string, form: () => HTMLElement): HTMLButtonElement {
  return el("button", { attrs: { type: "button", "data-testid": testid }, on: { click: () => slot.replaceChildren(form()) } }, label);
}

export function correctSection(ctx: CorrectContext): HTMLElement {
  const { graph, search, curation, node } = ctx;
  const can = editing();
  if (!can.on) return el("details", { class: "correct" }, el("summary", {}, "Correct"), el("p", { class: "hint" }, `Corrections are off: ${can.why}.`));
  const a = graph.getNodeAttributes(node);
  const slot = el("div", { class: "correct-form" });
  const status = el("p", { class: "hint correction-status", attrs: { "aria-live": "polite", "data-testid": "correction-status" } });
  const go = (correction: Correction): void => send(status, correction, curation);

  const mergeForm = (): HTMLElement => {
    const picker = createEntityPicker(search, {
      label: "Merge into",
      placeholder: "the entity it is…",
      onChoose: (into) => (into === node ? (status.textContent = "That is this entity.") : go({ action: "merge", into, others: [node] })),
    });
    return el("div", { class: "row" }, el("span", {}, `${a.name} is:`), picker.element);
  };
  const renameForm = (): HTMLElement => {
    const input = el("input", { attrs: { type: "text", value: a.name, "aria-label": "New name", "data-testid": "rename-input" } });
    const save = (): void => void (input.value.trim() && go({ action: "rename", entity: node, name: input.value.trim() }));
    input.addEventListener("keydown", (e) => e.key === "Enter" && save());
    return el("div", { class: "row" }, input, el("button", { attrs: { type: "button", "data-testid": "rename-save" }, on: { click: save } }, "Save"));
  };
  const retypeForm = (): HTMLElement => {
    const select = el("select", { attrs: { "aria-label": "Type", "data-testid": "retype-select" } }, ENTITY_TYPES.map((t) => el("option", { attrs: { value: t, ...(t === a.type ? { selected: "" } : {}) } }, t)));
    const save = (): void => void (select.value !== a.type && go({ action: "retype", entity: node, type: select.value as EntityType }));
    return el("div", { class: "row" }, select, el("button", { attrs: { type: "button", "data-testid": "retype-save" }, on: { click: save } }, "Save"));
  };
  const rejectForm = (): HTMLElement =>
    el(
      "div",
      { class: "row" },
      el("span", {}, `Remove ${a.name} and its relations from the graph?`),
      el("button", { class: "danger", attrs: { type: "button", "data-testid": "reject-confirm" }, on: { click: () => go({ action: "reject", entity: node }) } }, "Remove"),
    );

  // The status line sits outside the folded section: a relation's Wrong relation reports there too.
  return el(
    "div",
    { class: "correct-wrap" },
    el(
      "details",
      { class: "correct", attrs: { "data-testid": "correct" } },
      el("summary", {}, "Correct"),
      el(
        "div",
        { class: "buttons" },
        opener(slot, "Merge into…", "merge-into", mergeForm),
        opener(slot, "Rename", "rename", renameForm),
        opener(slot, "Wrong type", "wrong-type", retypeForm),
        opener(slot, "Not an entity", "not-an-entity", rejectForm),
      ),
      slot,
    ),
    status,
  );
}

/** Each relation's "Wrong relation": removes it (Undo puts it back). Null when the server takes no corrections. */
export function wrongRelationButton(edge: string, curation: Curation, status: () => HTMLElement | null): HTMLButtonElement | null {
  if (!editing().on) return null;
  return el(
    "button",
    {
      class: "wrong-relation",
      attrs: { type: "button", title: "Wrong relation: remove it from the graph (Undo puts it back)", "aria-label": "Wrong relation", "data-testid": "wrong-relation" },
      on: {
        click: () => {
          const line = status();
          if (line) send(line, { action: "reject-relation", edge }, curation);
        },
      },
    },
    "wrong", // a word, not a ✕: the row's ×N is its weight, and a ✕ reads as "close"
  );
}
