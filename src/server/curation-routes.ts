// The explorer's corrections, through the server: GET /api/curation lists the decisions, POST
// /api/curation makes one (the page names entities by id, a relation by its edge key), POST
// /api/curation/undo takes one back. They go to the same file as `aikg curate` (the store's
// curation.jsonl, or --curation FILE), under the store's lock, one write at a time; the
// server's graph follows at once (a new decision is applied to it, an undo loads the store
// again), and each answer carries what changed in it (src/graph/changes.ts: recorded as the
// decision is applied, or found by comparing the graph served with the one loaded again), with
// the served graph's version before and after, so the page patches its own copy in place when it
// holds the version before. edit-guard.ts decides who may write.
import type { IncomingMessage, ServerResponse } from "node:http";
import { UserError } from "../cli/errors.ts";
import { applyCuration } from "../curate/apply.ts";
import { diffGraphs, recordChanges, type GraphChanges } from "../graph/changes.ts";
import { describeDecision } from "../curate/describe.ts";
import { changeDecisions } from "../curate/file.ts";
import type { CuratedStore } from "../curate/load.ts";
import { propose, Refusal, type Request } from "../curate/propose.ts";
import { findRef } from "../curate/target.ts";
import type { Decision } from "../curate/types.ts";
import type { KnowledgeGraph } from "../graph/types.ts";
import { ENTITY_TYPES, type EntityType } from "../types.ts";
import type { EditGuard } from "./edit-guard.ts";
import { fail } from "./respond.ts";

export const CURATION_PATH = "/api/curation";
export const UNDO_PATH = "/api/curation/undo";
const MAX_BODY_BYTES = 16 * 1024;

export interface CurationService {
  /** The store as served, with its curation. */
  store: CuratedStore;
  /** Loads the store again (after an undo: a graph cannot be un-merged in place). */
  reload(): Promise<CuratedStore>;
}

/** A request the page may not make, with the status that says so. */
class Refused extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

function readBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) reject(new Refused(413, `a correction is at most ${MAX_BODY_BYTES} bytes`));
      else chunks.push(chunk);
    });
    req.on("end", () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString("utf8")));
      } catch {
        reject(new Refused(400, "the body is not JSON"));
      }
    });
    req.on("error", reject);
  });
}

const text = (o: Record<string, unknown>, key: string): string => {
  const value = o[key];
  if (typeof value !== "string" || !value.trim() || value.length > 500) throw new Refused(400, `'${key}' must be a non-empty string`);
  return value;
};

/** The page's JSON as a request about the served graph (entities by id, a relation by edge key). */
function requestFrom(body: unknown, graph: KnowledgeGraph): Request {
  if (typeof body !== "object" || body === null) throw new Refused(400, "the body must be a JSON object");
  const o = body as Record<string, unknown>;
  const type = (key: string): EntityType => {
    if (!(ENTITY_TYPES as readonly unknown[]).includes(o[key])) throw new Refused(400, `'${key}' must be one of ${ENTITY_TYPES.join(", ")}`);
    return o[key] as EntityType;
  };
  switch (o.action) {
    case "merge": {
      const others = Array.isArray(o.others) ? o.others.map((_, i) => text(o.others as Record<string, unknown>, String(i))) : [];
      if (!others.length) throw new Refused(400, "'others' must list the entities to merge");
      return { action: "merge", into: text(o, "into"), others };
    }
    case "alias":
    case "unalias":
      return { action: o.action, entity: text(o, "entity"), form: text(o, "form") };
    case "rename":
      return { action: "rename", entity: text(o, "entity"), name: text(o, "name").trim() };
    case "retype":
      return { action: "retype", entity: text(o, "entity"), type: type("type") };
    case "reject":
      return { action: "reject", entity: text(o, "entity") };
    case "reject-relation": {
      const edge = text(o, "edge");
      if (!graph.hasEdge(edge)) throw new Refused(409, "that relation is no longer in the graph; reload the page");
      const a = graph.getEdgeAttributes(edge);
      return { action: "reject-relation", source: graph.source(edge), predicate: a.predicate, target: graph.target(edge) };
    }
    case "add":
      return { action: "add", name: text(o, "name").trim(), type: type("type"), aliases: Array.isArray(o.aliases) ? o.aliases.filter((a): a is string => typeof a === "string") : [] };
    default:
      throw new Refused(400, "'action' must be one of merge, alias, unalias, rename, retype, reject, reject-relation, add");
  }
}

/** The node to show once the decision is made (null when its entity is gone). */
function shownAfter(store: CuratedStore, d: Decision): string | null {
  const find = (ref: { name: string; type: EntityType }): string | null => findRef(store.graph, store.aliasIndex(), ref) ?? null;
  switch (d.action) {
    case "merge":
      return find(d.into);
    case "rename":
      return find({ name: d.name, type: d.entity.type });
    case "reject":
      return null;
    case "reject-relation":
      return find(d.source);
    case "add":
      return find({ name: d.name, type: d.type });
    default:
      return find(d.entity);
  }
}

/** What a write did to the graph served: its version before and after (GET /api/graph says which it sends), and the changes between. */
export interface GraphUpdate {
  version: { from: number; to: number };
  changes: GraphChanges;
}

/**
 * `kept` undefined: a graph served without a store's curation (the list is empty, the guard
 * refuses every write). `onGraph` serves the graph as changed, with its new version.
 */
export function curationRoutes(kept: CurationService | undefined, guard: EditGuard, onGraph: (graph: KnowledgeGraph, version: number) => void) {
  const keeping = (): CurationService => {
    if (!kept) throw new Refused(403, guard.off ?? "this server keeps no corrections");
    return kept;
  };
  let queue: Promise<unknown> = Promise.resolve();
  /** The served graph's version: 0 as the server starts, one more after each write. */
  let version = 0;
  const served = (graph: KnowledgeGraph, changes: GraphChanges): GraphUpdate => {
    const from = version++;
    onGraph(graph, version);
    return { version: { from, to: version }, changes };
  };
  /** Loads the store again (a graph cannot be un-merged in place): what changed is found by comparing. */
  const reload = async (service: CurationService): Promise<GraphChanges> => {
    const before = service.store.graph;
    service.store = await service.reload();
    return diffGraphs(before, service.store.graph);
  };
  /** Writes one at a time, in the order they came. */
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };

  const list = () => {
    const curation = kept?.store.curation;
    return {
      editable: guard.off === null,
      ...(guard.off ? { off: guard.off } : {}),
      file: curation?.file.path ?? null,
      decisions: curation ? curation.decisions.map((d, i) => ({ n: i + 1, text: describeDecision(d), ...d, ...curation.outcomes[i]! })) : [],
    };
  };

  const decide = async (body: unknown) => {
    const service = keeping();
    const store = service.store;
    const request = requestFrom(body, store.graph);
    const why = typeof (body as { why?: unknown }).why === "string" && (body as { why: string }).why.trim() ? { why: (body as { why: string }).why.trim().slice(0, 500) } : {};
    const decision = propose(store.graph, store.aliasIndex(), request, { at: new Date().toISOString(), ...why, via: "explorer" });
    const known = store.curation.decisions.length;
    const n = await changeDecisions(store.curation.file, (decisions) => ({ decisions: [...decisions, decision], result: decisions.length + 1 }));
    let changes: GraphChanges;
    if (n === known + 1) {
      // The file is what this server applied, plus this one: apply it to the graph served.
      store.curation.decisions.push(decision);
      const recorded = recordChanges(store.graph, () => applyCuration(store.graph, [decision], store.aliasIndex())[0]!);
      store.curation.outcomes.push(recorded.result);
      changes = recorded.changes;
    } else changes = await reload(service); // someone else wrote meanwhile
    const update = served(service.store.graph, changes);
    const outcome = service.store.curation.outcomes[n - 1]!;
    return { n, text: describeDecision(decision), decision, ...outcome, select: shownAfter(service.store, decision), ...update };
  };

  const undo = async (body: unknown) => {
    const o = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
    const n = o.n;
    if (typeof n !== "number" || !Number.isInteger(n) || n < 1) throw new Refused(400, "'n' must be the decision's number (1, 2, …)");
    const service = keeping();
    const removed = await changeDecisions(service.store.curation.file, (decisions) => {
      const d = decisions[n - 1];
      if (!d) throw new Refused(409, `there is no decision ${n}; reload the page`);
      if (o.at !== undefined && d.at !== o.at) throw new Refused(409, `decision ${n} is another one now (the curation changed); reload the page`);
      return { decisions: decisions.filter((_, i) => i !== n - 1), result: d };
    });
    const changes = await reload(service);
    const update = served(service.store.graph, changes);
    // A rejected entity is back: show it (otherwise the page keeps what it showed).
    const select = removed.action === "reject" ? (findRef(service.store.graph, service.store.aliasIndex(), removed.entity) ?? null) : null;
    return { undone: n, text: describeDecision(removed), decision: removed, select, ...update };
  };

  const respond = (res: ServerResponse, send: (value: unknown) => void, work: Promise<unknown>): void => {
    work.then(send, (err: unknown) => {
      if (err instanceof Refused) return fail(res, err.status, err.message);
      if (err instanceof Refusal) return fail(res, 409, err.message);
      // Locked by a build or another writer, or the disk refused: the person can try again.
      if (err instanceof UserError) return fail(res, /being written|locked/.test(err.message) ? 423 : 503, err.message);
      console.error(`aikg serve: ${(err as Error).message}`);
      if (!res.headersSent) fail(res, 500, "internal error");
    });
  };

  /** Answers the request if it is one of the curation routes; false otherwise. */
  return (req: IncomingMessage, res: ServerResponse, rawPath: string, send: (value: unknown) => void): boolean => {
    if (rawPath !== CURATION_PATH && rawPath !== UNDO_PATH) return false;
    if (rawPath === CURATION_PATH && (req.method === "GET" || req.method === "HEAD")) {
      send(list());
      return true;
    }
    if (req.method !== "POST") {
      fail(res, 405, rawPath === CURATION_PATH ? "GET, HEAD or POST" : "POST only", { Allow: rawPath === CURATION_PATH ? "GET, HEAD, POST" : "POST" });
      return true;
    }
    const refusal = guard.refuse(req);
    if (refusal) {
      req.resume();
      fail(res, 403, refusal);
      return true;
    }
    const work = readBody(req).then((body) => serially<unknown>(() => (rawPath === UNDO_PATH ? undo(body) : decide(body))));
    respond(res, send, work);
    return true;
  };
}
