// readDigest and listDigests against real files in a temporary folder.
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listDigests, readDigest, ReadError } from "../../src/read/index.ts";

let root = "";
const at = (...parts: string[]): string => join(root, ...parts);

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "aikg-read-"));
  mkdirSync(at("digests", "2025", "06"), { recursive: true });
  mkdirSync(at("digests", ".git"));
  mkdirSync(at("digests", "node_modules", "pkg"), { recursive: true });
  mkdirSync(at("empty", "sub"), { recursive: true });
  writeFileSync(at("digests", "b.md"), "## AI资讯日报 2025/6/2\n\n### 前沿研究\n\n1. **谷歌**发布新模型\n");
  writeFileSync(at("digests", "a.txt"), "Meta released Llama 3.\n");
  writeFileSync(at("digests", "C.MARKDOWN"), "# Notes\n\n- one\n");
  writeFileSync(at("digests", "2025", "06", "z.md"), "# Z\n\ntext\n");
  writeFileSync(at("digests", "photo.png"), "not taken: wrong extension");
  writeFileSync(at("digests", ".git", "x.md"), "# hidden\n");
  writeFileSync(at("digests", "node_modules", "pkg", "README.md"), "# dependency\n");
  writeFileSync(at("empty", "sub", "notes.json"), "{}");
  writeFileSync(at("report.html"), "<p>OpenAI</p>");
  symlinkSync(at("digests", "a.txt"), at("digests", "link.md"));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("listDigests", () => {
  it("walks folders for .md, .markdown and .txt in name order, skipping dot-folders and node_modules", () => {
    const { files, problems } = listDigests([at("digests")]);
    expect(problems).toEqual([]);
    expect(files.map((f) => f.slice(root.length + 1))).toEqual([
      "digests/2025/06/z.md",
      "digests/C.MARKDOWN",
      "digests/a.txt",
      "digests/b.md",
      "digests/link.md",
    ]);
  });

  it("takes a file named directly whatever its extension, once", () => {
    const { files } = listDigests([at("report.html"), at("digests", "b.md"), at("digests")]);
    expect(files[0]).toBe(at("report.html"));
    expect(files.filter((f) => f === at("digests", "b.md"))).toHaveLength(1);
  });

  it("reports missing paths and folders without digests, and goes on", () => {
    const { files, problems } = listDigests([at("missing.md"), at("empty"), at("digests", "a.txt")]);
    expect(files).toEqual([at("digests", "a.txt")]);
    expect(problems).toEqual([
      { file: at("missing.md"), problem: "no such file or directory" },
      { file: at("empty"), problem: "no digests (.md, .markdown, .txt) in this directory" },
    ]);
  });
});

describe("readDigest", () => {
  it("reads, hashes and parses a digest", () => {
    const doc = readDigest(at("digests", "b.md"));
    expect(doc).toMatchObject({ id: "b", file: "b.md", series: "hubtoday", date: "2025-06-02" });
    expect(doc.hash).toBe(createHash("sha256").update(readFileSync(at("digests", "b.md"))).digest("hex"));
    expect(doc.items.map((i) => i.heading)).toEqual(["谷歌发布新模型"]);
  });

  it("gives the same hash for the same bytes and another for other bytes", () => {
    writeFileSync(at("copy.md"), "## AI资讯日报 2025/6/2\n\n### 前沿研究\n\n1. **谷歌**发布新模型\n");
    expect(readDigest(at("copy.md")).hash).toBe(readDigest(at("digests", "b.md")).hash);
    expect(readDigest(at("digests", "a.txt")).hash).not.toBe(readDigest(at("digests", "b.md")).hash);
  });

  it.each([
    ["a missing file", "missing.md", "no such file or directory"],
    ["a directory", "digests", "is a directory, not a digest file"],
    ["a binary file", "photo.bin", "binary file (PNG image), not a digest"],
  ])("refuses %s with a ReadError naming it", (_name, name, problem) => {
    writeFileSync(at("photo.bin"), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]));
    expect(() => readDigest(at(name))).toThrow(new ReadError(at(name), problem));
    expect(() => readDigest(at(name))).toThrow(`${at(name)}: ${problem}`);
  });
});
