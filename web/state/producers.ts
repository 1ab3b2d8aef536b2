// Pure state producers: (state, action) → state. A slice that does not change keeps its
// reference, so listeners can tell what changed with ===.
import { EMPTY_FILTERS } from "./types.ts";
import type { Action, ExplorerState, Filters } from "./types.ts";

function toggled<T extends string>(list: readonly T[], item: T, present: boolean): T[] {
  const without = list.filter((x) => x !== item);
  return (present ? [...without, item] : without).sort();
}

function withFilters(state: ExplorerState, patch: Partial<Filters>): ExplorerState {
  const filters = { ...state.filters, ...patch };
  const same = (Object.keys(patch) as (keyof Filters)[]).every(
    (k) => JSON.stringify(filters[k]) === JSON.stringify(state.filters[k]),
  );
  return same ? state : { ...state, filters };
}

export function reduce(state: ExplorerState, action: Action): ExplorerState {
  switch (action.type) {
    case "select":
      return state.selected === action.node ? state : { ...state, selected: action.node };
    case "hover":
      return state.hovered === action.node ? state : { ...state, hovered: action.node };
    case "setColorBy":
      return state.colorBy === action.colorBy ? state : { ...state, colorBy: action.colorBy };
    case "setTypeVisible":
      return withFilters(state, {
        hiddenTypes: toggled(state.filters.hiddenTypes, action.entityType, !action.visible),
      });
    case "setPredicateVisible":
      return withFilters(state, {
        hiddenPredicates: toggled(state.filters.hiddenPredicates, action.predicate, !action.visible),
      });
    case "setDateRange": {
      // A reversed range is read as the person meant it: the earlier date first.
      const [from, to] =
        action.from && action.to && action.from > action.to ? [action.to, action.from] : [action.from, action.to];
      return withFilters(state, { dateFrom: from, dateTo: to, ...(action.mode ? { dateMode: action.mode } : {}) });
    }
    case "setLabels":
      return state.labels === action.labels ? state : { ...state, labels: action.labels };
    case "setMinDegree":
      return withFilters(state, { minDegree: Math.max(0, Math.floor(action.value) || 0) });
    case "resetFilters":
      return state.filters === EMPTY_FILTERS ? state : { ...state, filters: EMPTY_FILTERS };
    case "setPathEnd":
      return state.path[action.end] === action.node
        ? state
        : { ...state, path: { ...state.path, [action.end]: action.node } };
    case "clearPath":
      return state.path.from === null && state.path.to === null ? state : { ...state, path: { from: null, to: null } };
    case "setCamera": {
      const c = state.camera;
      const n = action.camera;
      if (c && c.x === n.x && c.y === n.y && c.ratio === n.ratio && c.angle === n.angle) return state;
      return { ...state, camera: { ...n } };
    }
    case "replace":
      // A view read from the URL: the graph is the one the page holds.
      return action.state.revision === state.revision ? action.state : { ...action.state, revision: state.revision };
    case "graphChanged": {
      const gone = new Set(action.gone);
      const kept = (node: string | null): string | null => (node !== null && gone.has(node) ? null : node);
      const { from, to } = state.path;
      return {
        ...state,
        revision: state.revision + 1,
        selected: action.select !== undefined ? action.select : kept(state.selected),
        hovered: kept(state.hovered),
        path: kept(from) === from && kept(to) === to ? state.path : { from: kept(from), to: kept(to) },
      };
    }
  }
}
