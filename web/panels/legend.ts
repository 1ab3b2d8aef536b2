// The one colour legend, matching what is drawn: node colours (by community, named by their
// leading entity, or by entity type) with how many of each are on screen, and the edge kinds as
// they are drawn. With it, the switches for colouring and for the labels' script.
import { ENTITY_TYPES } from "../../src/types.ts";
import { CO_MENTION_COLOR, EDGE_COLOR, FOCUS_EDGE_COLOR, PATH_COLOR, typeColor } from "../render/palette.ts";
import type { Renderer } from "../render/renderer.ts";
import { nameIn } from "../state/graph.ts";
import type { KnowledgeGraph } from "../state/graph.ts";
import type { Store } from "../state/store.ts";
import type { ColorBy, LabelLanguage } from "../state/types.ts";
import { facetCounts } from "../state/visibility.ts";
import { el, replaceChildren, swatch } from "./dom.ts";

function line(color: string, width: number): HTMLSpanElement {
  const s = el("span", { class: "line", attrs: { "aria-hidden": "true" } });
  s.style.borderTop = `${width}px solid ${color}`;
  return s;
}

export function mountLegend(root: HTMLElement, graph: KnowledgeGraph, store: Store, renderer: Renderer): void {
  const colorBy = el(
    "select",
    { attrs: { name: "colorBy", "aria-label": "Colour nodes by" } },
    el("option", { attrs: { value: "community" } }, "community"),
    el("option", { attrs: { value: "type" } }, "entity type"),
  );
  colorBy.addEventListener("change", () => store.dispatch({ type: "setColorBy", colorBy: colorBy.value as ColorBy }));
  const labels = el(
    "select",
    { attrs: { name: "labels", "aria-label": "Label entities in" } },
    el("option", { attrs: { value: "en" } }, "English"),
    el("option", { attrs: { value: "zh" } }, "中文"),
  );
  labels.addEventListener("change", () => store.dispatch({ type: "setLabels", labels: labels.value as LabelLanguage }));
  const nodes = el("ul", { class: "legend", attrs: { "data-testid": "legend" } });
  const edges = el(
    "ul",
    { class: "legend edges" },
    el("li", {}, line(EDGE_COLOR, 1), "typed relation"),
    el("li", {}, line(CO_MENTION_COLOR, 1), "co-mention"),
    el("li", {}, line(FOCUS_EDGE_COLOR, 2), "the selection's relations (arrows: direction)"),
    el("li", {}, line(PATH_COLOR, 3), "path"),
  );
  root.append(
    el("label", { class: "inline" }, "Colour by ", colorBy),
    el("label", { class: "inline" }, "Labels ", labels),
    nodes,
    edges,
  );

  const update = (): void => {
    const state = store.get();
    colorBy.value = state.colorBy;
    labels.value = state.labels;
    const { visible } = renderer.view();
    const facets = facetCounts(renderer.index, state.filters, visible);
    const count = (x: number): HTMLSpanElement => el("span", { class: "count" }, x.toLocaleString("en"));
    const rows =
      state.colorBy === "type"
        ? ENTITY_TYPES.filter((t) => facets.types.has(t)).map((t) => el("li", { attrs: { "data-type": t } }, swatch(typeColor(t)), t, count(facets.types.get(t) ?? 0)))
        : renderer.communities.entries.map((c) =>
            el(
              "li",
              { attrs: { "data-community": String(c.community) } },
              swatch(c.color),
              nameIn(graph.getNodeAttributes(c.leader), state.labels),
              count(facets.communities.get(c.community) ?? 0),
            ),
          );
    if (state.colorBy === "community") rows.push(el("li", { class: "hint" }, "smaller communities reuse these colours; counts: entities on screen"));
    replaceChildren(nodes, rows);
  };
  store.subscribe((state, previous) => {
    const looks = state.colorBy !== previous.colorBy || state.labels !== previous.labels;
    // A correction changes the counts, and may take a community's leading entity away.
    if (looks || state.filters !== previous.filters || state.revision !== previous.revision) update();
  });
  update();
}
