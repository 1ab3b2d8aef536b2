// Property tests: for arbitrary text and markdown-ish digests, reading and extraction never throw,
// every mention is the exact text at its offsets, extraction is deterministic, and every
// relation joins two extracted entities.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDoc } from "../../src/read/index.ts";
import { extractDoc } from "../../src/extract/index.ts";

const NAMES = ["谷歌", "Google", "DeepSeek-R1", "GLM-4.7-Flash", "微软", "OpenAI", "马斯克", "Claude Code", "**Qwen3**", "@karpathy", "萨提亚·纳德拉", "H100"];
const GLUE = ["发布了", "与", "合作", "收购", "CEO", "基于", "在 SWE-bench 上", "支持", "，", "。", "\n", " ", "（", "）", "、", "创始人", "投资"];

const piece = fc.oneof(fc.constantFrom(...NAMES), fc.constantFrom(...GLUE), fc.string({ maxLength: 6 }), fc.string({ unit: "grapheme", maxLength: 6 }));
const line = fc.array(piece, { maxLength: 12 }).map((p) => p.join(""));
const markdownish = fc
  .array(fc.tuple(fc.constantFrom("", "## ", "### 1. ", "- ", "> ", "1. **"), line, fc.constantFrom("", " [链接](https://example.com/a)", " ![图](https://x.y/i.png)", "\r")), { maxLength: 10 })
  .map((lines) => lines.map(([a, b, c]) => a + b + c).join("\n"));
const anyText = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: "binary", maxLength: 200 }), markdownish);

function check(text: string) {
  const doc = parseDoc(text, "prop.md", "0");
  const x = extractDoc(doc);
  for (const m of x.mentions) expect(doc.text.slice(m.span.start, m.span.end)).toBe(m.text);
  const ids = new Set(x.entities.map((e) => e.id));
  for (const r of x.relations) {
    expect(ids.has(r.source) && ids.has(r.target)).toBe(true);
    expect(doc.text.slice(r.evidence.span.start, r.evidence.span.end).length).toBeGreaterThan(0);
  }
  expect(JSON.stringify(extractDoc(parseDoc(text, "prop.md", "0")))).toBe(JSON.stringify(x));
}

describe("extraction properties", () => {
  it("never throws; spans exact; deterministic; relations join extracted entities", () => {
    fc.assert(fc.property(anyText, check), { numRuns: 300 });
  });

  it("holds on digest-shaped text with CRLF line ends", () => {
    fc.assert(fc.property(markdownish, (t) => check(t.replace(/\n/g, "\r\n"))), { numRuns: 100 });
  });
});
