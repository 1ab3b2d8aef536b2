// The explorer's API under load, on loopback: `aikg serve` on the store in a child process, a few
// clients asking for the hub entity's pages (the entity with the most relations: its first ask
// of each page serialises it, later asks come from the cache), and one client asking small things
// (the manifest, a small entity) meanwhile. Prints requests per second and p50/p99 for each;
// bounded by time. The small requests' p99 is the target: a big answer must not keep them waiting.
import { EDGE_FIELDS, type GraphHeader } from "../../src/store/codec.ts";
import { spawn, type ChildProcess } from "node:child_process";
import { Agent, request } from "node:http";
import { join } from "node:path";
import { formatMs, quantile } from "./stats.ts";

export interface RequestFigures {
  requests: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

export interface ServerBenchResult {
  hub: { id: string; relations: number; pageLimit: number; pages: number };
  /** Every page of the hub asked once, one after another, before anything is cached. */
  coldPages: RequestFigures;
  /** The hub's pages asked by `clients` clients at once for `seconds`. */
  hubLoad: RequestFigures & { clients: number; seconds: number };
  /** The manifest and a small entity, asked one after another during both of the above. */
  small: RequestFigures;
}

const PAGE_LIMIT = 1000;

function figures(ms: readonly number[], seconds: number): RequestFigures {
  return { requests: ms.length, perSecond: ms.length / seconds, p50Ms: quantile(ms, 0.5), p99Ms: quantile(ms, 0.99), maxMs: ms.length ? Math.max(...ms) : NaN };
}

const agent = new Agent({ keepAlive: true, maxSockets: 16 });

/** GET path; resolves with the body once it has all come in, and how long that took. */
function get(base: string, path: string): Promise<{ status: number; body: Buffer; ms: number }> {
  const { hostname, port } = new URL(base);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, agent, headers: { "Accept-Encoding": "gzip" } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), ms: performance.now() - started }));
    });
    req.on("error", reject);
    req.end();
  });
}

/** `aikg serve` on the store, any free port; resolves with the URL it prints. */
function startServe(store: string, repoRoot: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [join(repoRoot, "bin/aikg.js"), "serve", "--store", store, "--port", "0"], { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"] });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk;
      const url = /open (http:\/\/\S+)/.exec(out)?.[1];
      if (url) resolve({ child, url });
    });
    let err = "";
    child.stderr!.on("data", (chunk: Buffer) => (err += chunk));
    child.on("exit", (code) => reject(new Error(`aikg serve ended (${code}): ${err.trim()}`)));
  });
}

/** The entities with the most and with the fewest relations (at least one), from /api/graph. */
async function hubAndSmall(url: string): Promise<{ hub: string; relations: number; small: string }> {
  const { gunzipSync } = await import("node:zlib");
  const reply = await get(url, "/api/graph");
  // The graph file's line 1 (src/store/codec.ts): edges are numbers, endpoints by place in the node list.
  const graph = JSON.parse(gunzipSync(reply.body).toString("utf8")) as Pick<GraphHeader, "nodes" | "edges">;
  const degree = new Map<string, number>();
  for (let o = 0; o < graph.edges.length; o += EDGE_FIELDS) {
    for (const end of [graph.edges[o]!, graph.edges[o + 1]!]) {
      const key = graph.nodes[end]![0];
      degree.set(key, (degree.get(key) ?? 0) + 1);
    }
  }
  const byDegree = [...degree].sort((a, b) => b[1] - a[1]);
  return { hub: byDegree[0]![0], relations: byDegree[0]![1], small: byDegree.at(-1)![0] };
}

export async function benchServer(store: string, repoRoot: string, options: { seconds: number; clients: number }, log: (line: string) => void): Promise<ServerBenchResult> {
  const { child, url } = await startServe(store, repoRoot);
  try {
    const { hub, relations, small } = await hubAndSmall(url);
    const entity = (id: string, offset = 0, limit = PAGE_LIMIT) => `/api/entity/${encodeURIComponent(id)}?offset=${offset}&limit=${limit}`;
    const pages = Math.ceil(relations / PAGE_LIMIT);
    const smallPaths = ["/api/manifest", entity(small, 0, 50)];
    const smallMs: number[] = [];
    let busy = true;
    const smallStarted = performance.now();
    const smallLoop = (async () => {
      for (let i = 0; busy; i++) {
        smallMs.push((await get(url, smallPaths[i % smallPaths.length]!)).ms);
        await new Promise((done) => setTimeout(done, 5));
      }
    })();

    const coldStarted = performance.now();
    const coldMs: number[] = [];
    for (let page = 0; page < pages; page++) coldMs.push((await get(url, entity(hub, page * PAGE_LIMIT))).ms);
    const cold = figures(coldMs, (performance.now() - coldStarted) / 1000);

    const hubMs: number[] = [];
    const loadStarted = performance.now();
    const until = loadStarted + options.seconds * 1000;
    await Promise.all(
      Array.from({ length: options.clients }, async (_, c) => {
        for (let i = c; performance.now() < until; i++) {
          const reply = await get(url, entity(hub, (i % pages) * PAGE_LIMIT));
          if (reply.status !== 200) throw new Error(`the hub's page answered ${reply.status}`);
          hubMs.push(reply.ms);
        }
      }),
    );
    const loadSeconds = (performance.now() - loadStarted) / 1000;
    busy = false;
    await smallLoop;
    const result: ServerBenchResult = {
      hub: { id: hub, relations, pageLimit: PAGE_LIMIT, pages },
      coldPages: cold,
      hubLoad: { ...figures(hubMs, loadSeconds), clients: options.clients, seconds: options.seconds },
      small: figures(smallMs, (performance.now() - smallStarted) / 1000),
    };
    log(`  hub ${hub}: ${relations} relations, ${pages} page(s) of ${PAGE_LIMIT}`);
    log(`  cold pages (serialised on first ask)  p50 ${formatMs(cold.p50Ms)}, max ${formatMs(cold.maxMs)}`);
    log(`  hub under load (${options.clients} clients, ${options.seconds} s)  ${result.hubLoad.perSecond.toFixed(0)} req/s, p50 ${formatMs(result.hubLoad.p50Ms)}, p99 ${formatMs(result.hubLoad.p99Ms)}`);
    log(`  small requests meanwhile (${result.small.requests})  p50 ${formatMs(result.small.p50Ms)}, p99 ${formatMs(result.small.p99Ms)}, max ${formatMs(result.small.maxMs)}`);
    return result;
  } finally {
    child.kill("SIGTERM");
    agent.destroy();
  }
}
