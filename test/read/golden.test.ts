// Golden files: what parseDoc makes of one small digest per series, as readable text slices.
// UPDATE_GOLDEN=1 rewrites them; review the diff before committing.
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDoc } from "../../src/read/index.ts";
import type { Doc } from "../../src/types.ts";
import { docProblems, slice } from "./invariants.ts";

const FIXTURES = fileURLToPath(new URL("../fixtures/read/", import.meta.url));
const GOLDEN = fileURLToPath(new URL("../golden/read/", import.meta.url));
const fixtures = readdirSync(FIXTURES).filter((f) => f !== "README.md").sort();

function summary(doc: Doc) {
  return {
    series: doc.series,
    title: doc.title,
    date: doc.date,
    items: doc.items.map((item) => ({
      section: item.section,
      heading: item.heading,
      headingText: slice(doc, item.headingSpan),
      links: item.links.map((link) => link.url),
    })),
    links: doc.links.map((link) => ({ url: link.url, label: link.label })),
    excluded: doc.excluded.map((s) => slice(doc, s)),
    emphasis: doc.emphasis.map((s) => slice(doc, s)),
  };
}

describe("read goldens", () => {
  it("has a fixture for every series", () => {
    const series = fixtures.map((f) => parseDoc(readFileSync(FIXTURES + f, "utf8"), f, "").series).sort();
    expect(series).toEqual(["ainews-en", "ainews-zh", "hubtoday", "markdown", "text", "twitter-report", "wechat"]);
  });

  it.each(fixtures)("%s", (fixture) => {
    const doc = parseDoc(readFileSync(FIXTURES + fixture, "utf8"), fixture, "0".repeat(64));
    expect(docProblems(doc)).toEqual([]);
    const goldenFile = `${GOLDEN}${fixture.replace(/\.\w+$/, "")}.json`;
    const actual = JSON.stringify(summary(doc), null, 2) + "\n";
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(goldenFile, actual);
    expect(existsSync(goldenFile), `${goldenFile} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
    expect(actual).toBe(readFileSync(goldenFile, "utf8"));
  });

  it("reads CRLF text as it reads LF text, offsets into the CRLF text", () => {
    const lf = readFileSync(`${FIXTURES}hubtoday.md`, "utf8");
    const crlf = lf.replace(/\n/g, "\r\n");
    const a = parseDoc(lf, "a.md", "");
    const b = parseDoc(crlf, "b.md", "");
    expect(docProblems(b)).toEqual([]);
    expect(b.items.map((i) => i.heading)).toEqual(a.items.map((i) => i.heading));
    expect(b.excluded.map((s) => slice(b, s).replace(/\r/g, ""))).toEqual(a.excluded.map((s) => slice(a, s)));
  });
});
