// The curation file's text: decisions written one a line in one key order, read back as they
// were; a line that is not a decision is named by its number and what is wrong with it.
import { describe, expect, it } from "vitest";
import { CurationSyntaxError, formatCuration, parseCuration } from "../../src/curate/codec.ts";
import type { Decision } from "../../src/curate/types.ts";

const at = "2026-01-02T03:04:05.000Z";
const DECISIONS: Decision[] = [
  { action: "merge", into: { name: "DeepSeek-V3.2", type: "model" }, others: [{ name: "Deepseek 3.2", type: "model" }], at, why: "one model", via: "cli" },
  { action: "alias", entity: { name: "OpenAI", type: "organization" }, form: "开放AI", at },
  { action: "unalias", entity: { name: "OpenAI", type: "organization" }, form: "Another Evidence", at },
  { action: "rename", entity: { name: "gpt-oss", type: "model" }, name: "GPT-OSS", at, via: "explorer" },
  { action: "retype", entity: { name: "Trae", type: "organization" }, type: "product", at },
  { action: "reject", entity: { name: "Sam Altman Says", type: "person" }, at },
  { action: "reject-relation", source: { name: "ByteDance", type: "organization" }, predicate: "develops", target: { name: "CUDA", type: "product" }, at },
  { action: "add", name: "青鸾", type: "model", aliases: ["Qingluan"], at },
];

describe("the curation file", () => {
  it("holds one decision a line, readable, and reads back as written", () => {
    const text = formatCuration(DECISIONS);
    expect(text.split("\n")).toHaveLength(DECISIONS.length + 1);
    expect(text.split("\n")[0]).toBe(
      '{"action":"merge","into":{"name":"DeepSeek-V3.2","type":"model"},"others":[{"name":"Deepseek 3.2","type":"model"}],"at":"2026-01-02T03:04:05.000Z","why":"one model","via":"cli"}',
    );
    expect(text).toContain('"form":"开放AI"');
    expect(parseCuration(text)).toEqual(DECISIONS);
    expect(formatCuration(parseCuration(`\n${text}\n\n`))).toBe(text);
  });

  it.each([
    ["{not json", 2, "not valid JSON"],
    ['{"action":"explode","at":"x"}', 2, "'action' must be one of merge, alias, unalias, rename, retype, reject, reject-relation, add"],
    ['{"action":"retype","entity":{"name":"X","type":"organization"},"type":"robot","at":"x"}', 2, "'type' must be one of organization, person, model, product, hardware, dataset, research"],
    ['{"action":"merge","into":{"name":"X","type":"model"},"others":[],"at":"x"}', 2, "'others' must list the entities merged"],
    ['{"action":"reject","entity":{"name":"","type":"model"},"at":"x"}', 2, "'name' must be a non-empty string"],
    ['{"action":"reject-relation","source":{"name":"A","type":"model"},"predicate":"likes","target":{"name":"B","type":"model"},"at":"x"}', 2, "'predicate' must be one of"],
  ])("names the line that is not a decision: %s", (line, number, problem) => {
    const text = `${formatCuration(DECISIONS.slice(0, 1))}${line}\n`;
    let error: unknown;
    try {
      parseCuration(text);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(CurationSyntaxError);
    expect((error as CurationSyntaxError).line).toBe(number);
    expect((error as CurationSyntaxError).problem).toContain(problem);
  });
});
