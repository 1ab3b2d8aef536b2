// Table tests: a sentence in, the typed relations the cue patterns must find in it.
import { describe, expect, it } from "vitest";
import { extractDoc } from "../../src/extract/index.ts";
import { toJson } from "../../src/extract/to-json.ts";
import { docFromText } from "../helpers/doc.ts";

type Triple = [string, string, string];

const TABLE: [string, Triple[]][] = [
  ["Z.ai 发布的 GLM-4.7-Flash 成为本地推理新宠", [["Z.ai", "develops", "GLM-4.7-Flash"]]],
  ["据报道，微软 CEO 萨提亚·纳德拉介入", [["Satya Nadella", "works_for", "Microsoft"]]],
  ["Dario Amodei (Anthropic CEO) 表示", [["Dario Amodei", "works_for", "Anthropic"]]],
  ["Node.js之父Ryan Dahl认为", [["Ryan Dahl", "founded", "Node.js"]]],
  ["Meta 投资 Scale AI 143 亿美元", [["Meta", "invests_in", "Scale AI"]]],
  ["Google与Khan Academy合作推出学习工具", [["Google", "partners_with", "Khan Academy"]]],
  ["OpenAI 宣布收购 Statsig", [["OpenAI", "acquires", "Statsig"]]],
  ["马斯克起诉 OpenAI", [["Elon Musk", "sues", "OpenAI"]]],
  ["LFM2.5-1.2B-Thinking 支持 llama.cpp、MLX 和 vLLM 等推理框架", [["LFM2.5-1.2B-Thinking", "uses", "llama.cpp"], ["LFM2.5-1.2B-Thinking", "uses", "MLX"], ["LFM2.5-1.2B-Thinking", "uses", "vLLM"]]],
  ["We ran Gemma 4 31B on an RTX 5090 yesterday.", [["Gemma 4 31B", "uses", "RTX 5090"]]],
  ["Qwen2.5-Coder 基于 Qwen2.5 训练", [["Qwen2.5-Coder", "based_on", "Qwen2.5"]]],
  ["Gemma 3n 仅需3GB内存，采用新型 MatFormer 架构", [["Gemma 3n", "based_on", "MatFormer"]]],
  // What a release includes is the maker's too.
  ["OpenAI发布了Deep Research API，包含o3-deep-research和o4-mini-deep-research", [["OpenAI", "develops", "o3-deep-research"], ["OpenAI", "develops", "o4-mini-deep-research"]]],
  // A maker releases at its own event: the event is no entity, the maker is the subject.
  ["GitHub Universe推出Agent HQ", [["GitHub", "develops", "Agent HQ"]]],
  ["OpenAI DevDay上发布了AgentKit", [["OpenAI", "develops", "AgentKit"]]],
  ["Meta Connect发布Ray-Ban Display", [["Meta", "develops", "Ray-Ban Display"]]],
  // A clause on the subject, then what it released, no name between; a team or lab of the maker releases for it.
  ["腾讯这次又放出大招，开源了全新的混元视频模型 HunyuanVideo 2", [["Tencent", "develops", "HunyuanVideo 2"]]],
  ["月之暗面研究团队发布了Kimi Linear", [["Moonshot AI", "develops", "Kimi Linear"]]],
  // Measured against a rival's level.
  ["Some users say GLM-4.7 is approaching Claude Opus 4.5 level performance.", [["GLM-4.7", "competes_with", "Claude Opus 4.5"]]],
  ["MiniMax M2 声称具有Claude Sonnet 4.5级别的编码能力", [["MiniMax-M2", "competes_with", "Claude Sonnet 4.5"]]],
  ["On Agent Arena, Kimi K3 Max reportedly ranks #1 among open-weight models.", [["Kimi K3 Max", "evaluated_on", "Agent Arena"]]],
  ["GLM-4.7-Flash 在 SWE-Bench 和 GPQA 等基准测试中表现最佳", [["GLM-4.7-Flash", "evaluated_on", "SWE-bench"], ["GLM-4.7-Flash", "evaluated_on", "GPQA"]]],
  ["Claude Opus 4.5 超越 GPT-5", [["Claude Opus 4.5", "competes_with", "GPT-5"]]],
  ["There is a competition between ChatGPT and Gemini.", [["ChatGPT", "competes_with", "Gemini"]]],
  ["Google DeepMind以10/12成绩排名第三（仅次于OpenAI）", [["Google DeepMind", "competes_with", "OpenAI"]]],
  ["He noted the comparative performance of GPT-5.4 and Claude Opus 4.6.", [["GPT-5.4", "competes_with", "Claude Opus 4.6"]]],
  ["OpenAI released GPT-5 today", [["OpenAI", "develops", "GPT-5"]]],
  // A possessive, then words that describe the thing: still the maker's.
  ["AMD’s perceived slower ROCm is a problem.", [["AMD", "develops", "ROCm"]]],
  ["Snowflake’s model-free SuffixDecoding wins.", [["Snowflake", "develops", "SuffixDecoding"]]],
  ["Shared chats came up in the New York Times v. OpenAI case.", [["The New York Times", "sues", "OpenAI"]]],
];

/** Sentences and relations the cue patterns must not find in them. */
const NOT_STATED: [string, Triple][] = [
  // "可在边缘设备运行的" describes what Google released: the verb is the model's, not Google's.
  ["Google推出可在边缘设备运行的Gemma 3n模型", ["Google", "uses", "Gemma 3n"]],
  // A preposition or a word of rivalry after the possessive makes the thing another's.
  ["Google's answer to GPT-5 is here.", ["Google", "develops", "GPT-5"]],
  ["OpenAI's rival Claude leads.", ["OpenAI", "develops", "Claude"]],
  // The level after a word that is no claim of the subject's ("with", "at") is another's.
  ["Kimi K2 is a cheaper alternative to Claude Sonnet 4, with Claude Opus 4-level agentic skills.", ["Claude Sonnet 4", "competes_with", "Claude Opus 4"]],
  // A name between the clause and the release: the nearer one released it.
  ["腾讯表示，阿里巴巴推出了一款新模型 Qwen3-Max", ["Tencent", "develops", "Qwen3-Max"]],
];

describe("relation extraction: sentences → typed relations", () => {
  it.each(NOT_STATED)("not in: %s", (sentence, triple) => {
    const found = toJson(extractDoc(docFromText(sentence))).relations.map((r) => [r.source, r.predicate, r.target]);
    expect(found).not.toContainEqual(triple);
  });

  it.each(TABLE)("%s", (sentence, expected) => {
    const json = toJson(extractDoc(docFromText(sentence)));
    const found = json.relations.map((r) => [r.source, r.predicate, r.target]);
    for (const t of expected) expect(found).toContainEqual(t);
    for (const r of json.relations) {
      expect(r.evidence.length).toBeGreaterThan(0);
      expect(r.reason).toMatch(/\S/);
    }
  });

  it("a list after a comma goes on or ends: the issue's 'NVIDIA Acquires SchedMD, AMD users…'; '字节跳动发布CUDA Agent' is ByteDance's own", () => {
    const found = toJson(extractDoc(docFromText("NVIDIA Acquires SchedMD, AMD users worry. 字节跳动发布CUDA Agent。"))).relations.map((r) => [r.source, r.predicate, r.target]);
    expect(found).toContainEqual(["NVIDIA", "acquires", "SchedMD"]);
    expect(found).toContainEqual(["ByteDance", "develops", "CUDA Agent"]);
    expect(found).not.toContainEqual(["NVIDIA", "acquires", "AMD"]);
    expect(found).not.toContainEqual(["ByteDance", "develops", "CUDA"]);
    const bare = toJson(extractDoc(docFromText("字节跳动发布CUDA加速库。"))).relations.map((r) => [r.source, r.predicate, r.target]);
    expect(bare).not.toContainEqual(["ByteDance", "develops", "CUDA"]);
    const listed = toJson(extractDoc(docFromText("Gemma 4 is integrated into llama.cpp, MLX, vLLM and SGLang."))).relations.map((r) => [r.source, r.predicate, r.target]);
    for (const t of ["llama.cpp", "MLX", "vLLM", "SGLang"]) expect(listed).toContainEqual(["Gemma 4", "uses", t]);
  });

  it("'vs.' compares, where 'v.' sues", () => {
    const found = toJson(extractDoc(docFromText("Benchmarks of AMD vs. Nvidia GPUs were shared."))).relations.map((r) => [r.source, r.predicate, r.target]);
    expect(found).toContainEqual(["AMD", "competes_with", "NVIDIA"]);
    expect(found.filter((r) => r[1] === "sues")).toEqual([]);
  });

  it("the clause after an anaphor is about the item's subject", () => {
    const text = "**go2rtc**摄像头流媒体\n**go2rtc**是一个流媒体应用。它整合了HomeKit、FFmpeg等多种技术";
    const found = toJson(extractDoc(docFromText(text))).relations.map((r) => [r.source, r.predicate, r.target]);
    expect(found).toContainEqual(["go2rtc", "uses", "HomeKit"]);
    expect(found).toContainEqual(["go2rtc", "uses", "FFmpeg"]);
  });

  it("relation endpoints are extracted entities", () => {
    const x = extractDoc(docFromText("微软 CEO 萨提亚·纳德拉宣布与 OpenAI 合作，并投资 Anthropic"));
    const ids = new Set(x.entities.map((e) => e.id));
    for (const r of x.relations) {
      expect(ids.has(r.source)).toBe(true);
      expect(ids.has(r.target)).toBe(true);
    }
  });
});
