// `npm run bench -- [--only a,b] [--quick] [--bulk DIR] [--store DIR]`: which parts to run, on what.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { sharedPath } from "../shared.ts";

export const SECTIONS = ["extraction", "build", "query", "server", "analysis", "browser"] as const;
export type Section = (typeof SECTIONS)[number];

export interface BenchOptions {
  sections: Section[];
  /** A small subset (100 digests, a 20k-node generated graph), to try the bench fast. */
  quick: boolean;
  bulkDir: string;
  /** An existing store to query and analyse instead of building one (skips nothing else). */
  store: string | null;
}

/** How big the generated graphs and the corpus are, full or quick. */
export const SIZES = {
  full: { digests: Infinity, generatedNodes: 100_000, generatedEdges: 400_000 },
  quick: { digests: 100, generatedNodes: 20_000, generatedEdges: 80_000 },
} as const;

export const USAGE = `usage: npm run bench -- [--only ${SECTIONS.join(",")}] [--quick] [--bulk DIR] [--store DIR]
  --only LIST   run these parts only (default: all)
  --quick       100 digests and a 20k-node generated graph instead of the whole corpus and 100k nodes
  --bulk DIR    the digests to build and extract (default: ../shared/corpus/bulk)
  --store DIR   query and analyse this existing store instead of the one the build part makes`;

export function parseBenchArgs(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      only: { type: "string" },
      quick: { type: "boolean", default: false },
      bulk: { type: "string" },
      store: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const sections = values.only ? values.only.split(",").map((s) => s.trim()).filter(Boolean) : [...SECTIONS];
  const unknown = sections.filter((s) => !(SECTIONS as readonly string[]).includes(s));
  if (unknown.length) throw new Error(`--only: unknown part ${unknown.join(", ")} (parts: ${SECTIONS.join(", ")})`);
  const bulkDir = resolve(values.bulk ?? sharedPath("corpus", "bulk"));
  if (!existsSync(bulkDir)) throw new Error(`${bulkDir} is absent: the bench reads the bulk corpus (--bulk DIR for another)`);
  const store = values.store ? resolve(values.store) : null;
  if (store && !existsSync(store)) throw new Error(`--store ${store} does not exist`);
  return { sections: SECTIONS.filter((s) => sections.includes(s)), quick: values.quick ?? false, bulkDir, store };
}
