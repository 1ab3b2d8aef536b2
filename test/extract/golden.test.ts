// Golden extraction for each sample digest (one per supported series): the entities and typed
// relations found, as readable lines. Regenerate with UPDATE_GOLDEN=1 after an intended change
// and read the diff: it shows exactly what the change did to the output.
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDigest } from "../../src/read/index.ts";
import { extractDocs } from "../../src/extract/corpus.ts";
import { toJson } from "../../src/extract/to-json.ts";

const SAMPLES = "data/samples";
const GOLDEN = "test/golden/extract";
const files = readdirSync(SAMPLES).filter((f) => f.endsWith(".md")).sort();
const extractions = extractDocs(files.map((f) => readDigest(join(SAMPLES, f))));

function render(json: ReturnType<typeof toJson>): string {
  const entities = json.entities.map((e) => `${e.type}\t${e.name}\t${e.aliases.filter((a) => a !== e.name).join(" | ")}`).sort();
  const relations = json.relations.map((r) => `${r.source}\t${r.predicate}${r.role ? `(${r.role})` : ""}\t${r.target}`).sort();
  return [`# ${json.doc} (${json.series}, ${json.date})`, "## entities", ...entities, "## relations", ...relations, ""].join("\n");
}

describe("golden extraction of the samples", () => {
  it("covers every supported series", () => {
    expect(new Set(extractions.map((x) => x.doc.series))).toEqual(new Set(["hubtoday", "ainews-zh", "wechat", "twitter-report", "ainews-en"]));
  });

  it.each(extractions.map((x) => [x.doc.file, x] as const))("%s", (file, x) => {
    const path = join(GOLDEN, file.replace(/\.md$/, ".txt"));
    const actual = render(toJson(x));
    if (process.env.UPDATE_GOLDEN === "1" || !existsSync(path)) writeFileSync(path, actual);
    expect(actual).toBe(readFileSync(path, "utf8"));
  });
});
