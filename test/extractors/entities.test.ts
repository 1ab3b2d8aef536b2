// Table tests: a sentence in, the names (and types) the extractors must find in it.
import { describe, expect, it } from "vitest";
import { extractDoc } from "../../src/extract/index.ts";
import { parseDoc } from "../../src/read/index.ts";
import { docFromText } from "../helpers/doc.ts";

const TABLE: [string, [string, string][]][] = [
  ["Z.ai 发布的 GLM-4.7-Flash 成为本地推理新宠", [["Z.ai", "organization"], ["GLM-4.7-Flash", "model"]]],
  ["**谷歌**发现**DeepSeek**推理模型内部会自发分裂出不同人格", [["Google", "organization"], ["DeepSeek", "organization"]]],
  ["据报道，微软 CEO 萨提亚·纳德拉介入，暂停了 Claude Code 在内部的部署", [["Microsoft", "organization"], ["Satya Nadella", "person"], ["Claude Code", "product"]]],
  ["Liquid AI 发布了 LFM2.5-1.2B-Thinking，已被 Ollama 收录", [["Liquid AI", "organization"], ["LFM2.5-1.2B-Thinking", "model"], ["Ollama", "product"]]],
  ["比特微创始人杨作兴表示，神眸主打无线低功耗AI摄像头", [["杨作兴", "person"]]],
  ["Qwen3-Next-80B 在 SWE-Bench 上表现出色", [["Qwen3-Next-80B", "model"], ["SWE-bench", "dataset"]]],
  ["CFO Sarah Friar主导防御策略", [["Sarah Friar", "person"]]],
  ["在单张H100 80GB显卡上达到5.71页/秒", [["H100", "hardware"]]], // the card with its memory is the card (H100 80GB an alias)
  ["马斯克解雇xAI工程师", [["Elon Musk", "person"], ["xAI", "organization"]]],
  ["微软**发布开源项目**agent-lightning", [["Microsoft", "organization"], ["agent-lightning", "product"]]],
  ["@code_star 分享了新基准", [["code_star", "person"]]], // a handle, whatever its shape (snake_case is a setting's)
  ["Paul Erdős的问题被GPT-5解决", [["Paul Erdős", "person"], ["GPT-5", "model"]]], // accented Latin letters are a name's own
  // A title in 《》 that the words beside it call a book, paper or report is a research artefact.
  ["是知名书籍《动手学习大语言模型》的官方代码仓库", [["动手学习大语言模型", "research"]]],
  // Emphasis marks between the kind of writing and its title are no part of either.
  ["研究团队发表论文 **《Scaling Laws for Tiny Agents》**，引发讨论", [["Scaling Laws for Tiny Agents", "research"]]],
  // "工具使用" (tool use) is a compound, not a verb: the phrase's head is the benchmark.
  ["HKUST推出Toolathlon工具使用基准。", [["Toolathlon", "dataset"]]],
  // A known model with a version, then words after a hyphen, is a variant of it; a bare family is no version.
  ["OpenAI发布了Deep Research API，包含o3-deep-research。Try gpt-researcher too.", [["o3-deep-research", "model"], ["gpt-researcher", "product"]]],
  // A lower-case checkpoint name with a size tier is a model; a name followed by a kin word, a person.
  ["The setup also runs `whisper-large-v3` and `t5-small` on a CPU.", [["whisper-large-v3", "model"], ["t5-small", "model"]]],
  ["有指控称公司削弱了安全协议。Adam Raine的家人声称他与ChatGPT的互动显著增加。", [["Adam Raine", "person"]]],
  // GitHub Copilot's CLI is a product of its own, however written.
  ["GitHub released the GitHub Copilot CLI; Copilot CLI supports MCP, and GitHub Copilot gets agents.", [["Copilot CLI", "product"], ["GitHub Copilot", "product"]]],
  // A subscription tier is a product of its own, not the app it unlocks.
  ["OpenAI gives ChatGPT Plus users more messages than ChatGPT free users.", [["ChatGPT Plus", "product"], ["ChatGPT", "product"]]],
  // A word joined to an open-weight model family's name is a model built on it; a CPU's model number is hardware.
  ["Google released DiffusionGemma and ColQwen3 this week.", [["DiffusionGemma", "model"], ["ColQwen3", "model"]]],
  ["The box has a Core i9-13900K and 64GB of RAM.", [["Core i9-13900K", "hardware"]]],
  // In any script, a title the words before it call a paper's; its closing comma is the sentence's.
  ["A paper titled *Deep Sets for the Area of a Triangle* was posted.", [["Deep Sets for the Area of a Triangle", "research"]]],
  ['The blog post titled "Scaling Tiny Agents Together," argues otherwise.', [["Scaling Tiny Agents Together", "research"]]],
  ["《**智能体设计模式**》这本重要著作的中文翻译", [["智能体设计模式", "research"]]],
  ["一份《开发者晴雨表》报告显示，尽管", [["开发者晴雨表", "research"]]],
  ["《The Illusion of Thinking》论文引发争议", [["The Illusion of Thinking", "research"]]],
];

const NOT_NAMES: [string, string[]][] = [
  ["该模型支持 200K 上下文，采用 MoE 架构和 RAG 技术，API 价格下降", ["200K", "MoE", "RAG", "API"]],
  ["AI Agent 的 Token 成本与 LLM 推理速度", ["AI", "Agent", "Token", "LLM"]],
  ["推理时扩展（i.e. 更多推理算力），e.g. Google 的做法", ["i.e", "e.g"]],
  ["把 **top_p** 调到 0.9，编辑 **config.json**，访问 **github.com** 和 v.redd.it", ["top_p", "config.json", "github.com", "v.redd.it"]],
  ["想拥有一个部署灵活的Web服务器吗？", ["Web"]],
  ["周末重看了《星际穿越》和《黑镜》", ["星际穿越", "黑镜"]], // a title with no word calling it a book, paper or report
  ["这个结果让人 ò_ó 了", ["ò_ó"]], // accented letters alone make no name
  ["用 **bfloat16**、**Float8** 和 **fp8** 训练，Qwen3-30B 的 A3B 版本在 Non-Nvidia 硬件上运行", ["bfloat16", "Float8", "fp8", "A3B", "Non-Nvidia"]],
];

/** English digests: the words around a name type it only as whole words ("benchmarks", not "benchmarking"). */
const NOT_NAMES_EN: [string, string[]][] = [
  ["Members compared multi-GPU benchmarking results.", ["multi-GPU"]],
  ["A new **v2** of the PMPP problems is coming.", ["v2"]],
  ["**Benchmarking**: scaling01 said the eval is broken.", ["Benchmarking"]],
  ["**Chinese AI** labs are catching up, said Reuters.", ["Chinese AI"]],
  // A Reddit post's title is no work.
  ['A post titled "Local Models Are Finally Good Enough" went viral.', ["Local Models Are Finally Good Enough"]],
];

describe("entity extraction: sentences → names", () => {
  it.each(TABLE)("%s", (sentence, expected) => {
    const x = extractDoc(docFromText(sentence));
    const found = x.entities.map((e) => [e.name, e.type]);
    for (const pair of expected) expect(found).toContainEqual(pair);
  });

  it.each(NOT_NAMES)("generic terms are not names: %s", (sentence, generic) => {
    const names = extractDoc(docFromText(sentence)).entities.flatMap((e) => e.aliases);
    for (const g of generic) expect(names).not.toContain(g);
  });

  it.each(NOT_NAMES_EN)("not names in English: %s", (sentence, generic) => {
    const names = extractDoc(docFromText(sentence, "ainews-en")).entities.flatMap((e) => e.aliases);
    for (const g of generic) expect(names).not.toContain(g);
  });

  // Subreddits and Discord channels are where news was said: an unknown name there is the place's own.
  it.each<[string, string, string[], string[]]>([
    ["a channel heading", "### **OpenAI ▷ #[gpt-4-discussions](https://discord.com/channels/97/10/12)** (5 messages): GPT-5 is out", ["OpenAI", "GPT-5"], ["gpt-4-discussions"]],
    ["a channel named after a known project", "### **GPU MODE ▷ #[torchao](https://discord.com/channels/97/10)**: new kernels", ["TorchAO"], []],
    ["subreddits", "Posts from r/ChatGPTCoding and /r/OpenAI on it", ["OpenAI"], ["ChatGPTCoding"]],
  ])("places: %s", (_name, sentence, kept, dropped) => {
    // Read as a digest: a channel is known by the reader's links.
    const names = extractDoc(parseDoc(sentence, "t.md", "")).entities.flatMap((e) => [e.name, ...e.aliases]);
    for (const name of kept) expect(names).toContain(name);
    for (const name of dropped) expect(names).not.toContain(name);
  });

  // A Title Case headline runs on past the name it is about: the name ends at its version or size.
  it.each<[string, string[], string[]]>([
    ["- **Llama 4 Arrives with 10M Context**: Meta launched it.", ["Llama 4"], ["Llama 4 Arrives"]],
    ["- **RTX 5090 Smokes the competition** in tests", ["RTX 5090"], ["RTX 5090 Smokes"]],
    ["**Dream 7B Awakens Diffusion Model Potential**", ["Dream 7B"], ["Dream 7B Awakens Diffusion Model Potential"]],
    ["X1 Labs released Qwen3 Thinking and Llama 4 Maverick", ["X1 Labs", "Llama 4 Maverick"], ["X1"]],
  ])("headlines: %s", (sentence, kept, dropped) => {
    const names = extractDoc(docFromText(sentence, "ainews-en")).entities.map((e) => e.name);
    for (const name of kept) expect(names).toContain(name);
    for (const name of dropped) expect(names).not.toContain(name);
  });

  it("still types a name by the whole word after it", () => {
    const x = extractDoc(docFromText("The **FooBar** benchmark shows gains.", "ainews-en"));
    expect(x.entities.map((e) => [e.name, e.type])).toContainEqual(["FooBar", "dataset"]);
  });

  it("does not make a benchmark of what 'benchmarks' follow: a model's or a maker's results", () => {
    const x = extractDoc(docFromText("The **FooBar** benchmarks show gains.", "ainews-en"));
    expect(x.entities.map((e) => [e.name, e.type])).not.toContainEqual(["FooBar", "dataset"]);
  });

  // A benchmark's tier word is its split ("MLE-Bench Lite").
  it.each<[string, string]>([
    ["It reaches **86% Any-Medal on MLE-Bench Lite**. Fine.", "MLE-Bench Lite"],
    ["We ran LiveCodeBench Pro and SWE-bench Lite, and more.", "LiveCodeBench Pro"],
    ["We ran LiveCodeBench Pro and SWE-bench Lite, and more.", "SWE-bench Lite"],
  ])("benchmarks: %s", (sentence, name) => {
    const x = extractDoc(docFromText(sentence, "ainews-en"));
    expect(x.entities.map((e) => [e.name, e.type])).toContainEqual([name, "dataset"]);
  });

  it("types a known benchmark's split as a benchmark, but not a lower-case tool named '-bench'", () => {
    expect(extractDoc(docFromText("在MMMU Pro上得分很高")).entities.map((e) => [e.name, e.type])).toContainEqual(["MMMU Pro", "dataset"]);
    const tool = extractDoc(docFromText("We ran **llama-bench** today.", "ainews-en")).entities.find((e) => e.name === "llama-bench");
    expect(tool?.type).toBe("product");
  });

  // Names ending in GPT/LLM/LM are models with their versions and sizes; lower-case words after them make a method or a plural.
  it("types GPT/LLM/LM names as models, not the phrases and plurals they start", () => {
    const x = extractDoc(docFromText("We tried **MedGPT-2** and **BioLM 7B** with LLM-as-a-Judge scoring; CLMs and RLMs are studied.", "ainews-en"));
    const found = x.entities.map((e) => [e.name, e.type]);
    expect(found).toContainEqual(["MedGPT-2", "model"]);
    expect(found).toContainEqual(["BioLM 7B", "model"]);
    for (const phrase of ["LLM-as-a-Judge", "CLMs", "RLMs"]) expect(found).not.toContainEqual([phrase, "model"]);
  });

  it("keeps versions apart from their family and maker", () => {
    const x = extractDoc(docFromText("DeepSeek 发布 DeepSeek-R1 与 DeepSeek-V3.2，均开源"));
    const names = x.entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(["DeepSeek", "DeepSeek-R1", "DeepSeek-V3.2"]));
    expect(new Set(x.entities.map((e) => e.id)).size).toBe(x.entities.length);
    // A version of a method or a benchmark is one of its own, of its family's type.
    const typed = extractDoc(docFromText("FlashAttention-4 beats FlashAttention on LongBench v2, not on LongBench.")).entities.map((e) => [e.name, e.type]);
    expect(typed).toEqual(expect.arrayContaining([["FlashAttention-4", "research"], ["FlashAttention", "research"], ["LongBench v2", "dataset"], ["LongBench", "dataset"]]));
  });

  it("resolves both scripts to one canonical entity with every surface form as alias", () => {
    const x = extractDoc(docFromText("谷歌与 Google DeepMind 发布新模型，Google 称其领先"));
    const google = x.entities.find((e) => e.name === "Google");
    expect(google?.aliases).toEqual(expect.arrayContaining(["谷歌", "Google"]));
    expect(x.entities.find((e) => e.name === "Google DeepMind")).toBeDefined();
  });

  it("every mention span is the exact text at its offsets", () => {
    const doc = docFromText("Anthropic CEO Dario Amodei 警告，Claude Opus 4.5 与 GPT-5 竞争");
    for (const m of extractDoc(doc).mentions) expect(doc.text.slice(m.span.start, m.span.end)).toBe(m.text);
  });

  // A name in parentheses after another is an alias of it; a qualifier in parentheses is not.
  const PARENS: [sentence: string, entity: string, alias: string, kept: boolean][] = [
    ["X（原Twitter）宣布新政策", "X", "Twitter", true],
    ["Meta (Meta Platforms) released Llama 4", "Meta", "Meta Platforms", true],
    ["Google 发布 Gemini 2.5 Pro (experimental)，免费开放", "Gemini 2.5 Pro", "experimental", false],
    ["OpenAI 的 o3 (high) 在 ARC-AGI 上得分最高", "o3", "high", false],
    ["谷歌推出 Gemini 2.5 Pro（with Grounding）", "Gemini 2.5 Pro", "with Grounding", false],
    ["Nous Research 发布 Hermes 4 (open weights)", "Hermes 4", "open weights", false],
  ];

  it.each(PARENS)("parentheses: %s", (sentence, entity, alias, kept) => {
    const found = extractDoc(docFromText(sentence)).entities.find((e) => e.name === entity);
    expect(found).toBeDefined();
    if (kept) expect(found!.aliases).toContain(alias);
    else expect(found!.aliases).not.toContain(alias);
  });
});

describe("a link types the unknown names it labels, and a paper's those of its Chinese sentence", () => {
  it("reads a name the rules could only default as research, and leaves a typed one", () => {
    const text = "### JARVIS框架增强视觉推理\n\n这个受I-JEPA启发的[自监督学习框架](https://arxiv.org/abs/2505.18237)在视觉任务上持续提升，代码基于PyTorch。\n";
    const types = new Map(extractDoc(parseDoc(text, "t.md", "")).entities.map((e) => [e.name, e.type]));
    expect(types.get("I-JEPA")).toBe("research");
    expect(types.get("PyTorch")).toBe("product");
  });

  it("reads a framework or method an item that links a paper names in Chinese as research, not a tool", () => {
    const text = "### 2. JARVIS框架增强视觉推理\n\n这个[自监督学习框架](https://arxiv.org/abs/2505.18237)在视觉任务上持续提升。\n\n### 3. Metabase开源BI工具\n\nMetabase框架很好用。\n";
    const types = new Map(extractDoc(parseDoc(text, "t.md", "")).entities.map((e) => [e.name, e.type]));
    expect([types.get("JARVIS"), types.get("Metabase")]).toEqual(["research", "product"]);
  });

  it("reads a name in the label of a link to a Hugging Face model as a model, to a dataset as a dataset", () => {
    const text = "新发布的[Quillion](https://huggingface.co/foo/quillion)表现出色，[OCRMix](https://huggingface.co/datasets/foo/ocrmix)也开源了。\n";
    const types = new Map(extractDoc(parseDoc(text, "t.md", "")).entities.map((e) => [e.name, e.type]));
    expect([types.get("Quillion"), types.get("OCRMix")]).toEqual(["model", "dataset"]);
  });
});
