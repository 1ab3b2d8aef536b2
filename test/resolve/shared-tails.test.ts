// A bare word the lexicon reads as one maker's product names the digest's own product of another
// maker ending in it ("GitHub Copilot … Copilot"), never a family's version ("Claude 3.7 Sonnet … Sonnet").
import { describe, expect, it } from "vitest";
import { extractDoc } from "../../src/extract/index.ts";
import { docFromText } from "../helpers/doc.ts";

const names = (text: string) => extractDoc(docFromText(text, "ainews-en")).entities.map((e) => [e.name, e.aliases] as const);

describe("a bare word shared by two makers' products", () => {
  it("names the one the digest names in full", () => {
    const found = names("GitHub Copilot gets coding agents. Later, Copilot adds MCP support.");
    expect(found.find(([n]) => n === "GitHub Copilot")?.[1]).toContain("Copilot");
    expect(found.map(([n]) => n)).not.toContain("Microsoft Copilot");
  });

  it("stays the lexicon's when the digest names no other maker's", () => {
    expect(names("Microsoft says Copilot adds MCP support.").map(([n]) => n)).toContain("Microsoft Copilot");
  });

  it("folds no family into a version", () => {
    const found = names("Claude 3.7 Sonnet is out. Users say Sonnet is better at code.").map(([n]) => n);
    expect(found).toEqual(expect.arrayContaining(["Claude 3.7 Sonnet", "Claude Sonnet"]));
  });
});

describe("a maker's name and a thing's", () => {
  it("name the thing the digest reads on its own", () => {
    const found = extractDoc(docFromText("Higgsfield发布高保真图像模型Soul\n\nHiggsfield Soul提供50+预设，能生成时尚级真实感图像。")).entities;
    const soul = found.filter((e) => e.aliases.includes("Soul") || e.aliases.includes("Higgsfield Soul"));
    expect(soul.map((e) => [e.type, [...e.aliases].sort()])).toEqual([["model", ["Higgsfield Soul", "Soul"]]]);
  });
});
