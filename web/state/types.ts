// The explorer's view state: what is selected, filtered and framed. The graph itself is not here:
// graphology holds the data, this holds only how the person is looking at it.
import { PREDICATES } from "../../src/types.ts";
import type { EdgeKind, EntityType } from "../../src/types.ts";

/** Every edge kind, in the order the page lists them: typed predicates, then co-mention. */
export const EDGE_KINDS: readonly EdgeKind[] = [...PREDICATES, "co_mention"];

export type ColorBy = "community" | "type";

/** sigma's camera, in its framed-graph coordinates. */
export interface CameraView {
  x: number;
  y: number;
  ratio: number;
  angle: number;
}

export interface Filters {
  /** Entity types switched off (sorted, so equal filters serialise equally). */
  hiddenTypes: EntityType[];
  /** Edge kinds switched off, co_mention included. */
  hiddenPredicates: EdgeKind[];
  /** YYYY-MM-DD bounds, inclusive; an entity or relation shows when its seen-range meets them. */
  dateFrom: string | null;
  dateTo: string | null;
  minDegree: number;
}

export interface PathQuery {
  from: string | null;
  to: string | null;
}

export interface ExplorerState {
  selected: string | null;
  /** Transient: never written to the URL. */
  hovered: string | null;
  colorBy: ColorBy;
  filters: Filters;
  path: PathQuery;
  camera: CameraView | null;
}

export type Action =
  | { type: "select"; node: string | null }
  | { type: "hover"; node: string | null }
  | { type: "setColorBy"; colorBy: ColorBy }
  | { type: "setTypeVisible"; entityType: EntityType; visible: boolean }
  | { type: "setPredicateVisible"; predicate: EdgeKind; visible: boolean }
  | { type: "setDateRange"; from: string | null; to: string | null }
  | { type: "setMinDegree"; value: number }
  | { type: "resetFilters" }
  | { type: "setPathEnd"; end: keyof PathQuery; node: string | null }
  | { type: "clearPath" }
  | { type: "setCamera"; camera: CameraView }
  | { type: "replace"; state: ExplorerState };

export const EMPTY_FILTERS: Filters = {
  hiddenTypes: [],
  hiddenPredicates: [],
  dateFrom: null,
  dateTo: null,
  minDegree: 0,
};

export const INITIAL_STATE: ExplorerState = {
  selected: null,
  hovered: null,
  colorBy: "community",
  filters: EMPTY_FILTERS,
  path: { from: null, to: null },
  camera: null,
};
