// Zoom in, zoom out and fit (what the filters keep, or the selection's neighbourhood), over the graph.
import type { Renderer } from "../render/renderer.ts";
import type { Store } from "../state/store.ts";
import { el } from "./dom.ts";

export function mountZoom(root: HTMLElement, renderer: Renderer, store: Store): void {
  const button = (text: string, label: string, testid: string, action: () => void): HTMLButtonElement =>
    el("button", { attrs: { type: "button", title: label, "aria-label": label, "data-testid": testid }, on: { click: action } }, text);
  root.append(
    button("+", "Zoom in", "zoom-in", renderer.zoomIn),
    button("−", "Zoom out", "zoom-out", renderer.zoomOut),
    button("⤢", "Fit: show what the filters keep (a selection: its neighbourhood)", "zoom-fit", () => {
      const { selected } = store.get();
      if (selected !== null) renderer.focusOn(selected);
      else renderer.fitVisible();
    }),
  );
}
