// Evidence a person can read: every typed relation in `extract --format json` has the whole
// sentence it was found in (markdown taken out), which holds its statement; a long sentence is
// shown around the names, cut between words.
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractDoc } from "../../src/extract/index.ts";
import { toJson, type ExtractionJson } from "../../src/extract/to-json.ts";
import { docFromText } from "../helpers/doc.ts";
import { hasShared, sharedPath, sharedSkipReason } from "../shared.ts";

/** What a reader should find in the sentence: the statement, or both ends of it when it spans two sentences. */
function checkSentences(json: ExtractionJson): void {
  for (const r of json.relations) {
    expect(r.sentence, `${r.source} ${r.predicate} ${r.target}`).toMatch(/\S/);
    expect(r.sentence).not.toMatch(/\*\*|\]\(http/);
    const statement = r.evidence.replace(/^[>#*+-]+\s+/, "");
    if (!/[。！？!?；;\n]/.test(statement) && !r.sentence.includes(" … ")) expect(r.sentence).toContain(statement);
  }
}

function extractJson(path: string): ExtractionJson {
  return JSON.parse(execFileSync(process.execPath, ["bin/aikg.js", "extract", path, "--format", "json"], { encoding: "utf8" })) as ExtractionJson;
}

describe("relation evidence: the whole sentence", () => {
  it.each(readdirSync("data/samples").filter((f) => f.endsWith(".md")))("%s: every relation's sentence holds its statement", (file) => {
    checkSentences(extractJson(join("data/samples", file)));
  });

  it.skipIf(!hasShared)(`bulk digests of each series too${sharedSkipReason}`, () => {
    for (const file of ["ainews-en_2025-04-01.md", "ainews_2025-06-27.md", "hubtoday_2025-07-07.md"]) checkSentences(extractJson(sharedPath("corpus", "bulk", file)));
  });

  it("keeps the whole sentence, not the stretch between the names", () => {
    const json = toJson(extractDoc(docFromText("据报道，OpenAI 宣布收购 Statsig，其创始人出任应用部门 CTO。")), "据报道，OpenAI 宣布收购 Statsig，其创始人出任应用部门 CTO。");
    const r = json.relations.find((x) => x.predicate === "acquires")!;
    expect(r.evidence).toBe("OpenAI 宣布收购 Statsig");
    expect(r.sentence).toBe("据报道，OpenAI 宣布收购 Statsig，其创始人出任应用部门 CTO。");
  });

  it("shows a long sentence around the names, cut between words", () => {
    const filler = "the quick brown fox jumps over the lazy dog again and again ".repeat(6);
    const text = `${filler}then OpenAI released GPT-5 to everyone, ${filler}and that was that.`;
    const r = toJson(extractDoc(docFromText(text))).relations.find((x) => x.predicate === "develops")!;
    expect(r.sentence).toMatch(/^… \S/);
    expect(r.sentence).toMatch(/\S …$/);
    expect(r.sentence).toContain("OpenAI released GPT-5");
    const words = new Set(text.split(/\s+/));
    for (const w of r.sentence.replace(/^… | …$/g, "").split(/\s+/)) expect(words.has(w) || words.has(w.replace(/,$/, ""))).toBe(true);
  });
});
