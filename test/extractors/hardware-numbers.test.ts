// Table tests: hardware named by its bare model number is that model, and so is a card in the
// plural or with its memory (H100s, A100 80GB); the same digits as a
// count, a price, a year, a decimal or part of a longer number are not.
import { describe, expect, it } from "vitest";
import { extractDoc } from "../../src/extract/index.ts";
import { docFromText } from "../helpers/doc.ts";
import type { Series } from "../../src/types.ts";

const hardware = (text: string, series: Series) =>
  extractDoc(docFromText(text, series)).entities.filter((e) => e.type === "hardware").map((e) => e.name).sort();

describe("a GeForce card's bare number names the card", () => {
  it.each<[string, Series, string[]]>([
    ["“My 3090 is ready,” one commenter joked.", "ainews-en", ["RTX 3090"]],
    ["a draft model on a 5070Ti/5060Ti combo doubled throughput", "ainews-en", ["RTX 5060 Ti", "RTX 5070 Ti"]],
    ["the author reports 160 FPS on an RTX `5070 Ti`.", "ainews-en", ["RTX 5070 Ti"]],
    ["Users debated a **4080 SUPER** against two 3090s.", "ainews-en", ["RTX 3090", "RTX 4080 Super"]],
    ["Medium版本量化后可在32GB MacBook或单4090显卡运行", "markdown", ["MacBook", "RTX 4090"]],
    ["It fits a 5090's 32GB of VRAM.", "ainews-en", ["RTX 5090"]],
    // Written in full, the card is found as before, and is one node with its bare number.
    ["An RTX 4090 and a 4090 again.", "ainews-en", ["RTX 4090"]],
  ])("%s", (text, series, expected) => expect(hardware(text, series)).toEqual(expected));
});

describe("the same digits as something else name nothing", () => {
  it.each<[string, Series]>([
    ["The post (Activity: 3080) drew comments.", "ainews-en"],
    ["It used 3090 tokens and 4060 ms, about $5090 in all.", "ainews-en"],
    ["Targets for 2050 and 2070 were set; version 4.3090 and id 13080 too.", "ainews-en"],
    ["用户达到3090万，营收4070亿元", "markdown"],
    ["At 10:5090 the file 5090.json and 4090-7 appeared.", "ainews-en"],
  ])("%s", (text, series) => expect(hardware(text, series)).toEqual([]));
});

describe("a card in the plural, or with its memory, is the card", () => {
  it.each<[string, Series, string[]]>([
    ["We rented 8x H100s and two A100s.", "ainews-en", ["A100", "H100"]],
    ["It runs on an A100 80GB, an RTX 3090 24GB and two RTX 3090s.", "ainews-en", ["A100", "RTX 3090"]],
    ["在Mac Studio 512GB上运行", "markdown", ["Mac Studio"]],
  ])("%s", (text, series, expected) => expect(hardware(text, series)).toEqual(expected));

  it("the written forms stay aliases", () => {
    const x = extractDoc(docFromText("An A100 80GB, then more A100s.", "ainews-en"));
    expect(x.entities.find((e) => e.name === "A100")?.aliases).toEqual(expect.arrayContaining(["A100 80GB", "A100s"]));
  });
});
