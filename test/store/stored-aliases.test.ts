// The alias index stored in the graph file: read back, it is the index a query would build from
// the graph; a file keyed another way, or written before, is read without one; a broken one is refused.
import { describe, expect, it } from "vitest";
import { decodeGraphFile, encodeGraph } from "../../src/store/codec.ts";
import { createAliasIndex, type AliasIndex } from "../../src/query/alias-index.ts";
import { NAME_KEY_VERSION, nameKey } from "../../src/resolve/normalize.ts";
import { fixtureGraph } from "../graph/fixtures.ts";

const entries = (index: AliasIndex | undefined) => [...(index?.byKey ?? [])].sort(([a], [b]) => (a < b ? -1 : 1));

/** The file with line 1's alias index changed by `edit` (undefined drops it). */
function withAliases(edit: (aliases: Record<string, unknown>) => Record<string, unknown> | undefined): string {
  const [line1, ...evidence] = encodeGraph(fixtureGraph()).split("\n");
  const header = JSON.parse(line1!) as { aliases: Record<string, unknown> };
  return [JSON.stringify({ ...header, aliases: edit(header.aliases) }), ...evidence].join("\n");
}

describe("the stored alias index", () => {
  it("reads back as the index createAliasIndex builds from the graph", () => {
    const graph = fixtureGraph();
    const { graph: back, aliasIndex } = decodeGraphFile(encodeGraph(graph));
    expect(aliasIndex).toBeDefined();
    expect(entries(aliasIndex)).toEqual(entries(createAliasIndex(back)));
  });

  it("is left out when the file's name keys are another version's, or the file has none", () => {
    expect(decodeGraphFile(withAliases((a) => ({ ...a, keyVersion: NAME_KEY_VERSION + 1 }))).aliasIndex).toBeUndefined();
    expect(decodeGraphFile(withAliases(() => undefined)).aliasIndex).toBeUndefined();
  });

  it("refuses an index that does not add up", () => {
    expect(() => decodeGraphFile(withAliases((a) => ({ ...a, nodes: [...(a.nodes as number[]), 0] })))).toThrow(/lists \d+ nodes/);
    expect(() => decodeGraphFile(withAliases((a) => ({ ...a, nodes: (a.nodes as number[]).map(() => 99_999) })))).toThrow(/names no node \(99999\)/);
  });
});

describe("name keys", () => {
  // Graph files store keys: a change to any of these must bump NAME_KEY_VERSION (and this table).
  it.each([
    ["GLM-4.7-Flash", "glm47flash"],
    ["glm 4.7 flash", "glm47flash"],
    ["DeepSeek-R1", "deepseekr1"],
    ["ＧＯＯＧＬＥ", "google"],
    ["萨提亚·纳德拉", "萨提亚纳德拉"],
    ["“Claude” (Opus)", "claudeopus"],
    ["llama.cpp", "llamacpp"],
    ["top_p", "topp"],
    ["Gemini v2.5", "gemini25"],
    ["DeepSeek-V3.1", "deepseek31"],
    ["ExLlamaV3", "exllama3"],
    ["V100", "v100"],
    ["RWKV7", "rwkv7"],
    ["SWE‑Bench Verified", "swebenchverified"],
    ["GPT‐4o", "gpt4o"],
    // Version 4: a number and a size apart stay apart ("Qwen 2 35B" is not Qwen-235B).
    // Version 6: a "v" after a capitalised word of three letters or more marks the version ("Dinov2" is DINOv2).
    ["Dinov2", "dino2"],
    // Version 7: a size before an active-parameter count, or with a hyphen before its letter, is a size.
    ["Qwen3-30BA3B", "qwen3-30ba3b"],
    ["Gemma 4 31-B", "gemma4-31b"],
    ["Qwen 2 35B", "qwen2-35b"],
    ["Qwen-235B", "qwen235b"],
    ["Gemma-3-27B", "gemma3-27b"],
    ["stable-diffusion-v1-5", "stablediffusion15"],
    // Version 5: a version's last ".0" goes ("Claude Opus 5.0" is Claude Opus 5), not one before more of it.
    ["Claude Opus 5.0", "claudeopus5"],
    ["PyTorch 2.7.0", "pytorch27"],
    ["Gemini 2.0 Flash", "gemini2flash"],
    ["CUDA 1.0.1", "cuda101"],
  ])("%s → %s (version 7)", (name, key) => {
    expect(NAME_KEY_VERSION).toBe(7);
    expect(nameKey(name)).toBe(key);
  });
});
