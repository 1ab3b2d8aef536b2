import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { graphFromHeader } from "../../src/store/codec.ts";
import type { KnowledgeGraph } from "../../src/graph/types.ts";
import type { GraphPayload } from "../../src/server/api.ts";
import { MAX_URL_LENGTH, startExplorerServer } from "../../src/server/server.ts";
import type { RunningServer } from "../../src/server/server.ts";
import { syntheticGraph } from "../e2e/synthetic-graph.ts";
import { fetchRaw } from "./fetch-raw.ts";

const graph = syntheticGraph({ nodes: 40, edges: 80 });
let server: RunningServer;

beforeAll(async () => {
  const dist = join(mkdtempSync(join(tmpdir(), "aikg-server-")), "dist");
  mkdirSync(join(dist, "assets"), { recursive: true });
  writeFileSync(join(dist, "index.html"), "<!doctype html><title>explorer</title>");
  writeFileSync(join(dist, "assets", "app-1234.js"), `console.log(${JSON.stringify("x".repeat(4000))});`);
  writeFileSync(join(dist, ".sources.json"), "[]");
  server = await startExplorerServer({ graph, manifest: { formatVersion: 1 }, distDir: dist, host: "127.0.0.1", port: 0 });
});
afterAll(() => server.close());

describe("explorer server", () => {
  test("serves the page with security headers", async () => {
    const r = await fetchRaw(server.url, "/");
    expect(r.status).toBe(200);
    expect(r.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(r.headers["x-content-type-options"]).toBe("nosniff");
    expect(r.headers["content-security-policy"]).toContain("script-src 'self'");
    expect(r.headers["content-security-policy"]).not.toContain("unsafe-inline");
    expect(r.body.toString()).toContain("<title>explorer</title>");
  });

  test("serves /api/graph as the graph file's header, without evidence, gzipped when asked", async () => {
    const plain = await fetchRaw(server.url, "/api/graph");
    expect(plain.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(plain.body.toString()).not.toContain('"evidence"');
    // The page decodes it with the store's decoder: the same graph, every attribute but evidence.
    const { graph: back, aliasIndex } = graphFromHeader(JSON.parse(plain.body.toString()) as GraphPayload, (a) => (a.evidence = []));
    const withoutEvidence = (g: KnowledgeGraph) => g.mapEdges((key, { evidence: _, ...rest }, source, target) => ({ key, source, target, rest }));
    expect(back.export().nodes).toEqual(graph.export().nodes);
    expect(withoutEvidence(back)).toEqual(withoutEvidence(graph));
    expect(aliasIndex?.byKey.get("google")).toEqual(["google"]);
    const zipped = await fetchRaw(server.url, "/api/graph", { headers: { "Accept-Encoding": "gzip" } });
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
  });

  test("serves the manifest", async () => {
    const r = await fetchRaw(server.url, "/api/manifest");
    expect(JSON.parse(r.body.toString())).toEqual({ formatVersion: 1 });
  });

  test("answers HEAD without a body", async () => {
    const r = await fetchRaw(server.url, "/assets/app-1234.js", { method: "HEAD" });
    expect(r.status).toBe(200);
    expect(r.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(r.headers["cache-control"]).toContain("immutable");
    expect(r.body.length).toBe(0);
  });

  test.each([
    ["POST", "/api/graph", 405],
    ["PUT", "/", 405],
    ["DELETE", "/api/graph", 405],
  ])("refuses %s %s with %i", async (method, path, status) => {
    const r = await fetchRaw(server.url, path, { method });
    expect(r.status).toBe(status);
    expect(r.headers.allow).toBe("GET, HEAD");
  });

  test.each([
    ["/api/graph?nodes=all", 400],
    ["/?x=1", 400],
    ["/api/nothing", 404],
    ["/missing.js", 404],
    ["/.sources.json", 404],
    ["/../package.json", 404],
    ["/%2e%2e/%2e%2e/package.json", 404],
    ["/assets/%252e%252e/index.html", 404],
    [`/${"a".repeat(MAX_URL_LENGTH)}.js`, 414],
  ])("answers %s with %i and a plain-text reason", async (path, status) => {
    const r = await fetchRaw(server.url, path);
    expect(r.status).toBe(status);
    expect(r.headers["content-type"]).toBe("text/plain; charset=utf-8");
    expect(r.headers["x-content-type-options"]).toBe("nosniff");
    expect(r.body.toString()).not.toContain("at ");
  });

  test("answers only loopback Host names (no DNS rebinding)", async () => {
    expect((await fetchRaw(server.url, "/api/graph", { headers: { Host: "evil.example:80" } })).status).toBe(403);
    expect((await fetchRaw(server.url, "/", { headers: { Host: "localhost:1234" } })).status).toBe(200);
    expect((await fetchRaw(server.url, "/", { headers: { Host: "[::1]:1234" } })).status).toBe(200);
  });
});
