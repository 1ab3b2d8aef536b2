// Table tests: names a user would accept. Headline fragments are never names; one model is one
// node however it is written, while its versions stay apart; quantised builds fold into the model
// they package; ordinary words are not the names they spell.
import { describe, expect, it } from "vitest";
import { extractDoc } from "../../src/extract/index.ts";
import { parseDoc } from "../../src/read/index.ts";
import { nameKey } from "../../src/resolve/normalize.ts";
import { buildBase } from "../../src/resolve/builds.ts";
import { docFromText } from "../helpers/doc.ts";
import type { Series } from "../../src/types.ts";

const extract = (text: string, series: Series | "parse" = "ainews-en") =>
  extractDoc(series === "parse" ? parseDoc(text, "t.md", "") : docFromText(text, series));
const names = (text: string, series: Series | "parse" = "ainews-en") => extract(text, series).entities.map((e) => e.name);

describe("headline fragments are never names", () => {
  it.each<[string, Series | "parse", string[], string[]]>([
    ["- **DeepSeek R2 Release Rumors Swirl**: Rumors are swirling.", "ainews-en", ["DeepSeek-R2"], ["DeepSeek R2 Release Rumors Swirl", "DeepSeek-R2 Release Rumors Swirl"]],
    ["- **Gemini Beats GPT-4V on Charts**: users debate Llama3 8B.", "ainews-en", ["Gemini", "GPT-4V"], ["Gemini Beats GPT-4V", "Beats GPT-4V"]],
    ["- **GPT-5.1 Mini Rumors** and **HighNoonLLM Arrives**; Users Debate Llama3 8B", "ainews-en", ["GPT-5.1 Mini", "HighNoonLLM", "Llama3 8B"], ["GPT-5.1 Mini Rumors", "HighNoonLLM Arrives", "Debate Llama3 8B"]],
    ["- **GPT-5.3 Release Speculation**: Members guessed.", "ainews-en", ["GPT-5.3"], ["GPT-5.3 Release Speculation"]],
    ["- **DeepSeek-R1-0528 Official Benchmark**: it scores well.", "ainews-en", ["DeepSeek-R1-0528"], ["DeepSeek-R1-0528 Official Benchmark", "DeepSeek-R1-0528 Official"]],
    ["- **DeepSeek-R1-Qwen3 Chat Template Troubles**: Users reported errors.", "ainews-en", [], ["DeepSeek-R1-Qwen3 Chat Template Troubles", "DeepSeek-R1-Qwen3 Chat"]],
    ["- **Qwen2.5-7b Full Fine-Tuning Feasibility Debated**: Members discussed.", "ainews-en", ["Qwen2.5-7b"], ["Qwen2.5-7b Full Fine-Tuning Feasibility Debated"]],
    ["- **DeepSeek-R1-0528 VS claude-4-sonnet**: a test.", "ainews-en", ["DeepSeek-R1-0528", "claude-4-sonnet"], ["DeepSeek-R1-0528 VS claude-4-sonnet"]],
    ["See DeepSeek-R1.Blog for the details.", "ainews-en", ["DeepSeek-R1"], ["DeepSeek-R1.Blog"]],
    ["@Alibaba_Qwen shared the Qwen3 Technical Report, detailing the models.", "ainews-en", ["Qwen3"], ["Qwen3 Technical", "Qwen3 Technical Report"]],
    ["Moonshot published the Kimi-K2 Tech Report today.", "ainews-en", ["Kimi K2"], ["Kimi-K2 Tech", "Kimi K2 Tech"]],
    ["Sam Altman Says GPT-5 is close.", "ainews-en", ["Sam Altman", "GPT-5"], ["Sam Altman Says"]],
    ["- **Llama 4 Scout Sets 10M Context Milestone**: Meta released it.", "ainews-en", ["Llama 4 Scout"], ["Sets 10M", "Llama 4 Scout Sets 10M"]],
    ["It outperforms Gemma 3, Gemini 2.0 Flash-Lite and Mistral 3.1.", "ainews-en", ["Gemini 2.0 Flash-Lite", "Gemma 3"], ["Flash-Lite", "Gemini"]],
    ["- **Claude Excels with Agentic Behavior**: Members noted it.", "ainews-en", [], ["Claude Excels"]],
    ["- **Jerry Rocks AI User Conference**: LlamaIndex founder **Jerry Liu** will talk.", "ainews-en", ["Jerry Liu"], ["Jerry Rocks"]],
    ["### 3. Frontier AI Compute and Open Model Releases", "parse", [], ["Frontier AI", "Frontier AI Compute"]],
    // Bold runs nested in a headline: the headline is the line's bold lead up to its colon.
    ["- ****Gemini 3** Jumps Through Benchmark Hoops**: Members noted it.", "parse", ["Gemini 3"], ["Jumps Through Benchmark Hoops"]],
    ["- ****MCP** OS for CEO Productivity Skyrockets!**: A member said so.", "parse", [], ["Productivity Skyrockets"]],
    // A known model's name does not start a person's ("Claude" is a first name to compromise).
    ["- **Claude Plays Pokemon Hackathon**: A user thanked another.", "parse", [], ["Claude Plays", "Claude Plays Pokemon"]],
    ["We tried Claude Design for slides.", "ainews-en", [], ["Claude Design"]],
    ["> `Qwen3 DPO Training, Orpheus-3B Fine-tuning Issues, Epoch Display Bug`", "parse", ["Orpheus-3B"], ["Orpheus-3B Fine-tuning Issues"]],
    // A bold name inside a Chinese sentence is a name, Title Case or not; so is "VS Code".
    ["一个名为 **Agentic RAG Demo Toolkit** 的开源项目发布", "markdown", ["Agentic RAG Demo Toolkit"], []],
    ["- **Use VS Code with GPT-5**: a tip.", "ainews-en", ["VS Code", "GPT-5"], []],
    // A family takes the version that starts the words after it; the words after the version go.
    ["### 1. Gemma 4 Model Developments and Releases", "parse", ["Gemma 4"], ["Gemma", "Gemma 4 Model Developments"]],
    ["- **Moonshot’s Kimi K3 Open-Weights Release**: it is out.", "ainews-en", ["Kimi K3"], ["Kimi", "K3 Open-Weights"]],
    ["Gemini 3 Flash Preview 400 Errors were reported.", "ainews-en", ["Gemini 3 Flash Preview"], ["Gemini", "Gemini 3 Flash Preview 400"]],
    ["We ran Qwen 3.6 27b Q6 Quant on it.", "ainews-en", ["Qwen3.6 27b"], ["Qwen", "Q6 Quant"]],
    ["Mistral的Devstral 2 Small模型击败了DeepSeek v3.2", "markdown", ["Devstral 2 Small"], ["Devstral"]],
    // Not a number that is an amount, nor a card's memory.
    ["- **[Latest upgrade: A100 40 GB](https://x.com/a)**: cooling for the A100 40 GB, it says.", "ainews-en", ["A100"], ["A100 40"]],
    ["- **QWEN 3 0.6 B is a reasoning model**: it is small.", "ainews-en", [], ["QWEN 3 0.6"]],
    // A benchmark's score is not its version.
    ["It scores GSM8K 82.9 and AIME 2024 66.3 here.", "ainews-en", ["GSM8K", "AIME 2024"], ["GSM8K 82.9", "AIME 2024 66.3"]],
  ])("%s", (text, series, kept, dropped) => {
    const found = names(text, series);
    for (const n of kept) expect(found).toContain(n);
    for (const n of dropped) expect(found).not.toContain(n);
  });
});

describe("one model, one node, however written; versions apart", () => {
  it.each<[string, string]>([
    ["Gemini 2.5", "Gemini v2.5"],
    ["DeepSeek 3.1", "DeepSeek-V3.1"],
    ["DeepSeek V3.1", "deepseek-v3.1"],
    ["RWKV-7", "RWKV v7"],
    ["ExLlamaV3", "ExLlama 3"],
    ["Stable Diffusion 1.5", "stable-diffusion-v1-5"],
    ["Dinov2", "DINOv2"],
    ["Qwen3-30BA3B", "Qwen3-30B-A3B"],
    ["Qwen3.6 35Ba3", "Qwen3.6 35B a3"],
    ["Gemma 4 31-B", "Gemma 4 31B"],
    ["DeepSeekv3.2", "DeepSeek-V3.2"],
  ])("nameKey(%s) = nameKey(%s)", (a, b) => expect(nameKey(a)).toBe(nameKey(b)));

  it.each<[string, string]>([
    ["DeepSeek-R1", "DeepSeek-R1-0528"],
    ["DeepSeek-R1", "DeepSeek-V3.2"],
    ["V100", "100"],
    ["v0", "0"],
    ["RWKV7", "RWK7"],
    ["Dev2", "De2"],
    ["Kimi K2", "Kimi K2 Thinking"],
  ])("nameKey(%s) ≠ nameKey(%s)", (a, b) => expect(nameKey(a)).not.toBe(nameKey(b)));

  it.each<[string, string[], string[]]>([
    ["Gemini 2.5 Pro beats Gemini v2.5 Pro on math.", ["Gemini 2.5 Pro"], []],
    ["DeepSeek 3.1 is out; DeepSeek-V3.1 is open weights.", ["DeepSeek-V3.1"], []],
    ["DeepSeek-R1, DeepSeek-R1-0528 and DeepSeek-V3.2 compared.", ["DeepSeek-R1", "DeepSeek-R1-0528", "DeepSeek-V3.2"], []],
    ["Anthropic's Opus 4.5 is Claude Opus 4.5.", ["Claude Opus 4.5"], ["Opus 4.5"]],
    ["Moonshot released Kimi K2 Thinking, which beats Kimi K2 on HLE.", ["Kimi K2 Thinking", "Kimi K2"], []],
    ["We trained 100 models on a V100.", ["V100"], []],
  ])("%s", (text, entities, notEntities) => {
    const x = extract(text);
    const found = x.entities.map((e) => e.name);
    for (const n of entities) expect(found).toContain(n);
    for (const n of notEntities) expect(found).not.toContain(n);
    for (const e of x.entities) expect(e.aliases.every((a) => a !== "100")).toBe(true);
    expect(new Set(found).size).toBe(found.length);
  });

  it("a lower-case repository id of a known family is a model", () => {
    expect(extract("We compared claude-4-sonnet and qwen3-30b-a3b.").entities.map((e) => [e.name, e.type])).toContainEqual(["claude-4-sonnet", "model"]);
  });
});

describe("quantised and packaged builds fold into the model they package", () => {
  it.each<[string, string | undefined]>([
    ["gemma-3-4b-it-qat-q4_0-gguf", "gemma-3-4b-it"],
    ["Qwen3-30B-A3B-UD-Q4_K_XL.gguf", "Qwen3-30B-A3B"],
    ["Llama-4-Scout-17B-16E-Instruct-unsloth-bnb-4bit", "Llama-4-Scout-17B-16E-Instruct"],
    ["Qwen2.5-VL-7B-Instruct-AWQ", "Qwen2.5-VL-7B-Instruct"],
    ["Qwen3-4B-MLX-4bit", "Qwen3-4B"],
    ["Qwen 3 32B Q4_K_M", "Qwen 3 32B"],
    ["Unsloth-DeepSeek-R1-0528-UD-IQ2_M", "DeepSeek-R1-0528"],
    ["DeepSeek-R1-0528", undefined],
    ["bnb-4bit", undefined],
    ["MLX", undefined],
    ["MLX-VLM 0.3.3", undefined],
    ["gpt-oss 4-bit", "gpt-oss"],
    ["Dynamic 2.0 GGUF", undefined],
    // Tags that say what follows is quantised, and "_" where a name has no other separator.
    ["FP8-quantized Qwen3-VL-235B-A22B-Instruct", "Qwen3-VL-235B-A22B-Instruct"],
    ["NVFP4-quantized Qwen3.6-35B-A3B", "Qwen3.6-35B-A3B"],
    ["4-bit Qwen3-8B", "Qwen3-8B"],
    ["wan2.1_i2v_720p_14B_fp8_scaled", "wan2.1_i2v_720p_14B"],
    ["FP8-scaled 14B", undefined],
    ["FP8 GEMM 2x faster", undefined],
    ["Qwen2_5_0_5b", undefined],
    ["LM Studio GGUF", undefined],
  ])("buildBase(%s) = %s", (name, base) => expect(buildBase(name)).toBe(base));

  it("joins the base model's node as an alias; its packager does not develop the model", () => {
    const x = extract("Unsloth released gemma-3-4b-it-qat-q4_0-gguf. Google's gemma-3-4b-it is small.");
    const gemma = x.entities.find((e) => e.name === "gemma-3-4b-it");
    expect(gemma?.type).toBe("model");
    expect(gemma?.aliases).toContain("gemma-3-4b-it-qat-q4_0-gguf");
    expect(x.entities.map((e) => e.name)).not.toContain("gemma-3-4b-it-qat-q4_0-gguf");
    expect(x.relations.filter((r) => r.predicate === "develops").map((r) => r.source)).not.toContain("unsloth");
  });
});

describe("ordinary words are not the names they spell", () => {
  it.each<[string, Series | "parse", string[], [string, string][]]>([
    ["OpenAI restructured its for-profit arm into a PBC.", "ainews-en", ["Arm"], [["OpenAI", "organization"]]],
    ["the apple fell far from the tree", "ainews-en", ["Apple"], []],
    ["Arm and Apple ship chips.", "ainews-en", [], [["Arm", "organization"], ["Apple", "organization"]]],
    ["AMD推出Instinct MI450系列", "markdown", ["Instinct"], [["AMD", "organization"]]],
    ["AMD Instinct MI450 chips will power OpenAI.", "ainews-en", [], [["AMD Instinct MI450", "hardware"]]],
    // A capitalised word is no name only ever written with capitals inside (ReAct, PaLM, SQuAD).
    ["It refactors a React project; agents use ReAct prompting.", "ainews-en", [], [["ReAct", "research"]]],
    ["研究员发现了React框架关键漏洞", "markdown", ["ReAct"], [["React", "product"]]],
    ["Palm oil and a Squad of agents.", "ainews-en", ["PaLM", "SQuAD"], []],
    ["Deepseek and Minimax shipped models.", "ainews-en", [], [["DeepSeek", "organization"], ["MiniMax", "organization"]]],
    // An English word in lower case is no name only ever written in capitals (CLIP, GLUE, FAIR, SEC)…
    ["The post shares a short interview clip; it is a fair point about glue code, 5 sec each.", "ainews-en", ["CLIP", "FAIR", "GLUE", "SEC"], []],
    ["OpenAI trained CLIP, Meta FAIR released models, the SEC sued and GLUE scores rose.", "ainews-en", [], [["CLIP", "model"], ["SEC", "organization"], ["GLUE", "dataset"]]],
    // A part of a document and its number, a language and its version, a CUDA build tag: no names.
    ["Physics of Language Models: Part 3.3, Knowledge Capacity; see Chapter 2 and Day 1.", "ainews-en", ["Part 3.3", "Chapter 2", "Day 1"], []],
    ["aider fails with Python 3.13; use the cu126 wheels.", "ainews-en", ["Python 3.13", "cu126"], [["Aider", "product"]]],
    // The second half of a slash acronym is no name: I/O, A/B (but LangChain/LangGraph are two).
    ["Google showed Gemini at I/O 2025 and ran A/B tests with LangChain/LangGraph.", "ainews-en", ["O 2025", "B"], [["Gemini", "model"], ["LangGraph", "product"]]],
    // A number and a unit after a name is an amount, not the name's version.
    ["OpenAI launched realtime-1.5 3 months ago, and Qwen3 2 weeks later.", "ainews-en", ["realtime-1.5 3", "Qwen3 2"], [["Qwen3", "model"], ["realtime-1.5", "model"]]],
    // A number format is no name, TF32 as BF16.
    ["The swizzling atom for the TF32 datatype differs in CuTeDSL.", "ainews-en", ["TF32"], [["CuTe DSL", "product"]]],
    // A sampling setting and its value written together is no name.
    ["The same prompt at temp0 on Qwen3-4B gave the same answer; at temp0.7 it did not.", "ainews-en", ["temp0", "temp0.7"], [["Qwen3-4B", "model"]]],
    // A multiplier after a name is a plan's or a speed-up's size, not its version ("8x7B" is a size).
    ["Usage is $8k for Claude Max 20x; Mixtral 8x7B runs 3x faster.", "ainews-en", ["Claude Max 20x"], [["Claude Max", "product"], ["Mixtral 8x7B", "model"]]],
    // A score over a total is no version: "Hermes 21/28" ("Llama 3/4" stays two versions).
    ["Success rates: Kimi Code 22/28, Hermes 21/28, Claude Code 20/28.", "ainews-en", ["Hermes 21", "Hermes 28", "28"], [["Hermes", "model"], ["Kimi Code", "product"]]],
    // …in English prose: a lower-case Latin word among Chinese is a name more often than not.
    ["研究者用clip模型做检索", "markdown", [], [["CLIP", "model"]]],
    // A licence is no organisation, though MIT is one: the words around it say which.
    ["Released under the MIT license, with an Apache/MIT-style grant and **MIT** licensed code.", "ainews-en", ["MIT"], []],
    ["Apache 2.0 Prevails over MIT: members argued.", "ainews-en", ["MIT"], []],
    ["There is no reason to argue for MIT over Apache 2.0.", "ainews-en", ["MIT"], []],
    ["DeepSeek开源了模型，采用MIT协议", "markdown", ["MIT"], [["DeepSeek", "organization"]]],
    ["A team from MIT and Stanford released it under Apache 2.0.", "ainews-en", [], [["MIT", "organization"]]],
    ["MIT开源了一个机器人模型", "markdown", [], [["MIT", "organization"]]],
  ])("%s", (text, series, notNames, expected) => {
    const x = extract(text, series);
    const found = x.entities.map((e) => [e.name, e.type]);
    for (const n of notNames) expect(x.entities.map((e) => e.name)).not.toContain(n);
    for (const pair of expected) expect(found).toContainEqual(pair);
    expect(x.entities.filter((e) => e.type === "organization").map((e) => e.name)).not.toContain("Instinct");
  });

  it("a phrase in parentheses is no alias: OpenAI (Another Evidence)", () => {
    const x = extract("- [**Horizon Beta is OpenAI (Another Evidence)**](https://www.reddit.com/r/LocalLLaMA/comments/1/x/)", "parse");
    expect(x.entities.flatMap((e) => e.aliases)).not.toContain("Another Evidence");
  });
});

describe("names by their makers, variants and context", () => {
  it.each<[string, Series | "parse", [string, string][], string[]]>([
    // A maker before a name of its own is the maker; before ordinary words, part of a product's name.
    ["Google Veo 3.1 and NVIDIA ChronoEdit-14B are out.", "ainews-en", [["Veo 3.1", "model"], ["Google", "organization"], ["ChronoEdit-14B", "model"], ["NVIDIA", "organization"]], ["Google Veo 3.1", "NVIDIA ChronoEdit-14B"]],
    ["DeepSeek V4 Flash is cheap.", "ainews-en", [["DeepSeek-V4 Flash", "model"]], ["V4 Flash"]],
    // A variant word after a family's version is the model's ("Claude 3.7 Sonnet", not Claude 3.7 and Claude Sonnet).
    ["We compared Claude 3.7 Sonnet and Claude 3 Opus.", "ainews-en", [["Claude 3.7 Sonnet", "model"], ["Claude 3 Opus", "model"]], ["Claude 3.7", "Claude Sonnet", "Claude 3", "Claude Opus"]],
    ["Claude 3.5 Sonnet 新功能体验", "markdown", [["Claude 3.5 Sonnet", "model"]], ["Claude 3.5", "Claude Sonnet"]],
    // A tier word after a versioned model makes another model; after a bare family it names a plan, a product.
    ["We use Qwen3 Max, GPT-5 Pro and GPT-4.1 Mini daily.", "ainews-en", [["Qwen3 Max", "model"], ["GPT-5 Pro", "model"], ["GPT-4.1 Mini", "model"]], ["Qwen3", "GPT-5"]],
    ["Claude Pro subscribers got more usage.", "ainews-en", [["Claude Pro", "product"]], ["Claude"]],
    // Another maker's variant does not join: "GPT-4o Opus" (a digest's slip) is GPT-4o and Claude Opus.
    ["约GPT-4o Opus十分之一的价格", "markdown", [["GPT-4o", "model"], ["Claude Opus", "model"]], ["GPT-4o Opus"]],
    ["Try Ollama Cloud or Perplexity Computer today.", "ainews-en", [["Ollama Cloud", "product"], ["Perplexity Computer", "product"]], []],
    // A letter and a digit is a code unless a model of the digest ends in it: then it is that model.
    ["Revenue rose in H1 and the E3 show moved; B2 shipped.", "ainews-en", [], ["H1", "E3", "B2"]],
    ["Kimi K2 is out. K2 beats the rest.", "ainews-en", [["Kimi K2", "model"]], ["K2"]],
    // Generic words inside, before the head noun: "Model", an acronym.
    ["We tried Docker Model Runner and the LangSmith LLM Gateway.", "ainews-en", [["Docker Model Runner", "product"], ["LangSmith LLM Gateway", "product"]], []],
    ["- **Perplexity Funding Soars**: a big round.", "ainews-en", [["Perplexity", "organization"]], ["Perplexity Funding", "Perplexity Funding Soars"]],
    // Hardware variants stay on the name; an adjective made of a name is the name.
    ["I run an RTX 5070 Ti and a Ryzen 9 9950X.", "ainews-en", [["RTX 5070 Ti", "hardware"], ["Ryzen 9 9950X", "hardware"]], ["RTX 5070"]],
    ["Qwen 3.8-style models and Mythos-based agents", "ainews-en", [["Claude Mythos", "model"]], ["Qwen 3.8-style", "Mythos-based"]],
    // A score or a rank on it, an appositive, 考试: a benchmark.
    ["htihle reported **87.8% on WeirdML**; Fable 5 ranks **#1 on FrontierSWE**.", "ainews-en", [["WeirdML", "dataset"], ["FrontierSWE", "dataset"]], []],
    ["They highlighted **EvoCode**, an eval built around 26 tasks.", "ainews-en", [["EvoCode", "dataset"]], []],
    ["连印度的高考**IIT-JEE考试**都能搞定", "markdown", [["IIT-JEE", "dataset"]], []],
    // Named as research, or said to be a method.
    ["Posts covered new research such as [DDTree](https://x.com/liranringel/status/1).", "parse", [["DDTree", "research"]], []],
    ["They released **ZorkFlow**, a new method for long-context RL.", "ainews-en", [["ZorkFlow", "research"]], []],
    // A family's Chinese name and a version; a family, a variant and a version; a product's version.
    ["百度开源文心大模型4.5系列，通义千问3发布，混元3亿用户", "markdown", [["ERNIE 4.5", "model"], ["Qwen3", "model"], ["Hunyuan", "model"]], ["Hunyuan 3"]],
    ["NVIDIA发布视觉语言模型Nemotron Nano 2 VL", "markdown", [["Nemotron Nano 2 VL", "model"], ["NVIDIA", "organization"]], ["Nano 2 VL"]],
    ["LangChain Deep Agents 0.2发布，LeRobot v0.4也发布了", "markdown", [["Deep Agents 0.2", "product"], ["LangChain", "organization"], ["LeRobot v0.4", "product"]], ["LangChain Deep Agents 0.2"]],
    ["Meta Llama 4 Scout is out.", "ainews-en", [["Llama 4 Scout", "model"], ["Meta", "organization"]], ["Llama"]],
    // A Chinese name runs on from its maker's: the lexicon's maker at its start names the maker.
    ["他用**小米AI眼镜**直播，还有腾讯混元", "markdown", [["Xiaomi", "organization"], ["Xiaomi AI Glasses", "hardware"], ["Tencent", "organization"], ["Hunyuan", "model"]], []],
    // Not names, or not benchmarks: a Discord server's @handle, a day count, a kind of benchmark, hardware after SOTA.
    ["## [MLOps @Chipro](https://discord.com/channels/814557108065534033) Discord", "parse", [], ["Chipro", "@Chipro"]],
    ["The **MLOps @Chipro Discord** has no new messages.", "ainews-en", [], ["Chipro", "@Chipro"]],
    ["### **MLOps @Chipro ▷ #[events](https://discord.com/channels/8/8/1)** (1 messages):", "parse", [], ["Chipro", "@Chipro"]],
    ["@karpathy said the Discord was busy.", "ainews-en", [["Andrej Karpathy", "person"]], []],
    ["LlamaIndex announced *day-0 support* for **GPT-5**, with 10% better top-1 accuracy.", "ainews-en", [["GPT-5", "model"]], ["day-0", "top-1"]],
    ["It struggled beyond SWE benchmarks; votes in Arena moved; 1.86x faster than SOTA on H100s.", "ainews-en", [], ["SWE", "Arena", "H100s"]],
    // A non-breaking hyphen joins a name as "-" does; 关于 (about) and 参数 (parameters) are in no name.
    ["It sets a new high on SWE‑Bench Verified; GPT‑4o‑realtime is here.", "ainews-en", [["SWE-bench Verified", "dataset"]], ["Bench Verified", "GPT"]],
    ["关于苹果CEO Tim Cook最早明年卸任的传闻。它以仅**3B参数**的架构超越了 Gemini 2.5 Pro。", "markdown", [["Apple", "organization"], ["Tim Cook", "person"]], ["关于苹果", "3B参数"]],
    ["Use the i1-q4_k_s or q8_0-mtp files; IQ4_XS 4.19 bpw beats Q2_0 3.0 bpw, even sub-4-bit.", "ainews-en", [], ["i1-q4_k_s", "q8_0-mtp", "IQ4_XS 4.19", "Q2_0 3.0", "sub-4-bit"]],
    // Universities and institutes by the shape of their names, across "of".
    ["来自University of Adelaide和Shanghai Jiao Tong University的研究者", "markdown", [["University of Adelaide", "organization"], ["Shanghai Jiao Tong University", "organization"]], []],
    ["Researchers at Renmin University of China and Brown University found it.", "ainews-en", [["Renmin University of China", "organization"], ["Brown University", "organization"]], []],
    ["### LM Studio Pinpoints Basel University Location", "parse", [], ["Pinpoints Basel University", "Studio Pinpoints Basel University"]],
    // Facts of the lexicon: a serverless product, a Windows layer, a GPU API, a GPU cloud, PyTorch's own name; GPU-kernel and sampling terms are no names.
    ["It ran in an AWS Lambda function under WSL, not OpenCL; the MMA units and a CFG of 1 matter.", "ainews-en", [["AWS Lambda", "product"], ["WSL", "product"], ["OpenCL", "product"]], ["Lambda", "MMA", "CFG"]],
    ["Members rented H100s from Lambda and used Torch nightly.", "ainews-en", [["Lambda Labs", "organization"], ["PyTorch", "product"]], ["Lambda", "Torch"]],
    // Not people: an account-shaped decorator or word, a method; no dataset: a day count, a file format; NVDA is NVIDIA's ticker.
    ["Use @parameter if in Mojo, as @code said; Monte Carlo methods; a JPEG over STDIO with day-0 support; NVDA rose.", "ainews-en", [["NVIDIA", "organization"]], ["@parameter", "parameter", "@code", "code", "Monte Carlo", "JPEG", "STDIO", "day-0"]],
    ["vLLM的Day-0模型支持", "markdown", [["vLLM", "product"]], ["Day-0"]],
    ["Call `execute` or `invoke` on the **verifier**; Cursor's Auto mode; AMD MI-50 cards.", "ainews-en", [["MI50", "hardware"]], ["execute", "invoke", "verifier", "Auto"]],
    // The issue's own: "its for-profit arm" names nothing; a notes heading's "My" is no person.
    ["# My notes\n\nOpenAI restructured its for-profit arm. 腾讯发布了state-of-the-art模型。", "markdown", [["OpenAI", "organization"]], ["My", "for-profit", "Arm", "state-of-the-art"]],
    // A size after a family is the model's, though a company has its name (E2B); τ²-bench written short.
    ["Use Gemma 4 E2B with Kokoro; the E2B sandbox runs it; Qwen leads on TAU2.", "ainews-en", [["Gemma 4 E2B", "model"], ["E2B", "organization"], ["τ²-bench", "dataset"]], ["Gemma 4"]],
    // A maker's name and a bare version are one of its models, not a model "V0324" the maker develops; GA is no name.
    ["Deepseek V0324 was recommended. Deepseek V4 GA later in the week. Variants in DeepSeek v3.x were discussed.", "ainews-en", [["Deepseek V0324", "model"], ["Deepseek V4", "model"], ["DeepSeek v3.x", "model"]], ["V0324", "V4 GA", "v3.x", "GA"]],
    // Class names in code are no products; CamelCase product names are.
    ["Wrap it in **FullyShardedDataParallelPlugin**, load **MllamaForConditionalGeneration**, fix **JSONAdapter**; try **TorchServe** and **LibreChat**.", "ainews-en", [["TorchServe", "product"], ["LibreChat", "product"]], ["FullyShardedDataParallelPlugin", "MllamaForConditionalGeneration", "JSONAdapter"]],
    // A game played as a test is the game, a product (GUIDELINES: Grand Theft Auto); "X-as-a-Y" is a technique.
    ["Noam Brown argued for no-scaffold evaluations (e.g., Pokémon benchmark); it improves math and LLM-as-a-Judge benchmarks; LLM-as-judge scores vary.", "ainews-en", [["Pokémon", "product"]], ["LLM-as-a-Judge", "LLM-as-judge"]],
    ["Gemini 2.5 Pro通关了Pokemon，还有SFT-as-a-service平台", "markdown", [["Pokémon", "product"]], ["SFT-as-a-service"]],
    // A place is not annotated (hiring for the Paris team); "X benchmarks" are X's results, X no benchmark.
    ["We are hiring for **Paris** team. The Claude Mythos Preview benchmarks are out; PrismML benchmarks disagree.", "ainews-en", [["Claude Mythos", "model"]], ["Paris", "PrismML", "Claude Mythos Preview"]],
    // Descriptions and tasks are no names; an arena named after its task is.
    ["Chinese open-weight models lead; OpenAI open-weight model; state-of-the-art text-to-video models; the text-to-SQL model; the Text-to-Image Arena; an imatrix dataset; a DAG benchmark; the **open-source-games** repo.", "ainews-en", [["OpenAI", "organization"], ["Text-to-Image Arena", "dataset"], ["open-source-games", "product"]], ["Chinese open-weight", "OpenAI open-weight", "state-of-the-art text-to-video", "text-to-SQL", "imatrix", "DAG"]],
    // Algorithms, instruction sets, task names are generic; a Tesla card by its number; NLM is NotebookLM.
    ["Run BM25 on a P40 with AVX2 and x86; Web3 and T2I models; Low-Rank Adaptation; NLM is slow.", "ainews-en", [["P40", "hardware"], ["NotebookLM", "product"]], ["BM25", "AVX2", "x86", "Web3", "T2I", "Low-Rank Adaptation", "NLM"]],
    // A verb of taking a post before a title is no organisation: 出任临时CEO.
    ["Scale AI 首席战略官 Jason Droege 出任临时CEO。", "markdown", [["Scale AI", "organization"], ["Jason Droege", "person"]], ["出任临时", "临时"]],
  ])("%s", (text, series, expected, notNames) => {
    const x = extract(text, series);
    const found = x.entities.map((e) => [e.name, e.type]);
    for (const pair of expected) expect(found).toContainEqual(pair);
    for (const n of notNames) expect(x.entities.map((e) => e.name)).not.toContain(n);
  });
});

it("a dataset format is no dataset: Harmony数据集格式", () => {
  const x = extract("OpenAI的Harmony数据集格式现已在Hugging Face Datasets上得到支持。", "markdown");
  expect(x.entities.filter((e) => e.type === "dataset").map((e) => e.name)).not.toContain("Harmony");
});

describe("an @handle's type", () => {
  it.each<[string, string, string]>([
    ["@ClaudeDevs posted the docs.", "ClaudeDevs", "organization"],
    ["@skypilot_org added GPUs.", "skypilot_org", "organization"],
    ["@weaviate_io shipped a client.", "weaviate_io", "organization"],
    ["@NotionHQ launched agents.", "NotionHQ", "organization"],
    // A person's handle, and one the lexicon knows whatever its shape (a name ending in AI).
    ["@yacineMTB doubted it.", "yacineMTB", "person"],
    ["@rohanpaul_ai shared a paper.", "Rohan Paul", "person"],
  ])("%s", (text, name, type) => {
    const entity = extract(text).entities.find((e) => e.name === name || e.aliases.includes(name));
    expect(entity?.type).toBe(type);
  });
});

describe("a generic phrase of an adjective or a domain and AI is no organisation", () => {
  it("Voice AI, Decentralized AI and Conversational AI name nothing; Factory AI and Kapa AI are companies", () => {
    const found = names("Voice AI startups grow; Decentralized AI is hyped, Conversational AI too. Factory AI raised money. A Senior AI Engineer joined Kapa AI.");
    expect(found).toEqual(expect.arrayContaining(["Factory AI", "Kapa AI"]));
    for (const phrase of ["Voice AI", "Decentralized AI", "Conversational AI", "Senior AI"]) expect(found).not.toContain(phrase);
  });
});
