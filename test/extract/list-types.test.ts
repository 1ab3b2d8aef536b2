// The members of a list are alike in type: a defaulted name among typed members of one type takes it.
import { describe, expect, it } from "vitest";
import { extractDoc } from "../../src/extract/index.ts";
import { docFromText } from "../helpers/doc.ts";

const types = (text: string) => new Map(extractDoc(docFromText(text, "ainews-en")).entities.map((e) => [e.name, e.type]));

describe("a list's defaulted member takes its typed members' type", () => {
  it("reads a company named among companies as one", () => {
    expect(types("Commenters pointed out that companies like **Adobe, Cisco, Palantir**, and even **DoorDash** joined.").get("DoorDash")).toBe("organization");
  });

  it("needs two typed members that agree", () => {
    expect(types("They compared **Adobe** and **DoorDash** on margins.").get("DoorDash")).toBe("product");
    expect(types("Lists like **Adobe, GPT-5**, and **DoorDash** mix kinds.").get("DoorDash")).toBe("product");
  });
});
