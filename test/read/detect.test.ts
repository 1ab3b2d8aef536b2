// Detection judges content only: each snippet carries its series' marks, and a misleading file
// name changes nothing.
import { describe, expect, it } from "vitest";
import { parseDoc, pickReader, READERS } from "../../src/read/index.ts";

const SNIPPETS: [string, string][] = [
  ["hubtoday", "## AI资讯日报 2025/9/1\n\n### **今日摘要**\n\n```\n一行摘要\n```\n\n### 产品与功能更新\n1. **X**\n\n### 前沿研究\n1. **Y**\n"],
  ["hubtoday", "---\ntitle: AI资讯日报 2026/4/26\n---\n\n## **今日摘要**\n\n### 社媒分享\n\n1. **Z**\n"],
  ["hubtoday", "# AI科技日报-2026-01-21 标题\n### **AI内容摘要**\n```\n摘要\n```\n### AI前沿研究\n1. **A**\n"],
  ["ainews-zh", "## AINews - 2026-01-13\n\n> [原文链接](https://news.smol.ai/issues/x/)\n\n## 📰 十大AI新闻要点\n\n### 1. 标题\n> 正文\n"],
  ["ainews-zh", "\n> [原文链接](https://news.smol.ai/issues/x/)\n\n## 📰 十大AI新闻要点\n\n### 1. 标题\n**描述**：正文\n"],
  ["wechat", "# 🤖 AI行业速递 - 2026年01月22日\n\n## 标题\n\n> **分类：** 市场动态\n> **来源：** [量子位](https://mp.weixin.qq.com/s/x)\n\n**核心洞察：** 正文\n"],
  ["twitter-report", '---\nlayout: post\ntitle: "twitter_ai_20260122_20260122"\n---\n\n# 人工智能主题推文报告\n\n## 简要部分\n\n### 核心信息\n1. **A**：B\n'],
  ["ainews-en", "---\ntitle: not much happened today\noriginal_slug: x\n---\n\n> AI News for 1/1/2025-1/2/2025.\n\n# AI Twitter Recap\n\n- **A**: b\n\n# AI Reddit Recap\n"],
  ["markdown", "# Notes\n\n- OpenAI shipped a model\n- Google shipped another\n"],
  ["text", "OpenAI shipped a model.\n\nGoogle shipped another.\n"],
];

describe("detection", () => {
  it.each(SNIPPETS)("%s", (series, text) => {
    expect(pickReader(text).series).toBe(series);
  });

  it.each(SNIPPETS)("%s whatever the file is called", (series, text) => {
    expect(parseDoc(text, "hubtoday_2025-06-01.md", "").series).toBe(series);
    expect(parseDoc(text, "ainews-en_2025-06-01.txt", "").series).toBe(series);
  });

  it("scores within 0..1 for every reader", () => {
    for (const reader of READERS) {
      for (const [, text] of SNIPPETS) {
        const score = reader.detect(text);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
      }
    }
  });

  it("does not take prose that names a series' sections for that series", () => {
    const prose = "这份说明提到了核心信息、详细分析部分和今日摘要这些词，以及十大AI新闻要点。\n\n- 一\n- 二\n";
    expect(pickReader(prose).series).toBe("markdown");
  });
});
