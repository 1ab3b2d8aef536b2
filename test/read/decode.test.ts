import { describe, expect, it } from "vitest";
import { decode, decodeCounted, ReadError } from "../../src/read/index.ts";

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]): Uint8Array => Uint8Array.from(parts.flatMap((p) => [...p]));

describe("decode: text", () => {
  it.each([
    ["UTF-8", utf8("## AI资讯日报\nOpenAI 发布 GPT-4o"), "## AI资讯日报\nOpenAI 发布 GPT-4o"],
    ["UTF-8 with a BOM (removed)", concat(bytes(0xef, 0xbb, 0xbf), utf8("模型")), "模型"],
    ["UTF-8 with CRLF (kept)", utf8("a\r\nb"), "a\r\nb"],
    ["UTF-16 LE by BOM", bytes(0xff, 0xfe, 0x21, 0x6a, 0x8b, 0x57), "模型"],
    ["UTF-16 BE by BOM", bytes(0xfe, 0xff, 0x6a, 0x21, 0x57, 0x8b), "模型"],
    ["GB18030 (GBK bytes of 你好)", bytes(0xc4, 0xe3, 0xba, 0xc3), "你好"],
    ["GB18030 mixed with ASCII", bytes(0xc8, 0xcb, 0xb9, 0xa4, 0xd6, 0xc7, 0xc4, 0xdc, 0x20, 0x41, 0x49), "人工智能 AI"],
    ["GB18030 full-width colon", bytes(0xc4, 0xa3, 0xd0, 0xcd, 0xa3, 0xba, 0x44, 0x53), "模型：DS"],
  ])("%s", (_name, input, expected) => {
    expect(decode(input, "d.md")).toBe(expected);
  });
});

describe("decode: mostly UTF-8", () => {
  const chinese = utf8("谷歌发布了新模型 Gemini 2.5 Pro。OpenAI 与微软扩大合作。".repeat(20));
  it("reads two stray bytes in UTF-8 Chinese as U+FFFD and counts them (GB18030 would garble the rest)", () => {
    const at = chinese.indexOf(0x20); // between two characters
    const input = concat(chinese.subarray(0, at), bytes(0xff, 0xfe), chinese.subarray(at));
    const { text, replaced } = decodeCounted(input, "d.md");
    expect(replaced).toBe(2);
    expect(text).toContain("谷歌发布了新模型");
    expect(text.replace("\ufffd\ufffd", "")).toBe(new TextDecoder().decode(chinese));
  });
  it("does not count U+FFFD written in the file", () => {
    expect(decodeCounted(concat(utf8("a \ufffd b "), chinese, bytes(0xc3)), "d.md").replaced).toBe(1);
    expect(decodeCounted(utf8("a \ufffd b"), "d.md").replaced).toBe(0);
  });
  it("refuses more than 1% of the characters undecodable", () => {
    const input = concat(utf8("AI news ".repeat(10)), bytes(0xff, 0xff));
    expect(() => decode(input, "d.md")).toThrow("d.md: not valid UTF-8 or GB18030 text");
  });
});

describe("decode: refusals", () => {
  it.each([
    ["PNG magic", concat(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), utf8("rest")), "photo.png: binary file (PNG image), not a digest"],
    ["ZIP magic", concat(bytes(0x50, 0x4b, 0x03, 0x04), utf8("word/document.xml")), "photo.png: binary file (ZIP archive), not a digest"],
    ["PDF magic", utf8("%PDF-1.7\n"), "photo.png: binary file (PDF document), not a digest"],
    ["GZIP magic", bytes(0x1f, 0x8b, 0x08, 0x00), "photo.png: binary file (gzip archive), not a digest"],
    ["NUL bytes", concat(utf8("text"), bytes(0), utf8("more")), "photo.png: binary file (contains NUL bytes), not a digest"],
    ["control characters", utf8("a\u0001b\u0002c\u0003d\u0004e"), "photo.png: binary file (control characters), not a digest"],
    ["0 bytes", bytes(), "photo.png: empty file"],
    ["whitespace only", utf8(" \n\t\r\n "), "photo.png: empty file"],
    ["a BOM and nothing else", bytes(0xef, 0xbb, 0xbf), "photo.png: empty file"],
    ["neither UTF-8 nor GB18030", bytes(0x41, 0xff, 0x42), "photo.png: not valid UTF-8 or GB18030 text"],
    ["a GB18030 lead byte cut off", concat(utf8("AI "), bytes(0x81)), "photo.png: not valid UTF-8 or GB18030 text"],
    ["odd UTF-16", bytes(0xff, 0xfe, 0x21, 0x6a, 0x8b), "photo.png: not valid UTF-16 text"],
  ])("%s", (_name, input, message) => {
    expect(() => decode(input, "photo.png")).toThrow(ReadError);
    expect(() => decode(input, "photo.png")).toThrow(message);
  });

  it("names the file and the problem on the error", () => {
    try {
      decode(bytes(), "notes/empty.md");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ReadError);
      expect((error as ReadError).file).toBe("notes/empty.md");
      expect((error as ReadError).problem).toBe("empty file");
    }
  });
});
