// The explorer's HTTP server (node:http): the built page from web/dist and a small JSON API over
// one loaded graph. Read-only: GET and HEAD, bounded URLs, no query parameters it does not know.
import { createServer } from "node:http";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { AbstractGraph } from "graphology-types";
import type { EdgeAttributes, NodeAttributes } from "../types.ts";
import { Payload, fail, send } from "./respond.ts";
import { hostAllowed } from "./security.ts";
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
}

type Route = (req: IncomingMessage, res: ServerResponse) => void;

function apiRoutes(options: ExplorerServerOptions): Map<string, Route> {
  const json = (value: unknown): Payload => new Payload(Buffer.from(JSON.stringify(value), "utf8"), JSON_TYPE);
  // Serialised once: the graph does not change while the server runs.
  const graph = json(options.graph.export());
  const manifest = json(options.manifest ?? null);
  const noStore = { "Cache-Control": "no-store" };
  return new Map<string, Route>([
    ["/api/graph", (req, res) => send(req, res, graph, noStore)],
    ["/api/manifest", (req, res) => send(req, res, manifest, noStore)],
  ]);
}

async function serveStatic(req: IncomingMessage, res: ServerResponse, distDir: string, rawPath: string): Promise<void> {
  const file = resolveStaticPath(distDir, rawPath);
  const found = file ? await readStatic(distDir, file) : null;
  if (!found) return fail(res, 404, `not found: ${rawPath.slice(0, 200)}`);
  // Vite names assets by content hash, so they never change; the page itself may.
  const cache = rawPath.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache";
  send(req, res, new Payload(found.body, found.type), { "Cache-Control": cache });
}

export function createExplorerServer(options: ExplorerServerOptions): Server {
  const routes = apiRoutes(options);
  return createServer((req, res) => {
    const url = req.url ?? "/";
    if (req.method !== "GET" && req.method !== "HEAD") return fail(res, 405, "only GET and HEAD", { Allow: "GET, HEAD" });
    if (url.length > MAX_URL_LENGTH) return fail(res, 414, `URL longer than ${MAX_URL_LENGTH} characters`);
    if (!hostAllowed(req.headers.host, options.host)) return fail(res, 403, "this server answers only to 127.0.0.1 and localhost");
    const queryAt = url.indexOf("?");
    const rawPath = queryAt === -1 ? url : url.slice(0, queryAt);
    const query = new URLSearchParams(queryAt === -1 ? "" : url.slice(queryAt + 1));
    // No route takes parameters: anything in the query string is a mistake or a probe.
    const unknown = [...query.keys()][0];
    if (unknown !== undefined) return fail(res, 400, `unknown query parameter '${unknown.slice(0, 100)}'`);
    const route = routes.get(rawPath);
    if (route) return route(req, res);
    if (rawPath.startsWith("/api/")) return fail(res, 404, `no such API: ${rawPath.slice(0, 200)}`);
    serveStatic(req, res, options.distDir, rawPath).catch((err: unknown) => {
      console.error(`aikg serve: ${(err as Error).message}`);
      if (!res.headersSent) fail(res, 500, "internal error");
    });
  });
}

export interface RunningServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/** Listens on host:port (0 = any free port) and resolves with the URL to open. */
export function startExplorerServer(options: ExplorerServerOptions & { port: number }): Promise<RunningServer> {
  const server = createExplorerServer(options);
  return new Promise((resolvePromise, reject) => {
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
}
