// The server's write API (a person's corrections from the explorer): a correction from the page
// this server served — same origin, this run's token, JSON — is written to the store's curation
// file and the graph served follows; anything else is refused with the reason, and the file is
// left as it was. A server on a network address takes none unless --allow-edit.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import type { IncomingMessage } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadCurated } from "../../src/curate/load.ts";
import type { GraphPayload } from "../../src/server/api.ts";
import { createEditGuard } from "../../src/server/edit-guard.ts";
import { startExplorerServer, type RunningServer } from "../../src/server/server.ts";
import { fetchRaw } from "./fetch-raw.ts";
import { startCurationServer } from "./curation-server.ts";

const root = mkdtempSync(join(tmpdir(), "aikg-curation-api-"));
const store = join(root, "store");
const file = join(store, "curation.jsonl");
let server: RunningServer;
let origin: string;
let token: string;

beforeAll(async () => {
  ({ server, origin, token } = await startCurationServer(root, store));
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

const post = (path: string, body: unknown, headers: Record<string, string> = { Origin: origin, "X-Aikg-Token": token, "Content-Type": "application/json" }) =>
  fetchRaw(server.url, path, { method: "POST", headers, body: JSON.stringify(body) });
const nodes = async (): Promise<string[]> => (JSON.parse((await fetchRaw(server.url, "/api/graph")).body.toString()) as GraphPayload).nodes.map(([id]) => id);
const curation = (): string => (existsSync(file) ? readFileSync(file, "utf8") : "");

describe("POST /api/curation", () => {
  test("the page's correction is written to the store's file, and the graph served is the corrected one", async () => {
    expect(await nodes()).toContain("deepmind");
    const made = await post("/api/curation", { action: "merge", into: "google", others: ["deepmind"], why: "one lab" });
    expect(made.status, made.body.toString()).toBe(200);
    expect(JSON.parse(made.body.toString())).toMatchObject({ n: 1, status: "applied", select: "google", text: "merge 'DeepMind' into 'Google'", decision: { via: "explorer", why: "one lab" } });
    expect(await nodes()).not.toContain("deepmind");
    expect(curation()).toContain('"action":"merge"');
    const relation = await post("/api/curation", { action: "reject-relation", edge: "invests_in|microsoft|openai" });
    expect(JSON.parse(relation.body.toString())).toMatchObject({ n: 2, select: "microsoft" });
    const listed = JSON.parse((await fetchRaw(server.url, "/api/curation")).body.toString());
    expect(listed).toMatchObject({ editable: true, decisions: [{ n: 1, action: "merge", status: "applied" }, { n: 2, action: "reject-relation" }] });
    // Undo loads the store again: the merged entity is back.
    const undone = await post("/api/curation/undo", { n: 1, at: listed.decisions[0].at });
    expect(JSON.parse(undone.body.toString())).toMatchObject({ undone: 1, decision: { action: "merge" } });
    expect(await nodes()).toContain("deepmind");
    expect(curation().split("\n").filter(Boolean)).toHaveLength(1);
    // Undoing a reject shows the entity it brings back.
    const rejected = await post("/api/curation", { action: "reject", entity: "meta" });
    expect(JSON.parse(rejected.body.toString())).toMatchObject({ n: 2, select: null });
    expect(await nodes()).not.toContain("meta");
    const back = await post("/api/curation/undo", { n: 2 });
    expect(JSON.parse(back.body.toString())).toMatchObject({ undone: 2, select: "meta" });
    expect(await nodes()).toContain("meta");
  });

  test.each([
    ["without an Origin", { "X-Aikg-Token": "T", "Content-Type": "application/json" }, 403, /has no Origin/],
    ["from another origin", { Origin: "http://evil.example", "X-Aikg-Token": "T", "Content-Type": "application/json" }, 403, /not from http:\/\/evil\.example/],
    ["without the token", { Origin: "O", "Content-Type": "application/json" }, 403, /edit token is missing or not this server's/],
    ["with another token", { Origin: "O", "X-Aikg-Token": "not-it", "Content-Type": "application/json" }, 403, /edit token is missing or not this server's/],
    ["as a form would send it", { Origin: "O", "X-Aikg-Token": "T", "Content-Type": "text/plain" }, 403, /sent as application\/json/],
    ["from a cross-site fetch", { Origin: "O", "X-Aikg-Token": "T", "Content-Type": "application/json", "Sec-Fetch-Site": "cross-site" }, 403, /Sec-Fetch-Site: cross-site/],
  ])("is refused %s, and nothing is written", async (_what, raw, status, message) => {
    const headers = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v === "O" ? origin : v === "T" ? token : v]));
    const before = curation();
    const reply = await post("/api/curation", { action: "reject", entity: "meta" }, headers);
    expect(reply.status).toBe(status);
    expect(reply.body.toString()).toMatch(message);
    expect(curation()).toBe(before);
    expect(await nodes()).toContain("meta");
  });

  test("says why a correction cannot be made: a name nobody goes by, a bad body, a store being written", async () => {
    const before = curation();
    const unknown = await post("/api/curation", { action: "reject", entity: "nobody-here" });
    expect([unknown.status, unknown.body.toString()]).toEqual([409, "no entity named 'nobody-here'\n"]);
    expect((await post("/api/curation", { action: "retype", entity: "meta", type: "robot" })).status).toBe(400);
    expect((await fetchRaw(server.url, "/api/curation/undo")).status).toBe(405);
    writeFileSync(join(store, "lock"), `${process.pid}\n`);
    try {
      const locked = await post("/api/curation", { action: "reject", entity: "meta" });
      expect(locked.status).toBe(423);
      expect(locked.body.toString()).toMatch(/is being written by process \d+; try again when it is done/);
    } finally {
      rmSync(join(store, "lock"));
    }
    expect(curation()).toBe(before);
  });
});

describe("a server on a network address", () => {
  const req = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;
  test("takes no corrections unless --allow-edit, and its page says so", () => {
    const closed = createEditGuard("0.0.0.0", false);
    expect(closed.refuse(req({ origin: "http://lan:5170", host: "lan:5170" }))).toMatch(/takes no corrections; start it with 'aikg serve --host 0\.0\.0\.0 --allow-edit'/);
    expect(closed.page(Buffer.from("<head></head>")).toString()).toMatch(/<meta name="aikg-edit-token" content="" data-off="this server listens on 0\.0\.0\.0/);
    const open = createEditGuard("0.0.0.0", true);
    const page = open.page(Buffer.from("<head></head>")).toString();
    const given = /content="([^"]+)"/.exec(page)![1]!;
    expect(open.refuse(req({ origin: "http://lan:5170", host: "lan:5170", "x-aikg-token": given, "content-type": "application/json" }))).toBeNull();
    expect(open.refuse(req({ origin: "http://lan:5170", host: "lan:5170", "x-aikg-token": "x", "content-type": "application/json" }))).toMatch(/token/);
  });
});

describe("a server with a graph but no store's curation", () => {
  test("lists no corrections, takes none, and says why", async () => {
    const loaded = await loadCurated(store);
    const bare = await startExplorerServer({ graph: loaded.graph, distDir: join(root, "dist"), host: "127.0.0.1", port: 0 });
    try {
      const listed = await fetchRaw(bare.url, "/api/curation");
      expect(listed.status).toBe(200);
      expect(JSON.parse(listed.body.toString())).toEqual({ editable: false, off: "this server serves a graph without a store's curation", file: null, decisions: [] });
      const page = (await fetchRaw(bare.url, "/")).body.toString();
      expect(page).toMatch(/<meta name="aikg-edit-token" content="" data-off="this server serves a graph without a store's curation"/);
      const headers = { Origin: bare.url.replace(/\/$/, ""), "X-Aikg-Token": "", "Content-Type": "application/json" };
      const refused = await fetchRaw(bare.url, "/api/curation", { method: "POST", headers, body: JSON.stringify({ action: "reject", entity: "meta" }) });
      expect([refused.status, refused.body.toString()]).toEqual([403, "this server serves a graph without a store's curation\n"]);
    } finally {
      await bare.close();
    }
  });
});
