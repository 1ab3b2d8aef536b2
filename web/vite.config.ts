// Builds the explorer page into web/dist. `aikg serve` runs this through Vite's JS API when the
// bundle is missing or older than its sources; `vite --config web/vite.config.ts` serves it live,
// proxying /api to an `aikg serve` on the default port.
import { relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import type { Plugin } from "vite";

const webDir = fileURLToPath(new URL(".", import.meta.url));
const repoRoot = resolve(webDir, "..");
export const SOURCES_FILE = ".sources.json";

/** Lists the repository files that went into the bundle, so staleness can be checked exactly. */
function recordSources(): Plugin {
  return {
    name: "aikg-record-sources",
    apply: "build",
    generateBundle() {
      const files = new Set<string>();
      for (const id of this.getModuleIds()) {
        const file = id.split("?")[0] ?? "";
        if (file.startsWith(repoRoot) && !file.includes("/node_modules/")) files.add(relative(repoRoot, file));
      }
      this.emitFile({ type: "asset", fileName: SOURCES_FILE, source: JSON.stringify([...files].sort(), null, 1) });
    },
  };
}

export default defineConfig({
  root: webDir,
  base: "/",
  publicDir: false,
  logLevel: "warn",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    chunkSizeWarningLimit: 1500,
  },
  plugins: [recordSources()],
  server: {
    fs: { allow: [repoRoot] },
    proxy: { "/api": "http://127.0.0.1:5170" },
  },
});
