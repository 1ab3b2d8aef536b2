// Filters: entity types, edge kinds (co-mention among them), dates (seen in a range, or first
// seen in it, with "new this week / month" shortcuts), a minimum degree. Each type and kind shows
// how many it keeps under the other filters. The controls only dispatch; what they hide is
// decided by the derived visibility and the reducers. A correction that changes the graph
// (a new revision) counts them again, and lists a type that is new to the graph.
import { ENTITY_TYPES } from "../../src/types.ts";
import type { EdgeKind, EntityType } from "../../src/types.ts";
import type { Renderer } from "../render/renderer.ts";
import { edgeKindLabel } from "../render/words.ts";
import { dateOf } from "../state/graph-index.ts";
import type { Store } from "../state/store.ts";
import { EDGE_KINDS } from "../state/types.ts";
import type { DateMode, Filters } from "../state/types.ts";
import { facetCounts } from "../state/visibility.ts";
import { el } from "./dom.ts";

const n = (x: number): string => x.toLocaleString("en");

function checkbox(value: string, label: string, onChange: (on: boolean) => void, attrs: Record<string, string> = {}): HTMLLabelElement {
  const box = el("input", { attrs: { type: "checkbox", name: value, value, ...attrs } });
  box.checked = true;
  box.addEventListener("change", () => onChange(box.checked));
  return el("label", { class: "check" }, box, el("span", {}, label), el("span", { class: "count" }));
}

/** "New this week/month": first seen in the last days of the store (not of today: digests may be old). */
const SHORTCUTS: [label: string, days: number][] = [
  ["New this week", 7],
  ["New this month", 30],
];

/** The types and kinds the graph holds, as their checkboxes: a correction may bring a type the graph had none of. */
function fillChecks(types: HTMLElement, kinds: HTMLElement, index: Renderer["index"], store: Store): void {
  const present = new Set<number>(index.nodeType);
  const kindsPresent = new Set<number>(index.edgeKind);
  const listed = (fieldset: HTMLElement): string[] => [...fieldset.querySelectorAll("input")].map((box) => box.value);
  const typesNow = ENTITY_TYPES.filter((_, i) => present.has(i));
  const kindsNow = EDGE_KINDS.filter((_, i) => kindsPresent.has(i));
  if (listed(types).join() !== typesNow.join()) {
    types.replaceChildren(el("legend", {}, "Entity types"));
    for (const type of typesNow) {
      types.append(checkbox(type, type, (on) => store.dispatch({ type: "setTypeVisible", entityType: type, visible: on }), { "data-type": type }));
    }
  }
  if (listed(kinds).join() !== kindsNow.join()) {
    kinds.replaceChildren(el("legend", {}, "Relations"));
    for (const kind of kindsNow) {
      kinds.append(
        checkbox(kind, edgeKindLabel(kind), (on) => store.dispatch({ type: "setPredicateVisible", predicate: kind, visible: on }), { "data-predicate": kind }),
      );
    }
  }
}

export function mountFilters(root: HTMLElement, store: Store, renderer: Renderer): void {
  const span = renderer.index.span;
  const types = el("fieldset", { attrs: { "data-filter": "types" } });
  const kinds = el("fieldset", { attrs: { "data-filter": "predicates" } });
  fillChecks(types, kinds, renderer.index, store);

  const bounds: Record<string, string> = span ? { min: dateOf(span[0]), max: dateOf(span[1]) } : {};
  const dateInput = (name: string): HTMLInputElement => el("input", { attrs: { type: "date", name, ...bounds } });
  const from = dateInput("from");
  const to = dateInput("to");
  const mode = el(
    "select",
    { attrs: { name: "dateMode", "aria-label": "What the dates keep" } },
    el("option", { attrs: { value: "seen" } }, "Seen between"),
    el("option", { attrs: { value: "first" } }, "First seen between"),
  );
  const onDates = (): void =>
    store.dispatch({ type: "setDateRange", from: from.value || null, to: to.value || null, mode: mode.value as DateMode });
  for (const input of [from, to, mode]) input.addEventListener("change", onDates);
  const shortcuts = SHORTCUTS.map(([label, days]) =>
    el(
      "button",
      {
        attrs: { type: "button", "data-since": String(days), title: span ? `first seen since ${dateOf(span[1] - days + 1)}, the store's last ${days} days` : "" },
        on: { click: () => span && store.dispatch({ type: "setDateRange", from: dateOf(span[1] - days + 1), to: null, mode: "first" }) },
      },
      label,
    ),
  );
  const clearDates = el("button", { attrs: { type: "button" }, on: { click: () => store.dispatch({ type: "setDateRange", from: null, to: null, mode: "seen" }) } }, "All dates");
  const period = el(
    "fieldset",
    { attrs: { "data-filter": "dates" } },
    el("legend", {}, "Dates"),
    mode,
    el("label", { class: "inline" }, "from ", from),
    el("label", { class: "inline" }, "to ", to),
    el("div", { class: "buttons" }, shortcuts, clearDates),
  );

  const degree = el("input", { attrs: { type: "number", name: "minDegree", min: "0", step: "1", value: "0" } });
  degree.addEventListener("change", () => store.dispatch({ type: "setMinDegree", value: Number(degree.value) }));
  const reset = el("button", { attrs: { type: "button" } }, "Reset filters");
  reset.addEventListener("click", () => store.dispatch({ type: "resetFilters" }));
  const shown = el("p", { class: "hint shown", attrs: { "data-testid": "shown", "aria-live": "polite" } });

  root.append(shown, types, kinds, period, el("fieldset", { attrs: { "data-filter": "degree" } }, el("legend", {}, "Minimum degree"), degree), reset);

  const sync = (f: Filters): void => {
    for (const box of types.querySelectorAll("input")) box.checked = !f.hiddenTypes.includes(box.value as EntityType);
    for (const box of kinds.querySelectorAll("input")) box.checked = !f.hiddenPredicates.includes(box.value as EdgeKind);
    from.value = f.dateFrom ?? "";
    to.value = f.dateTo ?? "";
    mode.value = f.dateMode;
    degree.value = String(f.minDegree);
  };
  // Counts after the graph has redrawn: they take a pass per switched-off item.
  let counting: ReturnType<typeof setTimeout> | undefined;
  const count = (): void => {
    const { filters } = store.get();
    const { visible } = renderer.view();
    const { index } = renderer;
    const facets = facetCounts(index, filters, visible);
    const write = (fieldset: HTMLElement, counts: Map<string, number>): void => {
      for (const label of fieldset.querySelectorAll("label")) {
        const value = label.querySelector("input")!.value;
        label.querySelector(".count")!.textContent = n(counts.get(value) ?? 0);
      }
    };
    write(types, facets.types);
    write(kinds, facets.kinds);
    shown.textContent = `Showing ${n(visible.nodeCount)} of ${n(index.nodes.length)} entities, ${n(visible.edgeCount)} of ${n(index.edges.length)} relations`;
  };
  store.subscribe((state, previous) => {
    const changed = state.revision !== previous.revision;
    if (state.filters === previous.filters && !changed) return;
    if (changed) fillChecks(types, kinds, renderer.index, store);
    sync(state.filters);
    clearTimeout(counting);
    counting = setTimeout(count, 0);
  });
  sync(store.get().filters);
  count();
}
