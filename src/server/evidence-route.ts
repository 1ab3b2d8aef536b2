// GET /api/evidence?edge=<key>&offset=N&limit=M: one page of a relation's evidence, newest
// first, for the entity panel's "more" (an entity's answer carries the first few per relation).
import type { ServerResponse } from "node:http";
import type { AbstractGraph } from "graphology-types";
import type { EdgeAttributes, NodeAttributes } from "../types.ts";
import { evidencePage } from "./api.ts";
import { fail } from "./respond.ts";

export const EVIDENCE_PATH = "/api/evidence";
export const EVIDENCE_PARAMS: readonly string[] = ["edge", "offset", "limit"];
export const EVIDENCE_PAGE = 20;
export const MAX_EVIDENCE_PAGE = 100;

/** A whole number from min to max, the default when absent, or null when it is anything else. */
function count(raw: string | null, fallback: number, min: number, max: number): number | null {
  if (raw === null) return fallback;
  if (!/^\d{1,9}$/.test(raw)) return null;
  const n = Number(raw);
  return n >= min && n <= max ? n : null;
}

export function evidenceRoute(
  res: ServerResponse,
  graph: AbstractGraph<NodeAttributes, EdgeAttributes>,
  query: URLSearchParams,
  send: (value: unknown) => void,
): void {
  const edge = query.get("edge");
  if (!edge) return fail(res, 400, "edge is required: /api/evidence?edge=<predicate|source|target>");
  const offset = count(query.get("offset"), 0, 0, Number.MAX_SAFE_INTEGER);
  if (offset === null) return fail(res, 400, "offset must be a whole number of 0 or more");
  const limit = count(query.get("limit"), EVIDENCE_PAGE, 1, MAX_EVIDENCE_PAGE);
  if (limit === null) return fail(res, 400, `limit must be a whole number from 1 to ${MAX_EVIDENCE_PAGE}`);
  const page = evidencePage(graph, edge, offset, limit);
  if (!page) return fail(res, 404, `no relation '${edge.slice(0, 200)}'`, { "Cache-Control": "no-store" });
  send(page);
}

