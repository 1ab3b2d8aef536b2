// The extractors' fingerprint follows what decides an extraction: the files under its inputs and
// the model given, by content and place, not by when or in which order they were written.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { EXTRACTION_INPUTS, extractorFingerprint, fingerprintOf } from "../../src/extract/fingerprint.ts";
import { REPO_ROOT } from "../../src/data-dir.ts";

const root = mkdtempSync(join(tmpdir(), "aikg-fingerprint-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let trees = 0;

/** A new tree with these files (path → content), written in the order given. */
function tree(files: Record<string, string>): string {
  const dir = join(root, `tree-${trees++}`);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const INPUTS = ["extractors", "data/lexicon"];

describe("fingerprintOf", () => {
  const base = { "extractors/a.ts": "rule", "data/lexicon/models.json": "[1]" };

  it("is the same for the same files, whatever order they were written in", () => {
    const reversed = Object.fromEntries(Object.entries(base).reverse());
    expect(fingerprintOf(tree(base), INPUTS)).toBe(fingerprintOf(tree(reversed), INPUTS));
  });

  it.each([
    ["a file's content changes", { ...base, "extractors/a.ts": "rule2" }],
    ["a file is added", { ...base, "extractors/b.ts": "" }],
    ["a file moves", { "extractors/b.ts": "rule", "data/lexicon/models.json": "[1]" }],
  ])("changes when %s", (_, files) => {
    expect(fingerprintOf(tree(files), INPUTS)).not.toBe(fingerprintOf(tree(base), INPUTS));
  });

  it("ignores what is not an input, and takes in the model given", () => {
    const dir = tree({ ...base, "README.md": "words" });
    expect(fingerprintOf(dir, INPUTS)).toBe(fingerprintOf(tree(base), INPUTS));
    const model = join(dir, "model.json");
    writeFileSync(model, "{}");
    expect(fingerprintOf(dir, INPUTS, model)).not.toBe(fingerprintOf(dir, INPUTS));
  });
});

describe("extractorFingerprint", () => {
  it("is this project's inputs' fingerprint", () => {
    expect(extractorFingerprint()).toBe(fingerprintOf(REPO_ROOT, EXTRACTION_INPUTS, process.env.AIKG_RELATION_MODEL || undefined));
    expect(extractorFingerprint()).toMatch(/^[0-9a-f]{16}$/);
  });
});
