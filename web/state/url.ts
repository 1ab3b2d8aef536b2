// The view state in the URL fragment, so a view can be shared: encode is total, decode trusts
// nothing (a pasted link may say anything) and drops what it cannot read.
import { ENTITY_TYPES } from "../../src/types.ts";
import type { EdgeKind, EntityType } from "../../src/types.ts";
import { EDGE_KINDS, INITIAL_STATE } from "./types.ts";
import type { CameraView, ExplorerState } from "./types.ts";

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_DEGREE = 1_000_000;

const round = (n: number): string => String(Math.round(n * 10_000) / 10_000);

export function encodeState(state: ExplorerState): string {
  const p = new URLSearchParams();
  const { filters, path, camera } = state;
  if (state.selected !== null) p.set("sel", state.selected);
  if (state.colorBy !== INITIAL_STATE.colorBy) p.set("color", state.colorBy);
  if (state.labels !== INITIAL_STATE.labels) p.set("lang", state.labels);
  if (filters.hiddenTypes.length) p.set("hideTypes", filters.hiddenTypes.join(","));
  if (filters.hiddenPredicates.length) p.set("hidePreds", filters.hiddenPredicates.join(","));
  if (filters.dateFrom) p.set("from", filters.dateFrom);
  if (filters.dateTo) p.set("to", filters.dateTo);
  if (filters.dateMode !== "seen") p.set("dates", filters.dateMode);
  if (filters.minDegree > 0) p.set("minDeg", String(filters.minDegree));
  if (path.from !== null) p.set("pathFrom", path.from);
  if (path.to !== null) p.set("pathTo", path.to);
  if (camera) p.set("cam", [camera.x, camera.y, camera.ratio, camera.angle].map(round).join(","));
  return p.toString();
}

function listOf<T extends string>(raw: string | null, allowed: readonly T[]): T[] {
  if (!raw) return [];
  const wanted = new Set(raw.split(","));
  return allowed.filter((x) => wanted.has(x)).sort();
}

function cameraOf(raw: string | null): CameraView | null {
  const parts = raw?.split(",").map(Number);
  if (!parts || parts.length !== 4 || !parts.every(Number.isFinite)) return null;
  const [x, y, ratio, angle] = parts as [number, number, number, number];
  return ratio > 0 ? { x, y, ratio, angle } : null;
}

const dateOf = (raw: string | null): string | null => (raw && DATE.test(raw) ? raw : null);

/** Reads a fragment (with or without '#'); entity ids are kept only when `hasNode` knows them. */
export function decodeState(fragment: string, hasNode: (id: string) => boolean): ExplorerState {
  const p = new URLSearchParams(fragment.replace(/^#/, ""));
  const node = (key: string): string | null => {
    const id = p.get(key);
    return id !== null && hasNode(id) ? id : null;
  };
  const degree = Number(p.get("minDeg"));
  const from = dateOf(p.get("from"));
  const to = dateOf(p.get("to"));
  return {
    ...INITIAL_STATE,
    selected: node("sel"),
    colorBy: p.get("color") === "type" ? "type" : "community",
    labels: p.get("lang") === "zh" ? "zh" : "en",
    filters: {
      hiddenTypes: listOf<EntityType>(p.get("hideTypes"), ENTITY_TYPES),
      hiddenPredicates: listOf<EdgeKind>(p.get("hidePreds"), EDGE_KINDS),
      dateFrom: from && to && from > to ? to : from,
      dateTo: from && to && from > to ? from : to,
      dateMode: p.get("dates") === "first" ? "first" : "seen",
      minDegree: Number.isInteger(degree) && degree > 0 ? Math.min(degree, MAX_DEGREE) : 0,
    },
    path: { from: node("pathFrom"), to: node("pathTo") },
    camera: cameraOf(p.get("cam")),
  };
}
