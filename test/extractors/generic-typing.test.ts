// Table tests for the generic typing rules: names the lexicon does not know, typed by their
// shape or by what surrounds them, so that digests never seen get them right too.
import { describe, expect, it } from "vitest";
import { extractDoc } from "../../src/extract/index.ts";
import { docFromText } from "../helpers/doc.ts";
import { parseDoc } from "../../src/read/index.ts";
import type { Series } from "../../src/types.ts";

type Row = [text: string, series: Series, expected: [string, string][], notNames: string[]];

const check = ([text, series, expected, notNames]: Row) => {
  const x = extractDoc(docFromText(text, series));
  const found = x.entities.map((e) => [e.name, e.type]);
  for (const pair of expected) expect(found).toContainEqual(pair);
  for (const n of notNames) expect(x.entities.flatMap((e) => e.aliases)).not.toContain(n);
};

describe("an unknown name set in bold or code in English text, with a shape only names have, is a name", () => {
  it.each<Row>([
    ["The companion posts also open-source **FlashKDA**, **MoonEP**, and **AgentENV** for builders.", "ainews-en", [["FlashKDA", "product"], ["MoonEP", "product"], ["AgentENV", "product"]], []],
    ["AllenAI released **ModSleuth**, tracing the dependency graph of modern LLMs.", "ainews-en", [["ModSleuth", "product"]], []],
    ["Try **Zyx2Run** today.", "ainews-en", [["Zyx2Run", "product"]], []],
    // Code identifiers, plural acronyms and quantisation settings in bold are not names by shape.
    ["It raised **ValueError** in **generalPurpose** mode; **ZKPs** at **W4A16** with **GRPOConfig**.", "ainews-en", [], ["ValueError", "generalPurpose", "ZKPs", "W4A16", "GRPOConfig"]],
    // Code identifiers and files in lower case are no names; a project named X.cpp is one.
    ["It warned about `lm_head.weight`, ran `mlx_lm.convert` and loaded **model.gguf** with **ik_llama.cpp**.", "ainews-en", [["ik_llama.cpp", "product"]], ["lm_head.weight", "mlx_lm.convert", "model.gguf"]],
    // Plain words, acronyms and lower-case words in bold are not names by shape alone.
    ["The **Important** part: **GPU** prices and **faster** kernels.", "ainews-en", [], ["Important", "GPU", "faster"]],
    // Not in bold, a camel-case word of English text is no name by shape alone…
    ["People tried ModSleuthy in passing.", "ainews-en", [], ["ModSleuthy"]],
    // …unless a hand rule treats it as one.
    ["Kernel news\nByteDance open-sourced ByteCheckpoint for large-scale training.", "ainews-en", [["ByteCheckpoint", "product"]], []],
  ])("%s", (...row) => check(row));
});

describe("a given name and a common family name are a person", () => {
  it.each<Row>([
    ["加州大学圣迭戈分校Biwei Huang实验室推出了自主因果分析智能体", "markdown", [["Biwei Huang", "person"]], []],
    ["Demis Hassabis点赞并转推了Min Choi的观点", "markdown", [["Min Choi", "person"]], []],
    ["Rohit Prasad两年任期结束后离开", "markdown", [["Rohit Prasad", "person"]], []],
    ["Yuxuan Zhang and Priya Sharma wrote the paper.", "ainews-en", [["Yuxuan Zhang", "person"], ["Priya Sharma", "person"]], []],
  ])("%s", (...row) => check(row));

  it("titles and place names are not given names", () => {
    const x = extractDoc(docFromText("Professor Chen的团队在Menlo Park和Hong Kong办公", "markdown"));
    expect(x.entities.filter((e) => e.type === "person").map((e) => e.name)).toEqual([]);
  });
});

describe("a coined word inside Chinese text is a name; an ordinary English word there is only a weak guess", () => {
  it.each<Row>([
    ["OpenRouter推出高精度工具调用端点Exacto，质量提升约30%", "markdown", [["Exacto", "product"]], []],
    ["通过Mintlify漏洞拿下多个网站", "markdown", [["Mintlify", "product"]], []],
    // Ordinary words and listed names of people stay weak: no relation uses them, so they go.
    ["新版Server上线，Medium和Reilly都在讨论", "markdown", [], ["Server", "Medium", "Reilly"]],
  ])("%s", (...row) => check(row));
});

describe("what the words around a name say it is", () => {
  it.each<Row>([
    // An appositive naming a kind of method, a few describing words before its head noun.
    ["The paper introduces DFlash, a block diffusion technique for speculative decoding.", "ainews-en", [["DFlash", "research"]], []],
    // A benchmark's name ends in Eval, joined to the rest or not.
    ["Scores on ZapEval and Quill-Eval both rose.", "ainews-en", [["ZapEval", "dataset"], ["Quill-Eval", "dataset"]], []],
    // An appositive or a parenthesis names the kind of software, a few words before its head noun.
    ["Their first product, **Refiner**, is an open-source framework plus cloud runtime.", "ainews-en", [["Refiner", "product"]], []],
    ["They also shipped **Tollgate** (MoE communication library) today.", "ainews-en", [["Tollgate", "product"]], []],
    // The head noun may stand some fifty characters after the name.
    ["Papers highlighted **Larchwood**, a Microsoft Research autonomous research agent using memory.", "ainews-en", [["Larchwood", "product"]], []],
    // An organisation's suffix: Alliance, Foundation, Institute, Council, Society… ("Forum" is left out: a forum is more often a place to post).
    ["Members of the Larchwood Secure Alliance and the Quillby Foundation met.", "ainews-en", [["Larchwood Secure Alliance", "organization"], ["Quillby Foundation", "organization"]], []],
    // A version and a tier word after a name: a model ("MAI-Code-1-Flash").
    ["Microsoft rolled out **Zorb-Code-1-Flash** and Quill-2-Turbo across tiers.", "ainews-en", [["Zorb-Code-1-Flash", "model"], ["Quill-2-Turbo", "model"]], []],
    // A three-part release version is software's; a known model family's versions stay models.
    ["Zorblet 1.2.0 is out, and Quillmark v0.82.3 too.", "ainews-en", [["Zorblet 1.2.0", "product"], ["Quillmark v0.82.3", "product"]], []],
    ["Zorblet 1.2 is out, next to Qwen 2.5.1.", "ainews-en", [["Zorblet 1.2", "model"], ["Qwen2.5.1", "model"]], []],
  ])("%s", (...row) => check(row));

  // A model or a benchmark before the head noun is what the name is, not software.
  it("a model in the appositive is not typed as software", () => {
    const x = extractDoc(docFromText("**Quorra**, the model behind the app, is out.", "ainews-en"));
    expect(x.entities.filter((e) => e.name === "Quorra" && e.type === "product")).toEqual([]);
  });
});

describe("a known model and its SDK, CLI, API or app, or a known product and its SDK or CLI, are a product of their own", () => {
  it.each<Row>([
    ["Anthropic为Claude SDK添加工具辅助功能", "markdown", [["Claude SDK", "product"]], []],
    ["VS Code支持OpenAI Codex和Copilot CLI。", "markdown", [["Copilot CLI", "product"]], []],
    ["Developers can use the Kimi API and the Qwen App today.", "ainews-en", [["Kimi API", "product"], ["Qwen App", "product"]], []],
    ["文心App推出群聊功能", "markdown", [["文心App", "product"]], []],
    // A product's API is the product: "built on the OpenRouter API" names OpenRouter.
    ["一个演示项目，基于OpenRouter API构建", "markdown", [["OpenRouter", "product"]], ["OpenRouter API"]],
  ])("%s", (...row) => check(row));
});

describe("a Chinese noun phrase after a name ends in the kind of thing it is", () => {
  it.each<Row>([
    ["DecartAI开源Lucy Edit视频编辑基础模型，支持多种集成", "markdown", [["Lucy Edit", "model"]], []],
    ["NVIDIA发布Granary欧盟语音数据集和新模型", "markdown", [["Granary", "dataset"]], []],
    ["这个伪装基于一台绝影X30四足机器人，让研究人员得以接近", "markdown", [["X30", "hardware"]], []],
    ["Zorblax自动GPU内核生成工具上线", "markdown", [["Zorblax", "product"]], []],
    // Named, then its kind after 的: the first kind noun, though a verb follows it unmarked.
    ["江湖传闻，一个名为 **\"Quorrunner”** 的神秘模型惊现LMArena", "markdown", [["Quorrunner", "model"]], []],
    ["一项名为“Jigsawix”的新基准测试用于评估模型", "markdown", [["Jigsawix", "dataset"]], []],
    ["一篇名为 **SharpVex** 的创新性研究值得一读", "markdown", [["SharpVex", "research"]], []],
    ["名为THORN的35公斤人形机器人展示了拉车", "markdown", [["THORN", "hardware"]], []],
  ])("%s", (...row) => check(row));

  // A link's label ends where its blanked address begins.
  it.each<[string, string, string]>([
    ["### 3. [DecartAI开源Lucy Edit视频编辑基础模型](https://twitter.com/DecartAI/status/1)\n", "Lucy Edit", "model"],
    ["### 9. [Zorblax自动GPU内核生成工具](https://github.com/a/b)\n", "Zorblax", "product"],
  ])("%s", (text, name, type) => {
    const x = extractDoc(parseDoc(text, "t.md", ""));
    expect(x.entities.map((e) => [e.name, e.type])).toContainEqual([name, type]);
  });

  it("without 名为 before it, 'X的…模型' is X's model, not X", () => {
    const m = extractDoc(docFromText("Brimlo的视频生成模型很强", "markdown")).mentions.find((m) => m.text === "Brimlo");
    expect(m?.type).not.toBe("model");
  });

  it("the subject of a verb is not the kind its object is", () => {
    const x = extractDoc(docFromText("Quorvex打造AI编程工具，Brimlo推出视频生成模型", "markdown"));
    // Both stay the default guess for an unknown name inside Chinese text, not typed by their objects.
    for (const name of ["Quorvex", "Brimlo"]) {
      const m = x.mentions.find((m) => m.text === name);
      expect(m?.reason).toBe("an unknown Latin-script name inside Chinese text");
    }
  });
});
