// The server the write API's tests talk to: the fixture extractions built into a store under
// `root`, served with corrections on, as the explorer's page sees it — its origin and this run's
// edit token, read from the page it serves.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadCurated } from "../../src/curate/load.ts";
import { startExplorerServer, type RunningServer } from "../../src/server/server.ts";
import { ingestDigests } from "../../src/store/ingest.ts";
import { allFixtures } from "../graph/fixtures.ts";
import { fetchRaw } from "./fetch-raw.ts";

export interface CurationServer {
  server: RunningServer;
  origin: string;
  token: string;
}

export async function startCurationServer(root: string, store: string): Promise<CurationServer> {
  const docs = allFixtures().map((extraction) => ({ id: extraction.doc.id, hash: extraction.doc.hash, extraction }));
  await ingestDigests(store, docs, (todo) => todo.map((d) => d.extraction));
  const dist = join(root, "dist");
  mkdirSync(dist);
  writeFileSync(join(dist, "index.html"), "<!doctype html><html><head><title>explorer</title></head><body></body></html>");
  const loaded = await loadCurated(store);
  const server = await startExplorerServer({ graph: loaded.graph, distDir: dist, host: "127.0.0.1", port: 0, curation: { store: loaded, reload: () => loadCurated(store) } });
  const token = /name="aikg-edit-token" content="([^"]+)"/.exec((await fetchRaw(server.url, "/")).body.toString())![1]!;
  return { server, origin: server.url.replace(/\/$/, ""), token };
}
