// Filters: entity types, edge kinds (co-mention among them), a date range and a minimum degree.
// The controls only dispatch; what they hide is decided by the reducers.
import { ENTITY_TYPES } from "../../src/types.ts";
import type { EdgeKind, EntityType } from "../../src/types.ts";
import { typeColor } from "../render/palette.ts";
import { edgeKindLabel } from "../render/words.ts";
import { dateExtent } from "../state/graph.ts";
import type { KnowledgeGraph } from "../state/graph.ts";
import type { Store } from "../state/store.ts";
import { EDGE_KINDS } from "../state/types.ts";
import type { Filters } from "../state/types.ts";
import { el, swatch } from "./dom.ts";

function counts<K extends string>(each: (visit: (key: K) => void) => void): Map<K, number> {
  const out = new Map<K, number>();
  each((key) => out.set(key, (out.get(key) ?? 0) + 1));
  return out;
}

function checkbox(name: string, label: Node[], checked: boolean, onChange: (on: boolean) => void): HTMLLabelElement {
  const box = el("input", { attrs: { type: "checkbox", name, value: name } });
  box.checked = checked;
  box.addEventListener("change", () => onChange(box.checked));
  return el("label", { class: "check" }, box, label);
}

export function mountFilters(root: HTMLElement, graph: KnowledgeGraph, store: Store): void {
  const typeCounts = counts<EntityType>((visit) => graph.forEachNode((_, a) => visit(a.type)));
  const kindCounts = counts<EdgeKind>((visit) => graph.forEachEdge((_, a) => visit(a.predicate)));
  const dates = dateExtent(graph);

  const types = el("fieldset", { attrs: { "data-filter": "types" } }, el("legend", {}, "Entity types"));
  for (const type of ENTITY_TYPES.filter((t) => typeCounts.has(t))) {
    types.append(
      checkbox(type, [swatch(typeColor(type)), document.createTextNode(`${type} (${typeCounts.get(type)})`)], true, (on) =>
        store.dispatch({ type: "setTypeVisible", entityType: type, visible: on }),
      ),
    );
  }
  const kinds = el("fieldset", { attrs: { "data-filter": "predicates" } }, el("legend", {}, "Relations"));
  for (const kind of EDGE_KINDS.filter((k) => kindCounts.has(k))) {
    kinds.append(
      checkbox(kind, [document.createTextNode(`${edgeKindLabel(kind)} (${kindCounts.get(kind)})`)], true, (on) =>
        store.dispatch({ type: "setPredicateVisible", predicate: kind, visible: on }),
      ),
    );
  }

  const dateInput = (name: string): HTMLInputElement =>
    el("input", { attrs: { type: "date", name, ...(dates ? { min: dates[0], max: dates[1] } : {}) } });
  const from = dateInput("from");
  const to = dateInput("to");
  const onDates = (): void => store.dispatch({ type: "setDateRange", from: from.value || null, to: to.value || null });
  from.addEventListener("change", onDates);
  to.addEventListener("change", onDates);
  const period = el(
    "fieldset",
    { attrs: { "data-filter": "dates" } },
    el("legend", {}, "Seen between"),
    el("label", { class: "inline" }, "from ", from),
    el("label", { class: "inline" }, "to ", to),
  );

  const degree = el("input", { attrs: { type: "number", name: "minDegree", min: "0", step: "1", value: "0" } });
  degree.addEventListener("change", () => store.dispatch({ type: "setMinDegree", value: Number(degree.value) }));
  const reset = el("button", { attrs: { type: "button" } }, "Reset filters");
  reset.addEventListener("click", () => store.dispatch({ type: "resetFilters" }));

  root.append(
    types,
    kinds,
    period,
    el("fieldset", { attrs: { "data-filter": "degree" } }, el("legend", {}, "Minimum degree"), degree),
    reset,
  );

  const sync = (f: Filters): void => {
    for (const box of types.querySelectorAll("input")) box.checked = !f.hiddenTypes.includes(box.value as EntityType);
    for (const box of kinds.querySelectorAll("input")) box.checked = !f.hiddenPredicates.includes(box.value as EdgeKind);
    from.value = f.dateFrom ?? "";
    to.value = f.dateTo ?? "";
    degree.value = String(f.minDegree);
  };
  store.subscribe((state, previous) => {
    if (state.filters !== previous.filters) sync(state.filters);
  });
  sync(store.get().filters);
}
