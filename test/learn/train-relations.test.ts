// The training script, run as a user runs it, on a tiny annotated fixture written for the
// project (test/fixtures/learn): it reports out-of-fold figures and writes the same weights
// every time, which the classifier then loads and uses.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { RelationModelFile } from "../../extractors/relations/classifier/model.ts";
import { classify, fromFile } from "../../extractors/relations/classifier/model.ts";

const dir = mkdtempSync(join(tmpdir(), "aikg-train-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const train = (out: string) =>
  execFileSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/train-relations.ts", "--data", "test/fixtures/learn", "--folds", "2", "--out", out], { encoding: "utf8" });

describe("scripts/train-relations.ts", () => {
  const first = train(join(dir, "a.json"));
  const second = train(join(dir, "b.json"));
  const model = JSON.parse(readFileSync(join(dir, "a.json"), "utf8")) as RelationModelFile;

  it("is reproducible: the same data gives the same weights", () => {
    expect(readFileSync(join(dir, "b.json"), "utf8")).toBe(readFileSync(join(dir, "a.json"), "utf8"));
    const figures = (report: string) => report.split("\n").filter((line) => /P \d/.test(line));
    expect(figures(second)).toEqual(figures(first));
  });

  it("reports out-of-fold figures and records how the model was made", () => {
    expect(first).toMatch(/rules \+ classifier, out-of-fold, threshold 0\.500: P \d\.\d\d R \d\.\d\d F1/);
    expect(model.command).toBe("npx tsx scripts/train-relations.ts");
    expect(model.trainedOn.map((d) => d.doc)).toEqual(["tiny-a", "tiny-b"]);
    expect(model.outOfFold.folds).toBe(2);
    expect(model.threshold).toBeGreaterThan(0);
  });

  it("writes a model the classifier reads: a release cue says develops", () => {
    const m = fromFile(model);
    const probs = classify(m, ["bias:sentence", "T:organization|model", "cue:develops", "b:releas"]);
    const best = probs.indexOf(Math.max(...probs.subarray(1)));
    expect(m.classes[best]).toBe("develops>");
  });
});
