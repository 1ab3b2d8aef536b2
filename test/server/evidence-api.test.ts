// GET /api/evidence: one page of a relation's evidence at a time, newest first, as the entity
// panel's "more" asks for it; and an entity's answer carries only the first few per relation.
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { edgeKey } from "../../src/graph/edges.ts";
import { ENTITY_EVIDENCE } from "../../src/server/api.ts";
import type { EntityRelations, EvidencePage } from "../../src/server/api.ts";
import { startExplorerServer } from "../../src/server/server.ts";
import type { RunningServer } from "../../src/server/server.ts";
import type { Evidence } from "../../src/types.ts";
import { syntheticGraph } from "../e2e/synthetic-graph.ts";
import { fetchRaw } from "./fetch-raw.ts";

const graph = syntheticGraph({ nodes: 30, edges: 60 });
const [a, b] = graph.nodes() as [string, string];
const EDGE = edgeKey("invests_in", a, b);
const day = (i: number): string => `2025-${String(1 + Math.floor(i / 28)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`;
// 45 kept of 357 seen, newest first, as the store keeps them; one with text that looks like markup.
const kept: Evidence[] = Array.from({ length: 45 }, (_, i) => ({
  doc: `digest_${day(44 - i)}`,
  date: day(44 - i),
  text: i === 3 ? "<b>bold</b> & </script>" : `Sentence ${i}.`,
  span: { start: i, end: i + 9 },
  url: `https://example.com/${i}`,
}));
graph.addEdgeWithKey(EDGE, a, b, { predicate: "invests_in", weight: 357, evidence: kept, firstSeen: day(0), lastSeen: day(44) });

let server: RunningServer;
beforeAll(async () => {
  const dist = join(mkdtempSync(join(tmpdir(), "aikg-evidence-")), "dist");
  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, "index.html"), "<!doctype html><title>explorer</title>");
  server = await startExplorerServer({ graph, distDir: dist, host: "127.0.0.1", port: 0 });
});
afterAll(() => server.close());

const page = async (query: string): Promise<{ status: number; body: EvidencePage; raw: string }> => {
  const r = await fetchRaw(server.url, `/api/evidence?${query}`);
  const raw = r.body.toString();
  return { status: r.status, body: r.status === 200 ? (JSON.parse(raw) as EvidencePage) : (null as never), raw };
};
const edgeParam = `edge=${encodeURIComponent(EDGE)}`;

describe("/api/evidence", () => {
  test("pages a relation's kept evidence, newest first, saying how much was seen and kept", async () => {
    const first = await page(edgeParam);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ edge: EDGE, weight: 357, kept: 45, offset: 0 });
    expect(first.body.evidence).toHaveLength(20);
    expect(first.body.evidence[0]).toEqual({ doc: kept[0]!.doc, date: kept[0]!.date, text: "Sentence 0.", url: kept[0]!.url });
    const last = await page(`${edgeParam}&offset=40&limit=20`);
    expect(last.body.evidence.map((e) => e.text)).toEqual(["Sentence 40.", "Sentence 41.", "Sentence 42.", "Sentence 43.", "Sentence 44."]);
    expect((await page(`${edgeParam}&offset=45`)).body.evidence).toEqual([]);
    const all = await page(`${edgeParam}&limit=100`);
    expect(all.body.evidence.map((e) => e.date)).toEqual(kept.map((e) => e.date));
  });

  test("keeps text that looks like markup as JSON text", async () => {
    const { raw, body } = await page(`${edgeParam}&offset=3&limit=1`);
    expect(raw).not.toMatch(/[<>]/);
    expect(body.evidence[0]!.text).toBe("<b>bold</b> & </script>");
  });

  test.each([
    ["", 400],
    ["edge=", 400],
    [`${edgeParam}&offset=-1`, 400],
    [`${edgeParam}&offset=1.5`, 400],
    [`${edgeParam}&limit=0`, 400],
    [`${edgeParam}&limit=101`, 400],
    [`${edgeParam}&limit=abc`, 400],
    [`${edgeParam}&sort=old`, 400],
    [`edge=${encodeURIComponent("develops|nobody|none")}`, 404],
  ])("answers ?%s with %i", async (query, status) => {
    expect((await page(query)).status).toBe(status);
  });

  test("other routes still take no query parameters", async () => {
    expect((await fetchRaw(server.url, `/api/graph?offset=1`)).status).toBe(400);
    expect((await fetchRaw(server.url, `/api/entity/${encodeURIComponent(a)}?edge=x`)).status).toBe(400);
  });
});

describe("/api/entity/<id> and evidence", () => {
  test("carries the newest few pieces per relation and how many are kept", async () => {
    const r = await fetchRaw(server.url, `/api/entity/${encodeURIComponent(a)}`);
    const body = JSON.parse(r.body.toString()) as EntityRelations;
    const relation = body.relations.find((x) => x.edge === EDGE)!;
    expect(relation.evidenceKept).toBe(45);
    expect(relation.evidence.map((e) => e.text)).toEqual(kept.slice(0, ENTITY_EVIDENCE).map((e) => e.text));
    for (const other of body.relations) expect(other.evidence.length).toBeLessThanOrEqual(ENTITY_EVIDENCE);
  });
});
