// Extraction on worker threads gives what one thread gives: the same extractions in the files'
// order (the name votes of every share are merged before the second pass), and unreadable or
// changed files are skipped with a reason while the others go on.
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { extractDocs } from "../../src/extract/corpus.ts";
import { extractFiles, type DigestFile, type ParallelOptions } from "../../src/extract/parallel.ts";
import type { Extraction } from "../../src/types.ts";
import { readDigest, readDigestRef } from "../../src/read/index.ts";
import { decodeExtraction } from "../../src/store/extraction-files.ts";

const SAMPLES = resolve("data/samples");
const paths = readdirSync(SAMPLES).filter((f) => f.endsWith(".md")).sort().map((f) => join(SAMPLES, f));

/** The extractions a run delivers, the last one of each digest kept, in the files' order. */
async function run(refs: DigestFile[], options: Partial<ParallelOptions>) {
  const latest = new Map<string, Extraction>();
  const { skipped } = await extractFiles(refs, (x) => latest.set(x.doc.id, decodeExtraction(x)), options);
  const order = refs.map((r) => basename(r.path).replace(/\.md$/, ""));
  return { extractions: order.filter((id) => latest.has(id)).map((id) => latest.get(id)!), skipped };
}

describe("extractFiles", () => {
  const expected = extractDocs(paths.map(readDigest), { keepMentions: false });

  it("gives the single-thread result on two workers", async () => {
    const { extractions, skipped } = await run(paths.map((p) => readDigestRef(p)), { jobs: 2, minDigestsForWorkers: 2 });
    expect(skipped).toEqual([]);
    expect(extractions).toEqual(expected);
  }, 60_000);

  it("gives the same result in this thread", async () => {
    const { extractions } = await run(paths.map((p) => readDigestRef(p)), { jobs: 1 });
    expect(extractions).toEqual(expected);
  });

  it("starts over in this thread when a worker runs out of memory", async () => {
    const { extractions } = await run(paths.map((p) => readDigestRef(p)), { jobs: 2, minDigestsForWorkers: 2, workerHeapMb: 8 });
    expect(extractions).toEqual(expected);
  }, 60_000);

  it("skips a file that changed after it was checked, and goes on", async () => {
    const dir = mkdtempSync(join(tmpdir(), "aikg-parallel-"));
    const changed = join(dir, "hubtoday_2025-01-01.md");
    writeFileSync(changed, "# AI资讯日报 2025/1/1\n\n1. OpenAI发布GPT-5。\n");
    const refs = [...paths.map((p) => readDigestRef(p)), readDigestRef(changed)];
    writeFileSync(changed, "# AI资讯日报 2025/1/1\n\n1. 谷歌发布Gemini 3。\n");
    const { extractions, skipped } = await run(refs, { jobs: 2, minDigestsForWorkers: 2 });
    expect(skipped).toEqual([{ file: changed, problem: expect.stringMatching(/changed while/) }]);
    expect(extractions.map((x) => x.doc.id)).toEqual(expected.map((x) => x.doc.id));
  }, 60_000);

  it("skips a file that changed between the two passes, and goes on", async () => {
    const dir = mkdtempSync(join(tmpdir(), "aikg-parallel-"));
    const changed = join(dir, "hubtoday_2025-01-02.md");
    writeFileSync(changed, "# AI资讯日报 2025/1/2\n\n1. OpenAI发布GPT-5。\n");
    const refs = [...paths.map((p) => readDigestRef(p)), readDigestRef(changed)];
    let firstPass = 0;
    // The last digest's first pass is done: it changes before the second pass reads it again.
    const onDoc = (pass: 1 | 2) => {
      if (pass === 1 && ++firstPass === refs.length) writeFileSync(changed, "# AI资讯日报 2025/1/2\n\n1. 谷歌发布Gemini 3。\n");
    };
    const { extractions, skipped } = await run(refs, { jobs: 1, onDoc });
    expect(skipped).toEqual([{ file: changed, problem: expect.stringMatching(/changed while/) }]);
    expect(extractions).toEqual(expected);
  });
});
