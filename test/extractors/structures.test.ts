// Table tests of the structures a digest states relations by, beyond one verb between two names:
// the headline's subject and its body, anaphora, lists, appositives, possessives, coordinated
// predicates, packaged builds — and the plain statements a user writes in their own notes.
import { describe, expect, it } from "vitest";
import { extractDoc } from "../../src/extract/index.ts";
import { toJson } from "../../src/extract/to-json.ts";
import { docFromText } from "../helpers/doc.ts";

type Triple = [string, string, string];

function triples(text: string): Triple[] {
  return toJson(extractDoc(docFromText(text))).relations.map((r) => [r.source, r.predicate, r.target]);
}

/** [text, relations it must state, relations it must not]. */
const TABLE: [string, string, Triple[], Triple[]][] = [
  // Plain statements
  ["plain: 向…投资", "英伟达向OpenAI投资1000亿美元", [["NVIDIA", "invests_in", "OpenAI"]], []],
  ["plain: invests $ in", "Nvidia invests $5 billion in Intel", [["NVIDIA", "invests_in", "Intel"]], []],
  ["plain: will invest up to $ in", "Microsoft will invest up to $5 billion in Anthropic", [["Microsoft", "invests_in", "Anthropic"]], [["Microsoft", "partners_with", "Anthropic"]]],
  ["plain: 是…的创始人", "杨植麟是月之暗面的创始人", [["杨植麟", "founded", "Moonshot AI"]], [["杨植麟", "works_for", "Moonshot AI"]]],
  ["plain: is the CEO of", "Ilya Sutskever is the CEO of Safe Superintelligence", [["Ilya Sutskever", "works_for", "Safe Superintelligence"]], []],
  ["plain: hired … as", "Meta hired Alexandr Wang as chief scientist", [["Alexandr Wang", "works_for", "Meta"]], []],
  // Headline subject → body, with anaphora
  ["headline + 该模型", "**腾讯发布混元-T2**\n该模型支持 vLLM 和 SGLang", [["Tencent", "develops", "Hunyuan"], ["Hunyuan", "uses", "vLLM"], ["Hunyuan", "uses", "SGLang"]], []],
  ["headline + the model", "**Llama 4 Arrives with 10M Context**\nThe model runs on vLLM.", [["Llama 4", "uses", "vLLM"]], []],
  ["headline + the company", "**Anthropic raises $13B**\nThe company also hired Jane Doe as CFO.", [["Jane Doe", "works_for", "Anthropic"]], []],
  ["headline + a clause with no subject (zero anaphora)", "DecartAI开源Lucy Edit视频编辑基础模型\n文本引导视频编辑基础模型，支持ComfyUI和Diffusers集成", [["Lucy Edit", "uses", "ComfyUI"], ["Lucy Edit", "uses", "Diffusers"]], [["DecartAI", "uses", "ComfyUI"]]],
  ["zero anaphora: a based_on clause", "Magistral Small 1.2 发布\n240亿参数推理模型，基于Mistral Small 3.2构建", [["Magistral Small 1.2", "based_on", "Mistral Small 3.2"]], []],
  ["zero anaphora: a body that opens with a quote mark", "KerasHub跨框架模型中心\n> 支持在JAX/PyTorch中使用", [["KerasHub", "uses", "JAX"], ["KerasHub", "uses", "PyTorch"]], []],
  ["zero anaphora: a heading's name of a default type is its subject when it has no other", "Zorbex多模态框架\n基于Qwen3-32B训练", [["Zorbex", "based_on", "Qwen3-32B"]], []],
  ["no zero anaphora after the sentence's own name", "GitHub推出Agent HQ\nVS Code提供Agent Sessions视图，支持Codex。", [], [["Agent HQ", "uses", "Codex"]]],
  ["headline + it", "**Qwen3-Coder is out**\nIt supports vLLM and SGLang.", [["Qwen3-Coder", "uses", "vLLM"], ["Qwen3-Coder", "uses", "SGLang"]], []],
  // Lists distribute
  ["list on the left: X 与 Y 合作推出 Z", "OpenAI与Stripe合作推出Agentic Commerce Protocol", [["OpenAI", "develops", "Agentic Commerce Protocol"], ["Stripe", "develops", "Agentic Commerce Protocol"], ["OpenAI", "partners_with", "Stripe"]], []],
  ["a chain of rivals: A vs B vs C", "Benchmarks of **Claude Code** vs **OpenCode** vs **Codex CLI** today.", [["Claude Code", "competes_with", "OpenCode"], ["OpenCode", "competes_with", "Codex CLI"], ["Claude Code", "competes_with", "Codex CLI"]], []],
  ["list on the left: 均支持", "Qwen3 和 DeepSeek-V3 均支持 vLLM", [["Qwen3", "uses", "vLLM"], ["DeepSeek-V3", "uses", "vLLM"]], []],
  ["list on the right: integrated into A, B and C", "**GPT-5 launches**\nThe model is integrated into Cursor, Windsurf and Zed.", [["GPT-5", "uses", "Cursor"], ["GPT-5", "uses", "Windsurf"], ["GPT-5", "uses", "Zed"]], []],
  ["list after an Oxford comma: available via A, B, and C", "**Kimi K3** is available day 0 via Baseten, Modal, and Fireworks.", [["Baseten", "uses", "Kimi K3"], ["Modal", "uses", "Kimi K3"], ["Fireworks AI", "uses", "Kimi K3"]], []],
  ["list with each member's cited handle", "K2 is out. **Kimi K2** was available via **Baseten** @baseten, **Modal** @modal, and **Groq** @GroqInc.", [["Baseten", "uses", "Kimi K2"], ["Modal", "uses", "Kimi K2"], ["Groq", "uses", "Kimi K2"]], []],
  ["list of hosts: 在 A、B 等平台部署", "Nemotron Nano 2 VL可在Replicate、Baseten、Nebius等平台部署。", [["Replicate", "uses", "Nemotron Nano 2 VL"], ["Baseten", "uses", "Nemotron Nano 2 VL"], ["Nebius", "uses", "Nemotron Nano 2 VL"]], []],
  ["no Oxford list of one: a clause after ', and'", "Moonshot released Kimi K2, and Qwen3 came out too.", [], [["Moonshot AI", "develops", "Qwen3"]]],
  ["available on its maker's API: no use", "DeepSeek-V4-Flash is live via the DeepSeek API.", [], [["DeepSeek", "uses", "DeepSeek-V4-Flash"]]],
  // A product the lexicon knows as a company too is an organisation's subject
  ["product and company as subject: OpenRouter推出", "OpenRouter推出高精度工具调用端点Exacto。", [["OpenRouter", "develops", "Exacto"]], []],
  ["product and company as subject: Cursor launched", "Cursor launched **Bugbot**, a code review agent.", [["Cursor", "develops", "Bugbot"]], []],
  ["product as subject, another's thing: no develops", "Cursor 推出 GPT-5 支持。", [], [["Cursor", "develops", "GPT-5"]]],
  // Coordinated predicates: the verb after "and" is the subject's
  ["and is integrated into", "**Llama 4 Arrives**\nThe model runs on vLLM and is integrated into Ollama and LM Studio.", [["Llama 4", "uses", "Ollama"], ["Llama 4", "uses", "LM Studio"]], [["vLLM", "uses", "Ollama"], ["vLLM", "uses", "LM Studio"]]],
  // A short form: a letter and a digit after the model named in full
  ["short form: K3 after Kimi K3", "Moonshot released **Kimi K3** today.\nK3 runs on vLLM.", [["Kimi K3", "uses", "vLLM"]], []],
  // An organisation's sentence goes on to integrate something: the organisation, unless it released a thing in between (that thing integrates it)
  ["X 推出…，集成到 Y: the release integrates", "xAI推出经济型编程推理模型Grok Code Fast 1，免费试用一周，集成到GitHub Copilot、Cursor等主流IDE工具中", [], [["xAI", "uses", "GitHub Copilot"]]],
  ["X 表示，已接入 Y: the organisation", "阿里巴巴表示，旗下业务已全面接入DeepSeek-R1。", [["Alibaba", "uses", "DeepSeek-R1"]], []],
  // "Y at X" says nothing of where a person the lexicon places elsewhere works
  ["Y at X, known elsewhere", "Sam Altman and Lisa Su at AMD's Advancing AI Event.", [], [["Sam Altman", "works_for", "AMD"]]],
  // Appositives
  ["appositive: 英伟达CEO黄仁勋", "英伟达CEO黄仁勋表示", [["Jensen Huang", "works_for", "NVIDIA"]], []],
  ["appositive: X大学 Y 实验室", "加州大学圣迭戈分校Biwei Huang实验室推出Causal-Copilot", [["Biwei Huang", "works_for", "加州大学圣迭戈分校"]], []],
  ["appositive: X 教授 Y", "沃顿商学院教授Ethan Mollick表示", [["Ethan Mollick", "works_for", "沃顿商学院"]], []],
  ["appositive: Coinbase CEO Brian Armstrong", "Coinbase CEO Brian Armstrong said", [["Brian Armstrong", "works_for", "Coinbase"]], []],
  ["appositive: X, the startup founded by Y", "Thinking Machines, the startup founded by Mira Murati, raised $2B", [["Mira Murati", "founded", "Thinking Machines Lab"]], []],
  ["appositive: 联合创始人 is both", "Anthropic联合创始人Jack Clark表示", [["Jack Clark", "founded", "Anthropic"], ["Jack Clark", "works_for", "Anthropic"]], []],
  ["appositive: 创始人 founded, no more", "比特微创始人杨作兴", [["杨作兴", "founded", "比特微"]], [["杨作兴", "works_for", "比特微"]]],
  // A repository id: its owner made the model, whatever organisation the model's name starts with
  ["repository owner: another", "The model is comparable to mookiezi/Discord-Micae-Hermes-3-3B on metrics.", [], [["Discord", "develops", "Discord-Micae-Hermes-3-3B"]]],
  ["repository owner: the maker", "Weights are at deepseek-ai/DeepSeek-V3.2 on Hugging Face.", [["DeepSeek", "develops", "DeepSeek-V3.2"]], []],
  // A generic term of several words names nothing, not even its last word
  ["generic term: Model Context Protocol", "Figma近日正式发布官方Model Context Protocol (MCP)服务。", [], [["Figma", "develops", "Protocol"]]],
  // Possessives
  ["possessive: Nvidia's Parakeet", "Nvidia's Parakeet tops the leaderboard", [["NVIDIA", "develops", "Parakeet"]], []],
  ["possessive: X 的 Y", "阿里的 Qwen3-Coder 发布", [["Alibaba", "develops", "Qwen3-Coder"]], []],
  ["possessive: X’s new Y", "Anthropic’s new **Claude Opus 4.5** tops the board", [["Anthropic", "develops", "Claude Opus 4.5"]], []],
  ["possessive of another maker's model", "Apple's Gemini-powered Siri ships in March", [], [["Apple", "develops", "Gemini"]]],
  // A maker's name right before its product's
  ["maker before: NVIDIA SOL-ExecBench", "NVIDIA SOL-ExecBench is a new benchmark for kernels.", [["NVIDIA", "develops", "SOL-ExecBench"]], []],
  ["maker before a name another maker owns: MiniMax M3", "MiniMax M3 open weights release planned for Friday.", [["MiniMax", "develops", "MiniMax-M3"]], [["Apple", "develops", "M3"]]],
  // Releases with a long description of the thing released
  ["zh: 开源了面向…的框架 Y", "火山引擎开源了面向大语言模型的强化学习框架 **verl**。", [["Volcano Engine", "develops", "verl"]], []],
  // A thing the lexicon gives another maker: not the sentence's organisation's, unless the maker is its parent.
  ["zh: 发布 a thing another maker makes", "字节跳动发布CUDA加速库。", [], [["ByteDance", "develops", "CUDA"]]],
  ["a person showing another maker's model", "Ethan Mollick展示了GPT-5.4代码能力。", [], [["Ethan Mollick", "develops", "GPT-5.4"]]],
  ["a person of the maker's house", "Teknium released Hermes Agent v0.9 today.", [["Teknium", "develops", "Hermes Agent v0.9"]], []],
  // A social platform named as where something was said is a place, not a party.
  ["a platform as the place: on X", "- **Alibaba's RynnVLA-002 Makes Waves**: Alibaba's **RynnVLA-002** was highlighted on X (formerly Twitter) in [this post](https://x.com/a/status/1).", [["Alibaba", "develops", "RynnVLA-002"]], [["RynnVLA-002", "uses", "X"]]],
  ["a platform as a party", "xAI acquired X in an all-stock deal.", [["xAI", "acquires", "X"]], []],
  ["an account on X is no maker's X", "A screenshot of the official Alibaba_Qwen X account confirmed it.", [], [["Alibaba", "develops", "X"]]],
  ["an organisation next to a known thing whose maker the lexicon does not give", "Unsloth VLLM notes; LlamaIndex Milvus search; HashiCorp's Terraform.", [], [["Unsloth", "develops", "vLLM"], ["LlamaIndex", "develops", "Milvus"]]],
  ["a maker the lexicon gives, before its thing", "Anysphere Cursor web launched.", [["Anysphere", "develops", "Cursor"]], []],
  // Packaged builds: who quantised a model did not make it
  ["packaged: by Unsloth", "gpt-oss-20b-GGUF by Unsloth is out", [], [["Unsloth", "develops", "gpt-oss-20b-GGUF"], ["Unsloth", "develops", "gpt-oss-20b"]]],
];

describe("structures: text → typed relations", () => {
  it.each(TABLE)("%s", (_name, text, must, mustNot) => {
    const found = triples(text);
    for (const t of must) expect(found).toContainEqual(t);
    for (const t of mustNot) expect(found).not.toContainEqual(t);
  });
});
