// `aikg serve`: open a store in the browser explorer. Builds the page with Vite when it is
// missing or stale, then serves it with the store's graph on 127.0.0.1 (or --host).
import { resolve } from "node:path";
import { defaultStoreDir } from "../../store/paths.ts";
import { loadCurated } from "../../curate/load.ts";
import { isLoopback } from "../../server/security.ts";
import { DIST_DIR, ensureWebBuild } from "../../server/web-build.ts";
import { startExplorerServer } from "../../server/server.ts";
import type { RunningServer } from "../../server/server.ts";
import type { Command } from "../command.ts";
import { EXIT, UserError } from "../errors.ts";
import { counted } from "../format/counts.ts";
import { curationFlag, STORE_OPTION } from "../format/flags.ts";

export const DEFAULT_PORT = 5170;
export const DEFAULT_HOST = "127.0.0.1";

function parsePort(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_PORT;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port > 65535) throw new UserError(`serve: --port must be a number from 0 to 65535, not '${raw}'`);
  return port;
}

async function listen(options: Parameters<typeof startExplorerServer>[0]): Promise<RunningServer> {
  try {
    return await startExplorerServer(options);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const where = `${options.host}:${options.port}`;
    if (code === "EADDRINUSE") throw new UserError(`serve: ${where} is in use; pass --port N (or --port 0 for any free port)`);
    if (code === "EACCES") throw new UserError(`serve: not allowed to listen on ${where}; pass a --port above 1023`);
    if (code === "EADDRNOTAVAIL" || code === "ENOTFOUND") throw new UserError(`serve: --host ${options.host} is not an address of this machine`);
    throw err;
  }
}

/** Resolves on Ctrl-C or SIGTERM, after the server has closed. */
function untilStopped(running: RunningServer): Promise<void> {
  return new Promise((done) => {
    const stop = (): void => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      void running.close().then(done);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

export const serveCommand: Command = {
  name: "serve",
  summary: "explore a store's graph in the browser (127.0.0.1 unless --host)",
  options: {
    port: { value: "n", description: "the port to listen on, 0–65535 (0: any free port)", default: String(DEFAULT_PORT) },
    host: { value: "host", description: "the address to listen on; anything but loopback shares the graph with the network", default: DEFAULT_HOST },
    "allow-edit": { description: "with --host: take corrections from the page over the network too (a loopback server takes them)" },
    ...STORE_OPTION,
  },
  examples: ["aikg serve --store path/to/store --port 8080", "aikg serve --host 0.0.0.0 --allow-edit"],
  async run(positionals, flags) {
    if (positionals.length) throw new UserError(`serve: takes no arguments (got '${positionals[0]}'); use --store DIR`);
    const port = parsePort(flags.port as string | undefined);
    const host = (flags.host as string | undefined)?.trim() || DEFAULT_HOST;
    const storeDir = resolve((flags.store as string | undefined) ?? defaultStoreDir());
    const allowEdit = flags["allow-edit"] === true;
    if (allowEdit && isLoopback(host)) throw new UserError("serve: --allow-edit goes with --host ADDRESS (a server on loopback takes corrections from its page already)");
    const file = curationFlag({ ...flags, store: storeDir });
    const store = await loadCurated(storeDir, file);
    const { graph, manifest } = store;
    try {
      await ensureWebBuild((line) => console.error(`aikg: ${line}`));
    } catch (err) {
      throw new UserError(`serve: cannot build the page: ${(err as Error).message.split("\n")[0]}`, EXIT.input);
    }
    const curation = { store, reload: () => loadCurated(storeDir, file) };
    const running = await listen({ graph, manifest, distDir: DIST_DIR, host, port, curation, allowEdit });
    console.log(`aikg: serving ${storeDir} (${counted(graph.order, "entity")}, ${counted(graph.size, "relation")})`);
    console.log(`aikg: open ${running.url}  (Ctrl-C to stop)`);
    if (!isLoopback(host)) {
      console.error(`aikg: listening on ${host}: anyone who can reach this machine can read the graph${allowEdit ? `, and correct it (${file.path})` : ""}`);
    }
    await untilStopped(running);
    return EXIT.ok;
  },
};
