// Names a curation teaches the extractors: worked out from the decisions alone (later ones revise
// earlier ones), found in a digest once taught (and not before), and signed per digest, so a
// store extracts again exactly the digests whose taught names changed.
import { describe, expect, it } from "vitest";
import { taughtEntries } from "../../src/curate/taught.ts";
import type { Decision } from "../../src/curate/types.ts";
import { extractDoc } from "../../src/extract/index.ts";
import { taughtSigner } from "../../src/resolve/taught.ts";
import { docFromText } from "../helpers/doc.ts";

const at = "2026-01-01T00:00:00.000Z";
const openai = { name: "OpenAI", type: "organization" as const };

describe("taughtEntries", () => {
  it("teaches added names and aliases, revised by later decisions", () => {
    const decisions: Decision[] = [
      { action: "add", name: "青鸾", type: "model", aliases: ["Qingluan"], at },
      { action: "alias", entity: openai, form: "开放人工智能实验室", at },
      { action: "alias", entity: openai, form: "Open Lab", at },
      { action: "unalias", entity: openai, form: "open-lab", at },
      { action: "rename", entity: { name: "青鸾", type: "model" }, name: "Qingluan-1", at },
      { action: "retype", entity: { name: "Qingluan-1", type: "model" }, type: "product", at },
      { action: "add", name: "Zorblax", type: "model", aliases: [], at },
      { action: "reject", entity: { name: "Zorblax", type: "model" }, at },
    ];
    expect(taughtEntries(decisions)).toEqual([
      { name: "OpenAI", type: "organization", aliases: ["开放人工智能实验室"], altTypes: [] },
      { name: "Qingluan-1", type: "product", aliases: ["Qingluan", "青鸾"], altTypes: [] },
    ]);
    expect(taughtEntries([])).toEqual([]);
  });
});

describe("extraction with taught names", () => {
  const text = "研究进展\n据悉，青鸾在多项中文理解评测中表现出色，开放人工智能实验室也发布了新接口。";
  const taught = taughtEntries([
    { action: "add", name: "青鸾", type: "model", aliases: [], at },
    { action: "alias", entity: openai, form: "开放人工智能实验室", at },
  ]);

  it("finds them where the extractors did not, and signs the digest with them", () => {
    const before = extractDoc(docFromText(text));
    expect(before.entities.map((e) => e.name)).not.toContain("青鸾");
    expect(before.doc.taught).toBeUndefined();
    const after = extractDoc(docFromText(text), { taught });
    expect(after.entities).toEqual(expect.arrayContaining([expect.objectContaining({ name: "青鸾", type: "model" }), expect.objectContaining({ name: "OpenAI", type: "organization" })]));
    expect(after.doc.taught).toBe(taughtSigner(taught)(text));
  });

  it("signs a digest by the taught names it mentions, in any spelling, and not by others", () => {
    const sign = taughtSigner(taught);
    expect(sign("没有相关的名字")).toBeUndefined();
    expect(sign("…青 鸾…")).toBe(sign("青鸾 and more text"));
    expect(sign("青鸾")).not.toBe(sign("青鸾, 开放人工智能实验室"));
    const more = taughtEntries([{ action: "add", name: "Zorblax", type: "model", aliases: [], at }]);
    expect(taughtSigner([...taught, ...more])("青鸾")).toBe(sign("青鸾"));
  });
});
