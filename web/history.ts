// Keeps the URL fragment in step with the view state, and the view with the URL: a new selection
// is a history entry (Back and Forward walk through selections), every other change rewrites the
// current entry a moment later (at most every WRITE_DELAY_MS: the camera moves every frame).
// Back, Forward, an edited or pasted fragment replace the view with what the URL says.
import type { Store } from "./state/store.ts";
import { decodeState, encodeState } from "./state/url.ts";

const WRITE_DELAY_MS = 250;

export function syncUrl(store: Store, hasNode: (id: string) => boolean): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let written = location.hash.replace(/^#/, "");
  let following = false; // the state is being set from the URL: nothing to write back
  const write = (push: boolean): void => {
    clearTimeout(timer);
    timer = undefined;
    const next = encodeState(store.get());
    if (next === written) return;
    written = next;
    const url = next ? `#${next}` : `${location.pathname}${location.search}`;
    if (push) history.pushState(null, "", url);
    else history.replaceState(null, "", url);
  };
  store.subscribe((state, previous) => {
    if (following) return;
    // A selection a correction moved (a merge: to the entity kept) replaces the entry: Back would find the old one gone.
    if (state.selected !== previous.selected && state.revision === previous.revision) return write(true);
    timer ??= setTimeout(() => write(false), WRITE_DELAY_MS);
  });
  const follow = (): void => {
    const fragment = location.hash.replace(/^#/, "");
    if (fragment === written) return;
    clearTimeout(timer);
    timer = undefined;
    written = fragment;
    following = true;
    try {
      store.dispatch({ type: "replace", state: { ...decodeState(fragment, hasNode), hovered: store.get().hovered } });
    } finally {
      following = false;
    }
  };
  window.addEventListener("popstate", follow);
  window.addEventListener("hashchange", follow);
}
