#!/usr/bin/env node
// npm run eval: the extraction scored against the annotated digests beside the repo
// (../shared/eval), through the CLI (the interface the project is measured by), with
// ../shared/eval/score.mjs: the five seeds (gold/) and the twenty dev digests (gold-dev/), each
// reported apart. The relation classifier was trained on both, so by default each digest is
// extracted with a model trained without it (5 folds by digest: out-of-fold figures).
//   npm run eval [-- --verbose] [-- --json] [-- --in-sample] [-- --set seeds|dev]
//     --json        one object: each set's totals (the scorer's "total"), for the eval test
//     --in-sample   use the shipped model (data/models/relations.json): figures on its own training data
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = resolve(root, "..", "shared");
const scorer = join(shared, "eval", "score.mjs");
if (!existsSync(scorer)) {
  console.error(`aikg eval: ${shared} is absent: the annotated digests and the scorer sit beside the repo (../shared)`);
  process.exit(3);
}
const args = process.argv.slice(2);
const inSample = args.includes("--in-sample");
const only = args.includes("--set") ? args[args.indexOf("--set") + 1] : undefined;
const asJson = args.includes("--json");
const extra = args.filter((a) => a === "--verbose");
const reports = {};
const SETS = [
  { name: "seeds", gold: join(shared, "eval", "gold"), texts: join(shared, "corpus", "seeds") },
  { name: "dev", gold: join(shared, "eval", "gold-dev"), texts: join(shared, "corpus", "bulk") },
].filter((s) => !only || s.name === only);

const work = mkdtempSync(join(tmpdir(), "aikg-eval-"));
try {
  let folds = null;
  if (!inSample) {
    const dir = join(work, "folds");
    execFileSync(process.execPath, [join(root, "node_modules", "tsx", "dist", "cli.mjs"), join(root, "scripts", "train-relations.ts"), "--dry", "--folds-out", dir], { stdio: ["ignore", "ignore", "inherit"] });
    folds = { dir, of: JSON.parse(readFileSync(join(dir, "folds.json"), "utf8")) };
  }
  for (const set of SETS) {
    const texts = join(work, `${set.name}-texts`);
    const out = join(work, `${set.name}-out`);
    mkdirSync(texts);
    mkdirSync(out);
    for (const g of readdirSync(set.gold).filter((f) => f.endsWith(".json"))) {
      const gold = JSON.parse(readFileSync(join(set.gold, g), "utf8"));
      const stem = basename(g, ".json");
      const file = readdirSync(set.texts).find((f) => f === gold.doc || f.replace(/\.[^.]+$/, "") === stem);
      copyFileSync(join(set.texts, file), join(texts, file));
    }
    if (!folds) extract(texts, out, {});
    else {
      const ks = [...new Set(Object.values(folds.of))].sort();
      for (const k of ks) {
        const foldOut = join(work, `${set.name}-fold-${k}`);
        extract(texts, foldOut, { AIKG_RELATION_MODEL: join(folds.dir, `fold-${k}.json`) });
        for (const f of readdirSync(foldOut)) if (folds.of[basename(f, ".json")] === k) copyFileSync(join(foldOut, f), join(out, f));
      }
    }
    if (asJson) {
      const report = JSON.parse(execFileSync(process.execPath, [scorer, "--gold", set.gold, "--system", out, "--json"], { encoding: "utf8" }));
      reports[set.name] = { ...report.total, outOfFold: Boolean(folds) };
      continue;
    }
    console.log(`\n# ${set.name} (${set.gold}), ${folds ? "out-of-fold: each digest by a model trained without it" : "in-sample: the shipped model"}`);
    execFileSync(process.execPath, [scorer, "--gold", set.gold, "--system", out, ...extra], { stdio: "inherit" });
  }
  if (asJson) console.log(JSON.stringify(reports, null, 2));
} finally {
  rmSync(work, { recursive: true, force: true });
}

function extract(dir, out, env) {
  execFileSync(process.execPath, [join(root, "bin", "aikg.js"), "extract", dir, "--format", "json", "--out", out], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, ...env } });
}
