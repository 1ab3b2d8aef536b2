// Each extractor plugin alone, on tables of sentences: what it finds, and why.
import { describe, expect, it } from "vitest";
import type { ExtractContext } from "../../extractors/types.ts";
import type { EntityExtractor } from "../../extractors/types.ts";
import { ENTITY_EXTRACTORS, RELATION_EXTRACTORS } from "../../extractors/index.ts";
import { lexiconExtractor } from "../../extractors/entities/lexicon/index.ts";
import { latinNamesExtractor } from "../../extractors/entities/latin-names/index.ts";
import { cueNamesExtractor } from "../../extractors/entities/cue-names/index.ts";
import { zhInstitutionsExtractor } from "../../extractors/entities/zh-institutions/index.ts";
import { englishExtractor } from "../../extractors/entities/english/index.ts";
import { emphasisExtractor } from "../../extractors/entities/emphasis/index.ts";
import { learnedExtractor } from "../../extractors/entities/learned/index.ts";
import { entityText } from "../../src/segment/entity-text.ts";
import { sentences } from "../../src/segment/sentences.ts";
import { loadLexicon } from "../../src/resolve/lexicon.ts";
import type { Doc, EntityType } from "../../src/types.ts";
import { docFromText } from "../helpers/doc.ts";

function contextOf(doc: Doc, learned = new Map<string, EntityType>()): ExtractContext {
  const text = entityText(doc);
  return { entityText: text, sentences: sentences(doc, text), lexicon: loadLexicon(), learned };
}

function run(extractor: EntityExtractor, text: string, learned?: Map<string, EntityType>) {
  const doc = docFromText(text);
  return extractor.extract(doc, contextOf(doc, learned)).map((m) => [m.text, m.type]);
}

type Row = [string, [string, string][]];

const TABLES: [EntityExtractor, Row[]][] = [
  [lexiconExtractor, [
    ["谷歌和微软都在追赶", [["谷歌", "organization"], ["微软", "organization"]]],
    ["马斯克与奥特曼的诉讼", [["马斯克", "person"], ["奥特曼", "person"]]],
  ]],
  [latinNamesExtractor, [
    ["Liquid AI发布了LFM2.5-1.2B-Thinking", [["Liquid AI", "organization"], ["LFM2.5-1.2B-Thinking", "model"]]],
    ["在单张RTX 3090上运行Gemma3 27B", [["RTX 3090", "hardware"], ["Gemma3 27B", "model"]]],
    ["Anthropic CEO 表示", [["Anthropic", "organization"]]],
    ["新基准 OlmOCR-Bench 上得分", [["OlmOCR-Bench", "dataset"]]],
  ]],
  [cueNamesExtractor, [
    ["比特微创始人杨作兴表示", [["杨作兴", "person"]]],
    ["微软 CEO 萨提亚·纳德拉介入", [["萨提亚·纳德拉", "person"]]],
    ["公司表示将继续关注", []],
  ]],
  [zhInstitutionsExtractor, [
    ["来自阿德莱德大学、美团和上交大的研究团队", [["阿德莱德大学", "organization"]]],
    ["加州大学圣迭戈分校的实验室推出了智能体", [["加州大学圣迭戈分校", "organization"]]],
    ["Google DeepMind与布朗大学合作，苏黎世联邦理工学院也参与", [["布朗大学", "organization"]]],
    ["由南洋理工大学与中国人民大学联合发布", [["南洋理工大学", "organization"], ["中国人民大学", "organization"]]],
    // Kinds of university and words that only hold the anchor name none.
    ["很多大学生在这所大学的理工学院读书", []],
  ]],
  [englishExtractor, [
    ["CFO Laura Whitfield leads the defence", [["Laura Whitfield", "person"]]],
    ["Ridgeway University will use it", [["Ridgeway University", "organization"]]],
  ]],
  [emphasisExtractor, [
    ["**神眸**摄像头主打低功耗", [["神眸", "hardware"]]],
    ["**事务性代理工作区**是一步", []],
  ]],
];

describe.each(TABLES.map(([e, rows]) => [e.id, e, rows] as const))("%s extractor", (_id, extractor, rows) => {
  it.each(rows)("%s", (sentence, expected) => {
    const found = run(extractor, sentence);
    if (expected.length === 0) expect(found).toEqual([]);
    for (const pair of expected) expect(found).toContainEqual(pair);
  });
});

describe("learned extractor", () => {
  it("finds names learnt elsewhere in the corpus, and nothing without them", () => {
    expect(run(learnedExtractor, "比特微发布新品")).toEqual([]);
    expect(run(learnedExtractor, "比特微发布新品", new Map([["比特微", "organization"]]))).toEqual([["比特微", "organization"]]);
  });
});

describe("every mention says which extractor made it and why", () => {
  it("has an id, a reason and a confidence in (0, 1]", () => {
    const doc = docFromText("**谷歌**发布 Gemini 3 Pro，比特微创始人杨作兴表示 Sarah Friar 赞同");
    const ctx = contextOf(doc);
    for (const e of ENTITY_EXTRACTORS) {
      for (const m of e.extract(doc, ctx)) {
        expect(m.extractor).toMatch(/\S/);
        expect(m.reason).toMatch(/\S/);
        expect(m.confidence).toBeGreaterThan(0);
        expect(m.confidence).toBeLessThanOrEqual(1);
        expect(doc.text.slice(m.span.start, m.span.end)).toBe(m.text);
      }
    }
    expect(new Set(RELATION_EXTRACTORS.map((r) => r.id)).size).toBe(RELATION_EXTRACTORS.length);
  });
});
