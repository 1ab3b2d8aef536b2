// A social platform named as the place something was said is no party to it: the place test on
// the words around the name (data/cues/venues.json).
import { describe, expect, it } from "vitest";
import { namedAsPlace } from "../../src/extract/drop-venue-relations.ts";
import { extractDoc } from "../../src/extract/index.ts";
import { docFromText } from "../helpers/doc.ts";

/** Whether the first `name` in `text` is named as a place. */
const asPlace = (text: string, name: string): boolean => {
  const at = text.indexOf(name);
  return namedAsPlace(text, at, at + name.length);
};

describe("a platform named as a place", () => {
  it.each<[string, string, boolean]>([
    ["RynnVLA-002 was highlighted on X (formerly Twitter).", "X", true],
    ["Details at this link, via Twitter.", "Twitter", true],
    ["The announcement linked Windsurf's X post.", "X", true],
    ["A Reddit thread asked about it.", "Reddit", true],
    ["Sam Altman on X.com said so.", "X", true],
    ["OpenAI在推特上宣布GPT-5.4上线。", "推特", true],
    ["有推特网友指出了问题。", "推特", true],
    ["xAI acquired X in an all-stock deal.", "X", false],
    ["Grok is integrated into X for every user.", "X", false],
    ["Reddit sues Anthropic over scraping.", "Reddit", false],
    ["马斯克在X发文称Grok 5将开源。", "X", true],
    ["字节跳动把豆包接入抖音。", "抖音", false],
    ["Grok已深度集成在X中。", "X", false],
    // News media cited as the source.
    ["Anysphere secured a $10 billion valuation (TechCrunch on Cursor's Valuation).", "TechCrunch", true],
    ["According to Bloomberg, OpenAI is raising money.", "Bloomberg", true],
    ["The Information reports that Meta hired them.", "The Information", true],
    ["据彭博社报道，字节跳动…", "彭博社", true],
    ["The New York Times sues OpenAI over training data.", "The New York Times", false],
    // App stores named as the chart an app ranked on.
    ["Claude登App Store榜首，美军中东实战使用Claude", "App Store", true],
    ["Sora 2现已成为App Store排名第一的应用", "App Store", true],
    ["Gemini冲上App Store免费榜", "App Store", true],
    ["ChatGPT topped the App Store charts again.", "App Store", true],
    ["The app hit #1 on the Google Play store.", "Google Play", true],
    ["Apple App Store rules now allow AI apps.", "App Store", false],
    ["苹果新发布的网页版App Store因配置错误泄露源码", "App Store", false],
  ])("%s (%s)", (text, name, expected) => expect(asPlace(text, name)).toBe(expected));
});

describe("a game is where an AI played, no party to a typed relation", () => {
  it.each([
    "Gemini 3 Pro beat Pokémon Crystal using 50% fewer tokens than Gemini 2.5 Pro.",
    "Google's Gemini 2.5 Pro has reportedly completed Pokémon Blue.",
    "Claude Sonnet 4.6 uses Minecraft to test agents, and GPT-5 plays Factorio.",
  ])("%s", (text) => {
    const x = extractDoc(docFromText(text, "ainews-en"));
    const games = x.entities.filter((e) => ["Pokémon", "Minecraft", "Factorio"].includes(e.name));
    expect(games.length).toBeGreaterThan(0);
    const typed = x.relations.filter((r) => r.predicate !== "co_mention");
    for (const g of games) expect(typed.filter((r) => r.source === g.id || r.target === g.id)).toEqual([]);
  });
});

describe("a community named after its owner is where something was said", () => {
  it.each<[string, string]>([
    ["Unsloth Ecosystem: LoRA, vLLM 0.11, SGLang, And New UI: Unsloth’s Discord tracked several ecosystem upgrades: vLLM released vLLM 0.11 with LoRA support.", "Unsloth"],
    ["Kimi CLI beats the IDE integration: Users in the Moonshot Discord report that the Kimi CLI is significantly better than the VS Code extension.", "Moonshot AI"],
  ])("%s", (text, owner) => {
    const x = extractDoc(docFromText(text, "ainews-en"));
    const id = x.entities.find((e) => e.name === owner)?.id;
    expect(id).toBeDefined();
    expect(x.relations.filter((r) => r.predicate !== "co_mention" && (r.source === id || r.target === id))).toEqual([]);
  });

  it("keeps what the owner does where it is named as itself", () => {
    const x = extractDoc(docFromText("Moonshot released the Kimi CLI; the Moonshot Discord loves it.", "ainews-en"));
    const names = new Map(x.entities.map((e) => [e.id, e.name]));
    expect(x.relations.map((r) => `${names.get(r.source)} ${r.predicate} ${names.get(r.target)}`)).toContain("Moonshot AI develops Kimi CLI");
  });
});
