// The span rules the extractors rely on, as tables of [markdown, what is excluded, emphasis].
import { describe, expect, it } from "vitest";
import { parseDoc } from "../../src/read/index.ts";
import { docProblems, slice } from "./invariants.ts";

const read = (text: string) => {
  const doc = parseDoc(text, "t.md", "");
  expect(docProblems(doc)).toEqual([]);
  return {
    excluded: doc.excluded.map((s) => slice(doc, s)),
    emphasis: doc.emphasis.map((s) => slice(doc, s)),
    links: doc.links.map((l) => [l.label, l.url]),
  };
};

describe("excluded: not entity text", () => {
  it.each<[string, string, string[]]>([
    ["a link keeps its label", "见[Bloomberg报道](https://www.bloomberg.com/a)。", ["[", "](https://www.bloomberg.com/a)"]],
    ["an image goes whole, alt text too", "图 ![OpenAI 发布会](https://x.com/a.png) 完", ["![OpenAI 发布会](https://x.com/a.png)"]],
    ["a bare URL stops at CJK and full-width punctuation", "引用自 https://twitter.com/a/status/1）后", ["https://twitter.com/a/status/1"]],
    ["a bare URL drops trailing punctuation", "See https://example.com/a_(b).", ["https://example.com/a_(b)"]],
    ["HTML tags, not their text", "<br/>文本<video src=\"https://v.mp4\" controls></video>", ["<br/>", "<video src=\"https://v.mp4\" controls></video>"]],
    ["an HTML link keeps its label", '<a href="https://hf.co/m">google/gemma · HF</a>: card', ['<a href="https://hf.co/m">', "</a>"]],
    ["an autolink", "see <https://unsloth.ai/blog>", ["<https://unsloth.ai/blog>"]],
    ["template tags", "{% if web %} x {{ email_url }}", ["{% if web %}", "{{ email_url }}"]],
    ["a 来源 line", "### 1. 标题\n> 正文\n> 来源：https://twitter.com/a/status/1\n", ["> 来源：https://twitter.com/a/status/1"]],
    ["a bold 来源 line", "**来源**：文章内容", ["**来源**：文章内容"]],
    ["a 原文链接 line", "> [原文链接](https://news.smol.ai/issues/x/)", ["> [原文链接](https://news.smol.ai/issues/x/)"]],
    ["a Source line", "- Source: https://github.com/a/b", ["- Source: https://github.com/a/b"]],
    ["labels, not their text", "**核心洞察：** 微软加码\n**描述**：Anthropic 发布", ["核心洞察：", "描述", "："]],
    ["a fence's marker lines, not its lines", "```\nOpenAI 发布 GPT-4o\n```", ["```", "```"]],
  ])("%s", (_name, text, excluded) => {
    expect(read(text).excluded).toEqual(excluded);
  });

  it("keeps words that merely start like a label", () => {
    expect(read("来源于社区的讨论\nSource code of vLLM is open").excluded).toEqual([]);
  });
  it("keeps a post whose title starts like a label: a thousand characters say more than where it came from", () => {
    const post = `  - **[Sources: OpenAI and Anthropic quietly lobby regulators, even as Sam Altman says he supports open source](https://www.reddit.com/r/LocalLLaMA/comments/1/x/)** (Activity: 1470): ${"**OpenAI** and **Anthropic** have been lobbying regulators. ".repeat(4)}`;
    expect(read(post).excluded.some((e) => e.includes("Sam Altman"))).toBe(false);
  });
  it("excludes front matter whole", () => {
    expect(read("---\ntitle: x\ndate: 2025-01-01\n---\n\ntext").excluded).toEqual(["---\ntitle: x\ndate: 2025-01-01\n---"]);
  });
});

describe("emphasis", () => {
  it.each<[string, string, string[]]>([
    ["bold, inner text", "**谷歌**发现**DeepSeek**推理", ["谷歌", "DeepSeek"]],
    ["__bold__ at word edges only", "__Gemma 2__ and snake__case and @user__", ["Gemma 2"]],
    ["code spans", "run `llama.cpp` or ``a ` b``", ["llama.cpp", "a ` b"]],
    ["never across lines", "**open\nclose**", []],
    ["a bold link narrows to its label", "**[Claude Code](https://x.com/a)** (Activity: 5)", ["Claude Code"]],
    ["nothing inside an image or a URL", "![**x**](https://a.com/**b**) https://c.com/__d__", []],
  ])("%s", (_name, text, emphasis) => {
    expect(read(text).emphasis).toEqual(emphasis);
  });
});

describe("links", () => {
  it.each<[string, string, string[][]]>([
    ["markdown links, labels without markup", "[**GPT-4o**模型](https://openai.com/a)", [["GPT-4o模型", "https://openai.com/a"]]],
    ["a title after the URL", '[a](https://a.com "title")', [["a", "https://a.com"]]],
    ["parentheses inside a URL", "[wiki](https://en.wikipedia.org/wiki/A_(b))", [["wiki", "https://en.wikipedia.org/wiki/A_(b)"]]],
    ["a URL as its own label is listed once", "[https://a.com/x](https://a.com/x)", [["https://a.com/x", "https://a.com/x"]]],
    ["bare URLs", "见 https://github.com/a/b 和 http://c.org", [["https://github.com/a/b", "https://github.com/a/b"], ["http://c.org", "http://c.org"]]],
    ["a badge: image inside a link", "[![star](https://img/s.svg)](https://github.com/a)", [["star", "https://github.com/a"]]],
    ["not a template placeholder", "[{{ subject }}]({{ url }})", []],
  ])("%s", (_name, text, links) => {
    expect(read(text).links).toEqual(links);
  });
});
