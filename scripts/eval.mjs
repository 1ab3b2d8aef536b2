#!/usr/bin/env node
// npm run eval: extracts the seed digests through the CLI (the interface the project is measured
// by) and scores them against the gold with ../shared/eval/score.mjs, printing its table.
//   npm run eval [-- --verbose] [-- --json]
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = resolve(root, "..", "shared");
const seeds = join(shared, "corpus", "seeds");
const gold = join(shared, "eval", "gold");
const scorer = join(shared, "eval", "score.mjs");
if (!existsSync(scorer) || !existsSync(seeds)) {
  console.error(`aikg eval: ${shared} is absent: the seeds and the gold sit beside the repo (../shared)`);
  process.exit(3);
}
const out = mkdtempSync(join(tmpdir(), "aikg-eval-"));
try {
  execFileSync(process.execPath, [join(root, "bin", "aikg.js"), "extract", seeds, "--format", "json", "--out", out], { stdio: ["ignore", "ignore", "inherit"] });
  const extra = process.argv.slice(2).filter((a) => a === "--verbose" || a === "--json");
  execFileSync(process.execPath, [scorer, "--gold", gold, "--system", out, ...extra], { stdio: "inherit" });
} finally {
  rmSync(out, { recursive: true, force: true });
}
