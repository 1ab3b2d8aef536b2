import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, test } from "vitest";
import { writeStore } from "../../src/store/store.ts";
import { syntheticGraph } from "../e2e/synthetic-graph.ts";

const BIN = fileURLToPath(new URL("../../bin/aikg.js", import.meta.url));
const graph = syntheticGraph({ nodes: 30, edges: 60 });
let store: string;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `aikg serve …`; `whileUp` gets the URL it printed, and the server is stopped after it. */
function serve(args: string[], whileUp?: (url: string) => Promise<void>): Promise<Run> {
  const child = spawn(process.execPath, [BIN, "serve", ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  let started = false;
  return new Promise((resolve, reject) => {
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk;
      const url = /open (http:\/\/\S+)/.exec(stdout)?.[1];
      if (url && whileUp && !started) {
        started = true;
        whileUp(url).then(() => child.kill("SIGTERM"), (err: unknown) => (child.kill("SIGTERM"), reject(err)));
      }
    });
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  store = mkdtempSync(join(tmpdir(), "aikg-serve-"));
  mkdirSync(join(store, "extractions")); // writeStore expects the digests' extraction files in place (here: none)
  await writeStore(store, { manifest: { updatedAt: "2025-06-01T00:00:00Z", digests: {} }, graph });
}, 60_000);

describe("aikg serve", () => {
  test("serves the store on 127.0.0.1, prints the URL and stops cleanly on SIGTERM", async () => {
    let nodes = 0;
    const run = await serve(["--store", store, "--port", "0"], async (url) => {
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const data = (await (await fetch(`${url}api/graph`)).json()) as { nodes: unknown[] };
      nodes = data.nodes.length;
      const page = await fetch(url);
      expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(await page.text()).toContain('<script type="module"');
    });
    expect(run.stderr).not.toMatch(/at .*\.ts:\d+/);
    expect(nodes).toBe(graph.order);
    expect(run.code).toBe(0);
  }, 90_000);

  test("pages an entity's relations with their total, and answers a repeated request with 304", async () => {
    const hub = graph.nodes().reduce((a, b) => (graph.degree(b) > graph.degree(a) ? b : a));
    const run = await serve(["--store", store, "--port", "0"], async (url) => {
      const entity = `${url}api/entity/${encodeURIComponent(hub)}`;
      const first = await fetch(`${entity}?limit=2`);
      expect(first.status).toBe(200);
      expect(await first.json()).toMatchObject({ id: hub, total: graph.degree(hub), offset: 0, limit: 2, next: 2 });
      const etag = first.headers.get("etag")!;
      expect(etag).toMatch(/^"[\w-]+"$/);
      const again = await fetch(`${entity}?limit=2`, { headers: { "If-None-Match": etag } });
      expect(again.status).toBe(304);
      const second = (await (await fetch(`${entity}?offset=2&limit=2`)).json()) as { offset: number; relations: unknown[] };
      expect(second).toMatchObject({ offset: 2 });
      expect(second.relations).toHaveLength(2);
    });
    expect(run.code).toBe(0);
  }, 90_000);

  test.each([
    [["--port", "70000"], 2, "--port must be a number from 0 to 65535"],
    [["--port", "-1"], 2, "--port"],
    [["somewhere"], 2, "takes no arguments"],
    [["--store", "/nonexistent/aikg-store"], 3, "no store in /nonexistent/aikg-store"],
  ])("aikg serve %j exits %i with one line", async (args, code, message) => {
    const run = await serve(args);
    expect(run.code).toBe(code);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toContain(message);
  }, 30_000);

  test("names the port when it is taken", async () => {
    const blocker = createServer();
    await new Promise<void>((done) => blocker.listen(0, "127.0.0.1", done));
    const { port } = blocker.address() as AddressInfo;
    const run = await serve(["--store", store, "--port", String(port)]);
    blocker.close();
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`127.0.0.1:${port} is in use`);
  }, 60_000);
});
