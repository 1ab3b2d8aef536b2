// Each write answers what it changed in the graph served, with the graph's version before and
// after (GET /api/graph says which version it sends): a page holding the version before that
// applies the changes holds the graph /api/graph now sends. For a decision applied in place, an
// undo (the store loaded again, the changes found by comparing) and a write after another writer
// changed the file.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { changeDecisions, curationFile } from "../../src/curate/file.ts";
import { applyChanges, type GraphChanges } from "../../src/graph/changes.ts";
import type { KnowledgeGraph } from "../../src/graph/types.ts";
import { GRAPH_VERSION_HEADER, type GraphPayload } from "../../src/server/api.ts";
import type { RunningServer } from "../../src/server/server.ts";
import { graphFromHeader } from "../../src/store/codec.ts";
import { NO_EVIDENCE, seen } from "../helpers/page-graph.ts";
import { fetchRaw } from "./fetch-raw.ts";
import { startCurationServer } from "./curation-server.ts";

const root = mkdtempSync(join(tmpdir(), "aikg-curation-changes-"));
const store = join(root, "store");
let server: RunningServer;
let headers: Record<string, string>;

beforeAll(async () => {
  const started = await startCurationServer(root, store);
  server = started.server;
  headers = { Origin: started.origin, "X-Aikg-Token": started.token, "Content-Type": "application/json" };
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

/** The graph as the page decodes it, and the version it is. */
async function pageGraph(): Promise<{ graph: KnowledgeGraph; version: number }> {
  const reply = await fetchRaw(server.url, "/api/graph");
  const { graph } = graphFromHeader(JSON.parse(reply.body.toString()) as GraphPayload, (a) => (a.evidence = NO_EVIDENCE));
  return { graph, version: Number(reply.headers[GRAPH_VERSION_HEADER.toLowerCase()]) };
}

interface Answer {
  version: { from: number; to: number };
  changes: GraphChanges;
  n?: number;
  decision: { at: string };
}

/** Posts a write; checks its changes take the page's graph to the one served now; returns the answer. */
async function writes(path: string, body: unknown): Promise<Answer> {
  const page = await pageGraph();
  const reply = await fetchRaw(server.url, path, { method: "POST", headers, body: JSON.stringify(body) });
  expect(reply.status, reply.body.toString()).toBe(200);
  const answer = JSON.parse(reply.body.toString()) as Answer;
  expect(answer.version).toEqual({ from: page.version, to: page.version + 1 });
  applyChanges(page.graph, answer.changes, () => NO_EVIDENCE);
  const now = await pageGraph();
  expect(now.version).toBe(answer.version.to);
  expect(seen(page.graph)).toEqual(seen(now.graph));
  return answer;
}

describe("a write's changes", () => {
  test("take the page's graph to the one served after a merge, a rejected relation, a reject, and their undos", async () => {
    expect((await pageGraph()).version).toBe(0);
    const merged = await writes("/api/curation", { action: "merge", into: "google", others: ["deepmind"] });
    expect(merged.changes.droppedNodes).toEqual(["deepmind"]);
    const relation = await writes("/api/curation", { action: "reject-relation", edge: "invests_in|microsoft|openai" });
    expect(relation.changes).toMatchObject({ droppedNodes: [], droppedEdges: ["invests_in|microsoft|openai"], edges: [] });
    await writes("/api/curation", { action: "rename", entity: "openai", name: "OpenAI Inc" });
    await writes("/api/curation", { action: "retype", entity: "meta", type: "research" });
    const rejected = await writes("/api/curation", { action: "reject", entity: "meta" });
    expect(rejected.changes.droppedNodes).toEqual(["meta"]);
    // Undone: the store is loaded again, and the changes found by comparing.
    const back = await writes("/api/curation/undo", { n: 1, at: merged.decision.at });
    expect(back.changes.nodes.map(([n]) => n)).toContain("deepmind");
    await writes("/api/curation/undo", { n: 4 });
    expect((await pageGraph()).graph.hasNode("meta")).toBe(true);
  });

  test("after another writer changed the file, are found by comparing: the page's graph still ends as served", async () => {
    await changeDecisions(curationFile(store), (decisions) => ({
      decisions: [...decisions, { action: "reject", entity: { name: "Anthropic", type: "organization" }, at: new Date().toISOString(), via: "cli" }],
      result: null,
    }));
    // The page's graph has Anthropic still: the answer's changes take it away too.
    const made = await writes("/api/curation", { action: "retype", entity: "microsoft", type: "research" });
    expect(made.changes.droppedNodes).toContain("anthropic");
  });
});
