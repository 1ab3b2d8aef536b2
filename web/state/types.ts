// The explorer's view state: what is selected, filtered and framed. The graph itself is not here:
// graphology holds the data, this holds only how the person is looking at it.
import { PREDICATES } from "../../src/types.ts";
import type { EdgeKind, EntityType } from "../../src/types.ts";

/** Every edge kind, in the order the page lists them: typed predicates, then co-mention. */
export const EDGE_KINDS: readonly EdgeKind[] = [...PREDICATES, "co_mention"];

export type ColorBy = "community" | "type";

/** Which name labels an entity that has both: its English one or its Chinese one. */
export type LabelLanguage = "en" | "zh";

/** How the date range filters: by the seen span meeting it, or by first being seen in it. */
export type DateMode = "seen" | "first";

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
  /** YYYY-MM-DD bounds, inclusive; what they keep depends on dateMode (see visibility.ts). */
  dateFrom: string | null;
  dateTo: string | null;
  dateMode: DateMode;
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
  /** How many times the graph has changed under the page (a correction): what is derived from it is derived again. Transient. */
  revision: number;
  colorBy: ColorBy;
  labels: LabelLanguage;
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
  | { type: "setDateRange"; from: string | null; to: string | null; mode?: DateMode }
  | { type: "setLabels"; labels: LabelLanguage }
  | { type: "setMinDegree"; value: number }
  | { type: "resetFilters" }
  | { type: "setPathEnd"; end: keyof PathQuery; node: string | null }
  | { type: "clearPath" }
  | { type: "setCamera"; camera: CameraView }
  | { type: "replace"; state: ExplorerState }
  /** The graph changed: `gone` left it; the selection moves to `select` when given, else stays unless gone. */
  | { type: "graphChanged"; gone: readonly string[]; select?: string | null };

export const EMPTY_FILTERS: Filters = {
  hiddenTypes: [],
  hiddenPredicates: [],
  dateFrom: null,
  dateTo: null,
  dateMode: "seen",
  minDegree: 0,
};

export const INITIAL_STATE: ExplorerState = {
  selected: null,
  hovered: null,
  revision: 0,
  colorBy: "community",
  labels: "en",
  filters: EMPTY_FILTERS,
  path: { from: null, to: null },
  camera: null,
};
