// A bare version ("M2.7", "K2.5") is the short form of the one model of the digest that ends in it.
import { describe, expect, it } from "vitest";
import { extractDoc } from "../../src/extract/index.ts";
import { docFromText } from "../helpers/doc.ts";

const entities = (text: string) => extractDoc(docFromText(text, "ainews-en")).entities;

describe("bare versions fold into the one model ending in them", () => {
  it.each<[string, string, string]>([
    // The bare version is more frequent: the model still keeps its full name.
    ["MiniMax released MiniMax-M2.7 today. Users say M2.7 is fast, and M2.7 is cheap.", "M2.7", "MiniMax-M2.7"],
    ["Moonshot shipped Kimi K2.5 this week; K2.5 tops the charts.", "K2.5", "Kimi K2.5"],
  ])("%s", (text, short, full) => {
    const found = entities(text);
    const model = found.find((e) => e.name === full);
    expect(model?.aliases).toContain(short);
    expect(found.map((e) => e.name)).not.toContain(short);
  });

  it("stays apart when two models end in it", () => {
    const found = entities("MiniMax-M2.7 and GLM-M2.7 both shipped; M2.7 is the talk of the week.");
    expect(found.map((e) => e.name)).toEqual(expect.arrayContaining(["MiniMax-M2.7", "GLM-M2.7", "M2.7"]));
  });
});
