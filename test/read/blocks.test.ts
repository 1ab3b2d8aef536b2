// Block structure, as [markdown, blocks as "kind first-last" line ranges].
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../src/read/markdown/document.ts";

const blocks = (text: string): string[] => parseMarkdown(text).blocks.map((b) => `${b.kind} ${b.first}-${b.last}`);

describe("blocks", () => {
  it.each<[string, string, string[]]>([
    ["a heading, a paragraph, a rule", "## A\ntext\nmore\n\n---", ["heading 0-0", "paragraph 1-2", "hr 4-4"]],
    ["numbered entries with lazy body lines", "1. **A**\nbody\n<br/>![i](u)<br/>\n\n2. **B**\nbody", ["list 0-2", "list 4-5"]],
    ["entries with no blank between", "1. A\nbody\n2. B", ["list 0-1", "list 2-2"]],
    ["nested bullets after a blank stay in the entry", "  - **A**\n\n    - sub one\n    - sub two\n\n  - **B**", ["list 0-3", "list 5-5"]],
    ["indented continuation", "1.  A\n    <br/> ![i](u) <br/>\n    [more](u)\n2.  B", ["list 0-2", "list 3-3"]],
    ["a quote with a lazy attribution line", "> body\n来源：文章内容\n\n---", ["quote 0-1", "hr 3-3"]],
    ["an unclosed fence is text", "```\nline", ["paragraph 0-1"]],
    ["a table", "| a | b |\n| --- | --- |\n| 1 | 2 |", ["table 0-2"]],
    ["a number alone on a line is text", "divisible by\n128.\n", ["paragraph 0-1"]],
    ["bold is not a bullet, *** is a rule", "**bold** start\n***", ["paragraph 0-0", "hr 1-1"]],
  ])("%s", (_name, text, expected) => {
    expect(blocks(text).sort()).toEqual([...expected].sort());
  });

  it("keeps code in a fence that holds no headings", () => {
    expect(blocks("```\n摘要一\n摘要二\n```")).toEqual(["fence 0-3"]);
  });

  it("reads a digest wrapped whole in a fence as markdown", () => {
    expect(blocks("```\n## 十大AI新闻要点\n\n### 1. A\n> b\n```")).toEqual([
      "fence 0-0",
      "heading 1-1",
      "heading 3-3",
      "quote 4-4",
      "fence 5-5",
    ]);
  });
});
