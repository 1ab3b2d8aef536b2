import { describe, expect, it } from "vitest";
import { findDate } from "../../src/read/date.ts";
import { parseDoc } from "../../src/read/index.ts";

describe("findDate", () => {
  it.each([
    ["hubtoday_2025-06-01.md", "2025-06-01"],
    ["ainews-en_2025-04-16_2.md", "2025-04-16"],
    ["AI资讯日报 2025/9/1", "2025-09-01"],
    ["AI洞察日报 2025年6月1日", "2025-06-01"],
    ["AI行业速递 - 2026年01月22日", "2026-01-22"],
    ["twitter_ai_20260122_20260122", "2026-01-22"],
    ["2025-04-02T06:14:34.413400Z", "2025-04-02"],
    ["2026-01-22 16:01:36 +0800", "2026-01-22"],
    ["2024.05.14 notes", "2024-05-14"],
    ["2025-02-30 is no day, 2025-03-01 is", "2025-03-01"],
    ["2024-02-29", "2024-02-29"],
    ["2023-02-29", null],
    ["06-01-日报-AI资讯日报", null],
    ["2025/9-1 mixed separators", null],
    ["order 123456789 and 1234-56-78", null],
    ["", null],
  ])("%s → %s", (input, expected) => {
    expect(findDate(input)).toBe(expected);
  });
});

describe("parseDoc date fallback", () => {
  it("prefers front matter over the title and the file name", () => {
    const text = "---\ntitle: AI资讯日报 2025/9/1\ndate: 2025-09-02\n---\n\n- item\n";
    expect(parseDoc(text, "notes_2025-09-03.md", "").date).toBe("2025-09-02");
  });
  it("takes the title when the front matter has no date", () => {
    const text = "---\ntitle: AI资讯日报 2025/9/1\n---\n\n- item\n";
    expect(parseDoc(text, "notes_2025-09-03.md", "").date).toBe("2025-09-01");
  });
  it("takes the file name when neither has one", () => {
    expect(parseDoc("# Notes\n\n- item\n", "dir/notes_20250903.md", "").date).toBe("2025-09-03");
  });
  it("is null when nothing gives one", () => {
    expect(parseDoc("# Notes\n\n- item\n", "notes.md", "").date).toBeNull();
  });
});
