#!/usr/bin/env -S npx tsx
// Trains the relation classifier on the annotated digests beside the repo (../shared/eval: the
// seeds' gold and gold-dev) and writes data/models/relations.json. Reports out-of-fold figures
// (k folds by digest: each digest scored by a model that never saw it) and picks the threshold
// on them. The same data and options give the same weights.
//
//   npx tsx scripts/train-relations.ts [--folds 5] [--out data/models/relations.json] [--dry]
//     [--folds-out DIR]   also write DIR/fold-<k>.json (trained without fold k) and DIR/folds.json
//                         (digest id → fold): npm run eval scores each digest with its fold's model
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { REPO_ROOT } from "../src/data-dir.ts";
import { loadAnnotated, type AnnotatedSet } from "../src/learn/annotated.ts";
import { instancesOf, ruleRelations, type Instance } from "../src/learn/relation-data.ts";
import { crossValidate, fitRelationModel, foldOf, TRAIN_DEFAULTS } from "../src/learn/relation-training.ts";
import { addCounts, prf, scoreTriples, type Counts } from "../src/learn/score-relations.ts";
import { dedupeRelations } from "../src/extract/dedupe-relations.ts";

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1]! : fallback;
};
const folds = Number(opt("--folds", "5"));
// --with key=value,… overrides training options (for trying them; the file records what was used).
const options = { ...TRAIN_DEFAULTS, ...Object.fromEntries(opt("--with", "").split(",").filter(Boolean).map((kv) => [kv.split("=")[0]!, Number(kv.split("=")[1])])) };
const out = resolve(opt("--out", join(REPO_ROOT, "data", "models", "relations.json")));
const shared = resolve(REPO_ROOT, "..", "shared");
// --data DIR trains on DIR/gold and DIR/texts instead (the tests' tiny fixture).
const data = opt("--data", "");
const sets: AnnotatedSet[] = data
  ? [{ name: "data", goldDir: join(data, "gold"), textDir: join(data, "texts") }]
  : [
      { name: "gold", goldDir: join(shared, "eval", "gold"), textDir: join(shared, "corpus", "seeds") },
      { name: "gold-dev", goldDir: join(shared, "eval", "gold-dev"), textDir: join(shared, "corpus", "bulk") },
    ];
if (!data && !existsSync(join(shared, "eval"))) {
  console.error(`train-relations: ${shared}/eval is absent: the annotated digests sit beside the repo`);
  process.exit(3);
}

const started = Date.now();
const annotated = loadAnnotated(sets);
const instances: Instance[] = annotated.flatMap((x, i) => instancesOf(x, i));
const positives = instances.filter((x) => x.label !== "none").length;
console.log(`${annotated.length} digests, ${instances.length} candidate pairs (${positives} related in the gold), ${((Date.now() - started) / 1000).toFixed(1)} s`);

const fold = annotated.map((x, i) => foldOf(x, i, annotated, folds));
// What the hand rules state on their own: their hints are the classifier's to weigh.
const rules = annotated.map((x) => dedupeRelations(ruleRelations(x, "classifier")).filter((r) => r.predicate !== "co_mention" && !r.hint));
const cv = crossValidate(annotated, rules, instances, fold, folds, options);
let rulesOnly: Counts = { tp: 0, sys: 0, gold: 0 };
annotated.forEach((x, i) => (rulesOnly = addCounts(rulesOnly, scoreTriples(x, rules[i]!))));
const show = (c: Counts) => {
  const { p, r, f } = prf(c);
  return `P ${p.toFixed(2)} R ${r.toFixed(2)} F1 ${f.toFixed(2)} (${c.tp}/${c.sys}, ${c.gold} gold)`;
};
console.log(`hand rules alone:            ${show(rulesOnly)}`);
for (const t of cv.sweep) console.log(`rules + classifier, out-of-fold, threshold ${t.threshold.toFixed(3)}: ${show(t.counts)}`);
console.log(`chosen threshold ${cv.threshold.toFixed(3)}: ${show(cv.counts)}`);
for (const s of new Set(annotated.map((x) => x.set))) {
  let c: Counts = { tp: 0, sys: 0, gold: 0 };
  annotated.forEach((x, i) => x.set === s && (c = addCounts(c, cv.perDoc[i]!)));
  console.log(`  ${s.padEnd(9)} ${show(c)}`);
}

const foldsOut = opt("--folds-out", "");
if (foldsOut) {
  mkdirSync(foldsOut, { recursive: true });
  for (let k = 0; k < folds; k++) {
    const model = fitRelationModel(instances.filter((x) => fold[x.doc] !== k), options, cv.threshold, { command: `fold ${k} of ${folds}`, trainedOn: [], outOfFold: {} });
    writeFileSync(join(foldsOut, `fold-${k}.json`), JSON.stringify(model));
  }
  writeFileSync(join(foldsOut, "folds.json"), JSON.stringify(Object.fromEntries(annotated.map((x, i) => [x.doc.id, fold[i]]))));
  console.log(`wrote ${folds} fold models to ${foldsOut}`);
}

if (!args.includes("--dry")) {
  const model = fitRelationModel(instances, options, cv.threshold, {
    command: `npx tsx scripts/train-relations.ts${args.includes("--with") ? ` --with ${opt("--with", "")}` : ""}`,
    trainedOn: annotated.map((x) => ({ set: x.set, doc: x.doc.id, sha256: x.doc.hash })),
    outOfFold: { folds, ...roundAll(prf(cv.counts)), ...cv.counts },
  });
  writeFileSync(out, `${JSON.stringify(model)}\n`);
  console.log(`wrote ${out}: ${Object.keys(model.related.weights).length} features`);
}

function roundAll(o: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Math.round(v * 1000) / 1000]));
}
