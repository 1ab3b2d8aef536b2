// The one mutable cell of the page: the current ExplorerState, changed only through reduce().
import { reduce } from "./producers.ts";
import type { Action, ExplorerState } from "./types.ts";

export type Listener = (state: ExplorerState, previous: ExplorerState) => void;

export interface Store {
  get(): ExplorerState;
  dispatch(action: Action): void;
  subscribe(listener: Listener): () => void;
}

export function createStore(initial: ExplorerState): Store {
  let state = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => state,
    dispatch(action) {
      const previous = state;
      state = reduce(state, action);
      if (state !== previous) for (const listener of listeners) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
