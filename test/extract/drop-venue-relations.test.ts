// A social platform named as the place something was said is no party to it: the place test on
// the words around the name (data/cues/venues.json).
import { describe, expect, it } from "vitest";
import { namedAsPlace } from "../../src/extract/drop-venue-relations.ts";

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
  ])("%s (%s)", (text, name, expected) => expect(asPlace(text, name)).toBe(expected));
});
