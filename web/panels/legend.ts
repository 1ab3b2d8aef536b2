// What the colours mean, and the switch between colouring by community and by entity type.
import { ENTITY_TYPES } from "../../src/types.ts";
import { typeColor } from "../render/palette.ts";
import type { Renderer } from "../render/renderer.ts";
import { nameOf } from "../state/graph.ts";
import type { KnowledgeGraph } from "../state/graph.ts";
import type { Store } from "../state/store.ts";
import type { ColorBy } from "../state/types.ts";
import { el, replaceChildren, swatch } from "./dom.ts";

export function mountLegend(root: HTMLElement, graph: KnowledgeGraph, store: Store, renderer: Renderer): void {
  const select = el(
    "select",
    { attrs: { name: "colorBy", "aria-label": "Colour nodes by" } },
    el("option", { attrs: { value: "community" } }, "community"),
    el("option", { attrs: { value: "type" } }, "entity type"),
  );
  select.addEventListener("change", () => store.dispatch({ type: "setColorBy", colorBy: select.value as ColorBy }));
  const list = el("ul", { class: "legend" });
  root.append(el("label", { class: "inline" }, "Colour by ", select), list);

  const update = (colorBy: ColorBy): void => {
    select.value = colorBy;
    const rows =
      colorBy === "type"
        ? ENTITY_TYPES.map((t) => el("li", {}, swatch(typeColor(t)), t))
        : renderer.communities.entries.map((c) =>
            el("li", {}, swatch(c.color), `${nameOf(graph, c.leader)} `, el("span", { class: "count" }, `${c.size}`)),
          );
    replaceChildren(list, rows);
  };
  store.subscribe((state, previous) => {
    if (state.colorBy !== previous.colorBy) update(state.colorBy);
  });
  update(store.get().colorBy);
}
