// GET /api/entity/<id>: one entity's relations with their evidence, behind the server's guards.
// And /api/graph never reads edge evidence, which the store may come to load lazily from disk.
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startExplorerServer } from "../../src/server/server.ts";
import type { RunningServer } from "../../src/server/server.ts";
import type { EntityRelations } from "../../src/server/api.ts";
import type { Evidence } from "../../src/types.ts";
import { syntheticGraph } from "../e2e/synthetic-graph.ts";
import { fetchRaw } from "./fetch-raw.ts";

const HOSTILE_ID = '谷歌/<img src=x onerror="alert(1)">';
const HOSTILE_TEXT = '</script><script>alert("x")</script> & <b onmouseover="alert(2)">bold</b>';
const graph = syntheticGraph({ nodes: 30, edges: 60 });
const [other] = graph.nodes();
graph.addNode(HOSTILE_ID, { name: HOSTILE_ID, label: HOSTILE_ID, type: "organization", aliases: [], mentions: 1, firstSeen: null, lastSeen: null, docs: [] });
const evidence: Evidence = { doc: "evil_2025-01-01", date: "2025-01-01", text: HOSTILE_TEXT, span: { start: 0, end: 1 }, url: "javascript:alert(3)" };
graph.addEdgeWithKey("hostile|develops", HOSTILE_ID, other!, { predicate: "develops", weight: 1, evidence: [evidence], firstSeen: "2025-01-01", lastSeen: "2025-01-01" });

// Every edge's evidence behind a getter that counts its reads, as a lazily loading store would.
let evidenceReads = 0;
graph.forEachEdge((edge, attrs) => {
  const kept = attrs.evidence;
  Object.defineProperty(attrs, "evidence", { enumerable: true, get: () => (evidenceReads++, kept) });
});

let server: RunningServer;
beforeAll(async () => {
  const dist = join(mkdtempSync(join(tmpdir(), "aikg-entity-")), "dist");
  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, "index.html"), "<!doctype html><title>explorer</title>");
  server = await startExplorerServer({ graph, distDir: dist, host: "127.0.0.1", port: 0 });
});
afterAll(() => server.close());

const entityPath = (id: string): string => `/api/entity/${encodeURIComponent(id)}`;

describe("/api/graph and evidence", () => {
  test("serialising the graph reads no edge evidence; asking for an entity does", async () => {
    const r = await fetchRaw(server.url, "/api/graph", { headers: { "Accept-Encoding": "gzip" } });
    expect(r.status).toBe(200);
    expect(JSON.parse(gunzipSync(r.body).toString()).edges).toHaveLength(graph.size);
    expect(evidenceReads).toBe(0);
    await fetchRaw(server.url, entityPath(other!));
    expect(evidenceReads).toBe(graph.degree(other!));
  });
});

describe("/api/entity/<id>", () => {
  test("lists every relation of the entity with its evidence", async () => {
    const r = await fetchRaw(server.url, entityPath(other!));
    expect(r.status).toBe(200);
    expect(r.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(r.headers["cache-control"]).toBe("no-store");
    expect(r.headers["x-content-type-options"]).toBe("nosniff");
    const body = JSON.parse(r.body.toString()) as EntityRelations;
    expect(body.id).toBe(other);
    expect(body.relations.map((x) => x.edge).sort()).toEqual(graph.edges(other!).sort());
    const edge = body.relations.find((x) => x.edge === "hostile|develops")!;
    expect(edge).toMatchObject({ predicate: "develops", source: HOSTILE_ID, target: other });
    expect(edge.evidence).toEqual([{ doc: "evil_2025-01-01", date: "2025-01-01", text: HOSTILE_TEXT, url: "javascript:alert(3)" }]);
  });

  test("keeps hostile text as JSON text, with no markup characters in the bytes", async () => {
    const r = await fetchRaw(server.url, entityPath(HOSTILE_ID));
    expect(r.status).toBe(200);
    const raw = r.body.toString();
    expect(raw).not.toMatch(/[<>&]/);
    const body = JSON.parse(raw) as EntityRelations;
    expect(body.id).toBe(HOSTILE_ID);
    expect(body.relations[0]!.evidence[0]!.text).toBe(HOSTILE_TEXT);
  });

  test.each([
    ["/api/entity/no-such-entity", 404],
    ["/api/entity/", 404],
    ["/api/entity/%E4%B8", 400],
    [`${entityPath(other!)}?full=1`, 400],
  ])("answers %s with %i and a plain-text reason", async (path, status) => {
    const r = await fetchRaw(server.url, path);
    expect(r.status).toBe(status);
    expect(r.headers["content-type"]).toBe("text/plain; charset=utf-8");
    expect(r.body.toString()).not.toContain("<");
  });

  test("sits behind the method and Host guards; HEAD has no body", async () => {
    expect((await fetchRaw(server.url, entityPath(other!), { method: "POST" })).status).toBe(405);
    expect((await fetchRaw(server.url, entityPath(other!), { headers: { Host: "evil.example" } })).status).toBe(403);
    const head = await fetchRaw(server.url, entityPath(other!), { method: "HEAD" });
    expect([head.status, head.body.length]).toEqual([200, 0]);
  });
});
