// The read stage over the real corpus: every seed and bulk digest is recognised by its content,
// laid out with sound spans and dated. Needs ../shared (skips without it outside CI). Its speed is
// measured by `npm run bench`, not asserted here: machines here are noisy.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decode, parseDoc } from "../../src/read/index.ts";
import type { Doc, Series } from "../../src/types.ts";
import { hasShared, sharedPath, sharedSkipReason } from "../shared.ts";
import { docProblems } from "./invariants.ts";

const SEEDS: Record<string, Series> = { "000": "hubtoday", "001": "ainews-zh", "002": "ainews-zh", "003": "wechat", "004": "twitter-report" };
/** Longest prefix first: "ainews-en_" before "ainews_". */
const BULK_PREFIXES: [string, Series][] = [["hubtoday_", "hubtoday"], ["ainews-en_", "ainews-en"], ["ainews_", "ainews-zh"]];

function expectedSeries(file: string): Series | undefined {
  return SEEDS[file.slice(0, 3)] ?? BULK_PREFIXES.find(([prefix]) => file.startsWith(prefix))?.[1];
}

function readAll(dir: string): { docs: Doc[] } {
  const files = readdirSync(dir).filter((f) => f.endsWith(".md") || f.endsWith(".txt")).sort();
  return { docs: files.map((file) => parseDoc(decode(readFileSync(`${dir}/${file}`), file), file, "")) };
}

function problemsOf(docs: readonly Doc[]): string[] {
  return docs.flatMap((doc) => {
    const problems = docProblems(doc);
    if (doc.series !== expectedSeries(doc.file)) problems.push(`read as ${doc.series}`);
    if (doc.date === null) problems.push("no date");
    if (doc.items.length === 0) problems.push("no items");
    return problems.slice(0, 3).map((p) => `${doc.file}: ${p}`);
  });
}

describe.skipIf(!hasShared)(`read stage over the corpus${sharedSkipReason}`, () => {
  it("reads the five seeds as their series", () => {
    const { docs } = readAll(sharedPath("corpus", "seeds"));
    expect(docs).toHaveLength(5);
    expect(problemsOf(docs)).toEqual([]);
  });

  it("reads every bulk digest", { timeout: 120_000 }, () => {
    const { docs } = readAll(sharedPath("corpus", "bulk"));
    expect(docs.length).toBeGreaterThan(800);
    expect(problemsOf(docs)).toEqual([]);
  });
});
