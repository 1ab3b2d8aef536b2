// "Path between A and B": pick two entities, see the shortest chain of relations on screen,
// highlighted in the graph and listed here step by step.
import { edgeKindLabel } from "../render/words.ts";
import type { Renderer } from "../render/renderer.ts";
import { nameOf } from "../state/graph.ts";
import type { KnowledgeGraph } from "../state/graph.ts";
import type { Search } from "../state/search.ts";
import type { Store } from "../state/store.ts";
import { el } from "./dom.ts";
import { createEntityPicker } from "./entity-picker.ts";

function stepKinds(graph: KnowledgeGraph, edges: Set<string>, a: string, b: string): string {
  const kinds = new Set<string>();
  for (const e of graph.edges(a, b).concat(graph.edges(b, a))) {
    if (edges.has(e)) kinds.add(edgeKindLabel(graph.getEdgeAttribute(e, "predicate")));
  }
  return [...kinds].join(", ");
}

export function mountPathTool(
  root: HTMLElement,
  deps: { graph: KnowledgeGraph; search: Search; store: Store; renderer: Renderer; goTo: (node: string) => void },
): void {
  const { graph, search, store, renderer, goTo } = deps;
  const from = createEntityPicker(search, {
    label: "Path from",
    placeholder: "From…",
    onChoose: (node) => store.dispatch({ type: "setPathEnd", end: "from", node }),
  });
  const to = createEntityPicker(search, {
    label: "Path to",
    placeholder: "To…",
    onChoose: (node) => store.dispatch({ type: "setPathEnd", end: "to", node }),
  });
  const clear = el("button", { attrs: { type: "button" }, on: { click: () => store.dispatch({ type: "clearPath" }) } }, "Clear");
  const result = el("div", { class: "path-result", attrs: { "data-testid": "path-result", "aria-live": "polite" } });
  root.append(from.element, to.element, clear, result);

  const update = (frame: boolean): void => {
    const { path } = store.get();
    from.setValue(path.from === null ? "" : nameOf(graph, path.from));
    to.setValue(path.to === null ? "" : nameOf(graph, path.to));
    const found = renderer.view().path;
    if (!found) return result.replaceChildren();
    if (!found.nodes.length) return result.replaceChildren(el("p", { class: "hint" }, "No path in the current view."));
    const steps = found.nodes.map((node, i) => {
      const prev = found.nodes[i - 1];
      return el(
        "li",
        {},
        prev === undefined ? null : el("span", { class: "via" }, stepKinds(graph, found.edges, prev, node)),
        el("button", { class: "neighbour", attrs: { type: "button", "data-node": node }, on: { click: () => goTo(node) } }, nameOf(graph, node)),
      );
    });
    const how = found.viaCoMentions
      ? el("p", { class: "hint via-co-mentions" }, "No chain of typed relations on screen joins them: this one goes through co-mentions.")
      : el("p", { class: "hint" }, "Through typed relations.");
    result.replaceChildren(el("p", {}, `${found.nodes.length - 1} steps`), how, el("ol", { class: "path-steps" }, steps));
    if (frame) {
      renderer.fit(found.nodes);
      result.scrollIntoView({ block: "nearest" });
    }
  };
  store.subscribe((state, previous) => {
    // Only a new query moves the camera; a filter change just re-lists the path.
    // A correction may rename an end, or change the path between them.
    if (state.path !== previous.path || state.filters !== previous.filters || state.revision !== previous.revision) update(state.path !== previous.path);
  });
  // A shared link brings its own camera: do not move it on load.
  update(false);
}
