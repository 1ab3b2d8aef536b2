// The explorer's HTTP server (node:http): the built page from web/dist and a small JSON API over
// one loaded graph. GET and HEAD, bounded URLs, no query parameters it does not know; the one
// write, a person's correction (POST /api/curation, curation-routes.ts), only from the page this
// server served (edit-guard.ts), after which the graph it serves is the corrected one.
import { createServer } from "node:http";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { AbstractGraph } from "graphology-types";
import type { EdgeAttributes, NodeAttributes } from "../types.ts";
import { GRAPH_VERSION_HEADER, graphPayload, safeJson } from "./api.ts";
import { ENTITY_PAGES, EntityPages, matchesEtag } from "./entity-pages.ts";
import { Payload, fail, send, notModified } from "./respond.ts";
import { EVIDENCE_PARAMS, EVIDENCE_PATH, evidenceRoute } from "./evidence-route.ts";
import { hostAllowed } from "./security.ts";
import { curationRoutes, type CurationService } from "./curation-routes.ts";
import { createEditGuard } from "./edit-guard.ts";
import type { KnowledgeGraph } from "../graph/types.ts";
import { readStatic, resolveStaticPath } from "./static-files.ts";

export const MAX_URL_LENGTH = 2048;
const JSON_TYPE = "application/json; charset=utf-8";

export interface ExplorerServerOptions {
  graph: AbstractGraph<NodeAttributes, EdgeAttributes>;
  /** Whatever the store says about itself (version, build time, inputs); served as-is. */
  manifest?: unknown;
  /** The built page (web/dist). */
  distDir: string;
  /** The address the server is bound to: a loopback one turns on Host checking. */
  host: string;
  /** The store's curation, to take corrections from the page (none: the page cannot correct). */
  curation?: CurationService;
  /** Take corrections on a non-loopback --host too. */
  allowEdit?: boolean;
}

type Route = (req: IncomingMessage, res: ServerResponse) => void;

const ENTITY_PREFIX = "/api/entity/";
const NO_STORE = { "Cache-Control": "no-store" };
const json = (value: unknown): Payload => new Payload(Buffer.from(safeJson(value), "utf8"), JSON_TYPE);

/** The graph served, its payload and its entity pages: replaced whole when a correction changes it. */
interface Served {
  graph: ExplorerServerOptions["graph"];
  /** 0 at start, one more after each correction: a page patching its copy checks it holds the one before. */
  version: number;
  payload(): Payload;
  pages: EntityPages;
  /** Settles once the payload is compressed. */
  ready: Promise<unknown>;
  /** Stops a payload that is no longer needed from being made (a later correction replaced the graph). */
  drop(): void;
}

/** After a correction, how long the payload waits to be made: the page that made it needs none (it patches its graph). */
const PAYLOAD_AFTER_CORRECTION_MS = 1_000;

/**
 * The graph serialised (a few hundred ms on the bulk store, on the event loop) and compressed
 * (off it) once: at start, before the server listens; after a correction a moment later (or when
 * a page asks first), so the correction's answer does not wait for it.
 */
function serve(graph: ExplorerServerOptions["graph"], version: number, after = 0): Served {
  let made: Payload | null = null;
  let settle: (value: unknown) => void = () => {};
  const ready = new Promise((resolve) => (settle = resolve));
  const payload = (): Payload => {
    if (made) return made;
    made = json(graphPayload(graph));
    made.gzip().then(settle, () => settle(undefined)); // a failure shows when a request asks: it gets the plain body
    return made;
  };
  const timer = after > 0 ? setTimeout(payload, after).unref() : (payload(), undefined);
  return { graph, version, payload, pages: new EntityPages(graph), ready, drop: () => clearTimeout(timer) };
}

/** The fixed API routes. */
function apiRoutes(options: ExplorerServerOptions, served: () => Served): Map<string, Route> {
  const manifest = json(options.manifest ?? null);
  return new Map<string, Route>([
    ["/api/graph", (req, res) => send(req, res, served().payload(), { ...NO_STORE, [GRAPH_VERSION_HEADER]: String(served().version) })],
    ["/api/manifest", (req, res) => send(req, res, manifest, NO_STORE)],
  ]);
}

/** A paging parameter: a whole number from `min` to `max`, or `fallback` when absent; null when invalid. */
function pageParameter(query: URLSearchParams, name: string, fallback: number, min: number, max: number): number | null {
  const raw = query.get(name);
  if (raw === null) return fallback;
  const value = Number(raw);
  return /^\d{1,9}$/.test(raw) && value >= min && value <= max ? value : null;
}

/**
 * GET /api/entity/<percent-encoded id>[?offset=N&limit=M]: a page of the entity's relations with
 * their evidence, strongest first, with `total`, `offset`, `limit` and `next` (entity-pages.ts).
 * Sent with an ETag; If-None-Match with it gets 304.
 */
function entityRoute(req: IncomingMessage, res: ServerResponse, pages: EntityPages, rawPath: string, query: URLSearchParams): void {
  let id: string;
  try {
    id = decodeURIComponent(rawPath.slice(ENTITY_PREFIX.length));
  } catch {
    return fail(res, 400, "the entity id is not valid percent-encoding");
  }
  const offset = pageParameter(query, "offset", 0, 0, Number.MAX_SAFE_INTEGER);
  const limit = pageParameter(query, "limit", ENTITY_PAGES.defaultLimit, 1, ENTITY_PAGES.maxLimit);
  if (offset === null) return fail(res, 400, "offset must be a whole number ≥ 0");
  if (limit === null) return fail(res, 400, `limit must be a whole number from 1 to ${ENTITY_PAGES.maxLimit}`);
  const pending = id ? pages.answer(id, offset, limit) : null;
  if (!pending) return fail(res, 404, `no entity '${id.slice(0, 200)}'`, NO_STORE);
  pending.then(
    (found) => {
      // A page's ETag is its content's hash: a client may keep a page, and ask whether it still holds.
      const headers = { "Cache-Control": "no-cache", ETag: found.etag };
      if (matchesEtag(req.headers["if-none-match"], found.etag)) return notModified(res, headers);
      send(req, res, found.payload, headers);
    },
    (err: unknown) => {
      console.error(`aikg serve: ${(err as Error).message}`);
      if (!res.headersSent) fail(res, 500, "internal error");
    },
  );
}

/** The query parameters each route takes; any other is refused. */
const PARAMETERS = (path: string): ReadonlySet<string> =>
  path.startsWith(ENTITY_PREFIX) ? ENTITY_PARAMETERS : path === EVIDENCE_PATH ? EVIDENCE_PARAMETERS : NONE;
const EVIDENCE_PARAMETERS: ReadonlySet<string> = new Set(EVIDENCE_PARAMS);
const ENTITY_PARAMETERS: ReadonlySet<string> = new Set(["offset", "limit"]);
const NONE: ReadonlySet<string> = new Set();

async function serveStatic(req: IncomingMessage, res: ServerResponse, distDir: string, rawPath: string, page: (html: Buffer) => Buffer): Promise<void> {
  const file = resolveStaticPath(distDir, rawPath);
  const found = file ? await readStatic(distDir, file) : null;
  if (!found) return fail(res, 404, `not found: ${rawPath.slice(0, 200)}`);
  // Vite names assets by content hash, so they never change; the page itself may (it holds this run's edit token).
  const assets = rawPath.startsWith("/assets/");
  const body = !assets && found.type.startsWith("text/html") ? page(found.body) : found.body;
  send(req, res, new Payload(body, found.type), { "Cache-Control": assets ? "public, max-age=31536000, immutable" : "no-store" });
}

/** The server, and a promise that settles once /api/graph can be answered at once. */
export function createExplorerServer(options: ExplorerServerOptions): { server: Server; ready: Promise<unknown> } {
  let served = serve(options.graph, 0);
  const routes = apiRoutes(options, () => served);
  const guard = createEditGuard(options.host, options.allowEdit === true, options.curation !== undefined);
  // Without a store's curation the list is empty and every write is refused, with the reason.
  const curation = curationRoutes(options.curation, guard, (graph: KnowledgeGraph, version: number) => {
    served.drop();
    served = serve(graph, version, PAYLOAD_AFTER_CORRECTION_MS);
  });
  const server = createServer((req, res) => {
    const url = req.url ?? "/";
    if (url.length > MAX_URL_LENGTH) return fail(res, 414, `URL longer than ${MAX_URL_LENGTH} characters`);
    if (!hostAllowed(req.headers.host, options.host)) return fail(res, 403, "this server answers only to 127.0.0.1 and localhost");
    const queryAt = url.indexOf("?");
    const rawPath = queryAt === -1 ? url : url.slice(0, queryAt);
    const query = new URLSearchParams(queryAt === -1 ? "" : url.slice(queryAt + 1));
    const reply = (value: unknown): void => send(req, res, json(value), NO_STORE);
    if (query.size === 0 && curation(req, res, rawPath, reply)) return;
    if (req.method !== "GET" && req.method !== "HEAD") return fail(res, 405, "only GET and HEAD", { Allow: "GET, HEAD" });
    // Only /api/entity and /api/evidence take parameters: anything else in the query string is a mistake or a probe.
    const unknown = [...query.keys()].find((key) => !PARAMETERS(rawPath).has(key));
    if (unknown !== undefined) return fail(res, 400, `unknown query parameter '${unknown.slice(0, 100)}'`);
    const { graph, pages } = served;
    if (rawPath === EVIDENCE_PATH) return evidenceRoute(res, graph, query, reply);
    const route = routes.get(rawPath);
    if (route) return route(req, res);
    if (rawPath.startsWith(ENTITY_PREFIX)) return entityRoute(req, res, pages, rawPath, query);
    if (rawPath.startsWith("/api/")) return fail(res, 404, `no such API: ${rawPath.slice(0, 200)}`);
    serveStatic(req, res, options.distDir, rawPath, (html) => guard.page(html)).catch((err: unknown) => {
      console.error(`aikg serve: ${(err as Error).message}`);
      if (!res.headersSent) fail(res, 500, "internal error");
    });
  });
  return { server, ready: served.ready };
}

export interface RunningServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/**
 * Listens on host:port (0 = any free port) and resolves with the URL to open, once the graph is
 * compressed (a second or two on a large graph): the first page load then does not wait for it.
 */
export async function startExplorerServer(options: ExplorerServerOptions & { port: number }): Promise<RunningServer> {
  const { server, ready } = createExplorerServer(options);
  const running = await new Promise<RunningServer>((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      const { port } = server.address() as AddressInfo;
      const shown = options.host === "0.0.0.0" || options.host === "::" ? "127.0.0.1" : options.host;
      const url = `http://${shown.includes(":") ? `[${shown}]` : shown}:${port}/`;
      const close = (): Promise<void> =>
        new Promise((done) => {
          server.closeAllConnections();
          server.close(() => done());
        });
      resolvePromise({ server, url, close });
    });
  });
  await ready;
  return running;
}
