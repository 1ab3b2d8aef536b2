// Keeps the URL fragment in step with the view state (debounced: the camera moves every frame),
// and follows the fragment when the person edits or pastes it.
import type { Store } from "./state/store.ts";
import { decodeState, encodeState } from "./state/url.ts";

const WRITE_DELAY_MS = 250;

export function syncUrl(store: Store, hasNode: (id: string) => boolean): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let written = location.hash.replace(/^#/, "");
  const write = (): void => {
    const next = encodeState(store.get());
    if (next === written) return;
    written = next;
    history.replaceState(null, "", next ? `#${next}` : `${location.pathname}${location.search}`);
  };
  store.subscribe(() => {
    clearTimeout(timer);
    timer = setTimeout(write, WRITE_DELAY_MS);
  });
  window.addEventListener("hashchange", () => {
    const fragment = location.hash.replace(/^#/, "");
    if (fragment === written) return;
    written = fragment;
    store.dispatch({ type: "replace", state: decodeState(fragment, hasNode) });
  });
}
