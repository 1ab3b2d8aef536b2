// GET /api/entity/<id>: one entity's relations with their evidence, behind the server's guards.
// And /api/graph never reads edge evidence, which the store may come to load lazily from disk.
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { EDGE_FIELDS } from "../../src/store/codec.ts";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startExplorerServer } from "../../src/server/server.ts";
import type { RunningServer } from "../../src/server/server.ts";
import type { EntityRelations } from "../../src/server/api.ts";
import { ENTITY_PAGES, type EntityPage } from "../../src/server/entity-pages.ts";
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
    expect(JSON.parse(gunzipSync(r.body).toString()).edges).toHaveLength(graph.size * EDGE_FIELDS);
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
    expect(r.headers["cache-control"]).toBe("no-cache");
    expect(r.headers.etag).toMatch(/^"[\w-]+"$/);
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
    [`${entityPath(other!)}?limit=0`, 400],
    [`${entityPath(other!)}?limit=1001`, 400],
    [`${entityPath(other!)}?offset=-1`, 400],
    [`${entityPath(other!)}?offset=1e3`, 400],
  ])("answers %s with %i and a plain-text reason", async (path, status) => {
    const r = await fetchRaw(server.url, path);
    expect(r.status).toBe(status);
    expect(r.headers["content-type"]).toBe("text/plain; charset=utf-8");
    expect(r.body.toString()).not.toContain("<");
  });

  test("pages a big answer, strongest first, with the total", async () => {
    const hub = graph.nodes().reduce((a, b) => (graph.degree(b) > graph.degree(a) ? b : a));
    const total = graph.degree(hub);
    expect(total).toBeGreaterThan(4);
    const pages: EntityPage[] = [];
    for (let offset: number | null = 0; offset !== null; ) {
      const r = await fetchRaw(server.url, `${entityPath(hub)}?offset=${offset}&limit=3`);
      expect(r.status).toBe(200);
      const page = JSON.parse(r.body.toString()) as EntityPage;
      expect(page).toMatchObject({ id: hub, total, offset, limit: 3 });
      pages.push(page);
      offset = page.next;
    }
    const relations = pages.flatMap((p) => p.relations);
    expect(relations.map((x) => x.edge).sort()).toEqual(graph.edges(hub).sort());
    const strength = relations.map((x) => [x.predicate === "co_mention" ? 1 : 0, -graph.getEdgeAttribute(x.edge, "weight")]);
    expect(strength).toEqual([...strength].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!));
    // The first page without parameters: the shape it always had, with the paging fields.
    const first = JSON.parse((await fetchRaw(server.url, entityPath(hub))).body.toString()) as EntityPage;
    expect(first).toMatchObject({ id: hub, total, offset: 0, limit: ENTITY_PAGES.defaultLimit, next: null });
  });

  test("answers If-None-Match with its ETag with 304 and no body", async () => {
    const first = await fetchRaw(server.url, entityPath(other!), { headers: { "Accept-Encoding": "gzip" } });
    const etag = String(first.headers.etag);
    const again = await fetchRaw(server.url, entityPath(other!), { headers: { "If-None-Match": etag } });
    expect([again.status, again.body.length, again.headers.etag]).toEqual([304, 0, etag]);
    const weak = await fetchRaw(server.url, entityPath(other!), { headers: { "If-None-Match": `"other", W/${etag}` } });
    expect(weak.status).toBe(304);
    const stale = await fetchRaw(server.url, entityPath(other!), { headers: { "If-None-Match": '"stale"' } });
    expect(stale.status).toBe(200);
    // Another page is another answer.
    const page = await fetchRaw(server.url, `${entityPath(other!)}?limit=1`);
    expect(page.headers.etag).not.toBe(etag);
  });

  test("sits behind the method and Host guards; HEAD has no body", async () => {
    expect((await fetchRaw(server.url, entityPath(other!), { method: "POST" })).status).toBe(405);
    expect((await fetchRaw(server.url, entityPath(other!), { headers: { Host: "evil.example" } })).status).toBe(403);
    const head = await fetchRaw(server.url, entityPath(other!), { method: "HEAD" });
    expect([head.status, head.body.length]).toEqual([200, 0]);
  });
});
