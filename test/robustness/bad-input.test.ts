// Bad and unusual input through the real CLI, as a table: every case runs `node bin/aikg.js`
// in its own temp dir and checks the exit code, a clean stderr (one line per bad file, no stack
// trace) and that good files still produce output.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { leakedTrace, runCli, SAMPLES } from "./cli.ts";

type Command = "extract" | "build";

interface Expect {
  code: 0 | 1 | 3;
  /** Each must match stderr. */
  stderr?: RegExp[];
  /** Exact number of non-empty stderr lines (one per bad file). */
  stderrLines?: number;
  /** Each must match stdout. */
  stdout?: RegExp[];
}

interface Case {
  name: string;
  /** Writes the input into the case's own directory. */
  setup: (dir: string) => void;
  /** The command and the path it is given, relative to the case's directory. */
  command: [Command, string];
  expect: Expect;
}

const SAMPLE = "ainews_2025-07-15.md";
const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489", "hex");
const ZIP = Buffer.from("504b03041400000008000000210000000000000000000000000008000000612e6d64", "hex");
// "# AI日报 2025-06-01 / ## 谷歌发布模型 / 谷歌发布了新模型 Gemini 2.5 Pro。OpenAI 与微软扩大合作。" in GB18030.
const GB18030 = Buffer.from(
  "23204149c8d5b1a820323032352d30362d30310a0a232320b9c8b8e8b7a2b2bcc4a3d0cd0a0ab9c8b8e8b7a2b2bcc1cbd0c2c4a3d0cd2047656d696e6920322e352050726fa1a34f70656e414920d3ebcea2c8edc0a9b4f3bacfd7f7a1a30a",
  "hex",
);
// Bytes that are neither UTF-8 nor GB18030 (0xFF never starts a character in either).
const INVALID_UTF8 = Buffer.concat([Buffer.from("# Notes\n\nOpenAI released GPT-5 "), Buffer.from([0xff, 0xff, 0xfe, 0xc3, 0x28]), Buffer.from("\n")]);
/** A 10 KB UTF-8 digest (the sample, repeated) with two stray bytes in the middle: mostly UTF-8. */
function mostlyUtf8(): Buffer {
  const text = readFileSync(join(SAMPLES, SAMPLE));
  const whole = Buffer.concat([text, text, text]).subarray(0, 10_000);
  const at = whole.indexOf("\n", 5000) + 1;
  return Buffer.concat([whole.subarray(0, at), Buffer.from([0xff, 0xfe]), whole.subarray(at, whole.lastIndexOf("\n") + 1)]);
}
const NEWS = "# AI news 2025-03-01\n\nOpenAI released GPT-5. Google partnered with Anthropic.\n";
const MANY_FILES = 3000;

const write = (path: string, data: string | Buffer) => {
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, data);
};
const sample = (dir: string, name = SAMPLE) => copyFileSync(join(SAMPLES, SAMPLE), join(dir, name));

/** Setups, named once and used for both commands. */
const inputs = {
  missing: () => {},
  emptyDir: (d: string) => mkdirSync(join(d, "in")),
  noDigests: (d: string) => {
    write(join(d, "in", "chart.png"), PNG);
    write(join(d, "in", "meta.json"), "{}\n");
  },
  emptyFile: (d: string) => write(join(d, "empty.md"), ""),
  png: (d: string) => write(join(d, "image.md"), PNG),
  zip: (d: string) => write(join(d, "archive.md"), ZIP),
  invalidUtf8: (d: string) => write(join(d, "broken.md"), INVALID_UTF8),
  mostlyUtf8: (d: string) => write(join(d, "stray.md"), mostlyUtf8()),
  gb18030: (d: string) => write(join(d, "gb.md"), GB18030),
  bom: (d: string) => write(join(d, "bom.md"), `\uFEFF${NEWS}`),
  crlf: (d: string) => write(join(d, "crlf.md"), NEWS.replace(/\n/g, "\r\n")),
  html: (d: string) => write(join(d, "page.md"), `<!doctype html><html><body><h1>AI news</h1><p>OpenAI released GPT-5. <b>Google</b> partnered with Anthropic.</p><script>alert(1)</script></body></html>\n`),
  brokenFrontMatter: (d: string) => write(join(d, "fm.md"), `---\ntitle: "unclosed\ndate: 2025-13-45\n${NEWS}`),
  manyFiles: (d: string) => {
    mkdirSync(join(d, "in"));
    for (let i = 0; i < MANY_FILES; i++) writeFileSync(join(d, "in", `d${String(i).padStart(4, "0")}.md`), `# Note ${i}\n\nOpenAI released GPT-${i % 7}. Google partnered with Anthropic.\n`);
  },
  cjkNames: (d: string) => {
    mkdirSync(join(d, "我的 摘要"));
    sample(join(d, "我的 摘要"), "日报 1.md");
  },
  mixedBatch: (d: string) => {
    mkdirSync(join(d, "in"));
    sample(join(d, "in"));
    write(join(d, "in", "empty.md"), "");
    write(join(d, "in", "image.md"), PNG);
    write(join(d, "in", "broken.md"), INVALID_UTF8);
  },
};

const ONE_ENTITY = /OpenAI/;
const BUILT = /Built .*\n\s+digests\s+1 stored/;

const CASES: Case[] = [
  { name: "missing path", setup: inputs.missing, command: ["extract", "nope.md"], expect: { code: 3, stderr: [/^aikg: nope\.md: no such file or directory$/m], stderrLines: 1 } },
  { name: "missing path", setup: inputs.missing, command: ["build", "nope.md"], expect: { code: 3, stderr: [/nope\.md: no such file or directory/], stderrLines: 1 } },
  { name: "empty directory", setup: inputs.emptyDir, command: ["extract", "in"], expect: { code: 3, stderr: [/^aikg: in: no digests/m], stderrLines: 1 } },
  { name: "empty directory", setup: inputs.emptyDir, command: ["build", "in"], expect: { code: 3, stderr: [/in: no digests/], stderrLines: 1 } },
  { name: "directory of .png/.json only", setup: inputs.noDigests, command: ["extract", "in"], expect: { code: 3, stderr: [/^aikg: in: no digests/m], stderrLines: 1 } },
  { name: "directory of .png/.json only", setup: inputs.noDigests, command: ["build", "in"], expect: { code: 3, stderr: [/in: no digests/], stderrLines: 1 } },
  { name: "empty file", setup: inputs.emptyFile, command: ["extract", "empty.md"], expect: { code: 3, stderr: [/^aikg: empty\.md: empty file$/m], stderrLines: 1 } },
  { name: "empty file", setup: inputs.emptyFile, command: ["build", "empty.md"], expect: { code: 3, stderr: [/empty\.md: empty file/], stderrLines: 1 } },
  { name: "PNG bytes", setup: inputs.png, command: ["extract", "image.md"], expect: { code: 3, stderr: [/^aikg: image\.md: binary file/m], stderrLines: 1 } },
  { name: "PNG bytes", setup: inputs.png, command: ["build", "image.md"], expect: { code: 3, stderr: [/image\.md: binary file/], stderrLines: 1 } },
  { name: "ZIP bytes", setup: inputs.zip, command: ["extract", "archive.md"], expect: { code: 3, stderr: [/^aikg: archive\.md: binary file/m], stderrLines: 1 } },
  { name: "ZIP bytes", setup: inputs.zip, command: ["build", "archive.md"], expect: { code: 3, stderr: [/archive\.md: binary file/], stderrLines: 1 } },
  { name: "invalid UTF-8", setup: inputs.invalidUtf8, command: ["extract", "broken.md"], expect: { code: 3, stderr: [/^aikg: broken\.md: not valid UTF-8/m], stderrLines: 1 } },
  { name: "invalid UTF-8", setup: inputs.invalidUtf8, command: ["build", "broken.md"], expect: { code: 3, stderr: [/broken\.md: not valid UTF-8/], stderrLines: 1 } },
  {
    name: "two invalid bytes in 10 KB of UTF-8",
    setup: inputs.mostlyUtf8,
    command: ["extract", "stray.md"],
    expect: { code: 0, stderr: [/^aikg: stray\.md: warning: 2 invalid UTF-8 byte sequences read as U\+FFFD/m], stderrLines: 1, stdout: [/OpenAI/] },
  },
  {
    name: "two invalid bytes in 10 KB of UTF-8",
    setup: inputs.mostlyUtf8,
    command: ["build", "stray.md"],
    expect: { code: 0, stdout: [BUILT, /warnings\s+1\n\s+stray\.md: 2 invalid UTF-8 byte sequences read as U\+FFFD/] },
  },
  { name: "GB18030 Chinese digest", setup: inputs.gb18030, command: ["extract", "gb.md"], expect: { code: 0, stderrLines: 0, stdout: [/Google \(谷歌\)/, /Gemini 2\.5 Pro/, /谷歌发布了新模型/] } },
  { name: "GB18030 Chinese digest", setup: inputs.gb18030, command: ["build", "gb.md"], expect: { code: 0, stdout: [BUILT] } },
  { name: "UTF-8 with BOM", setup: inputs.bom, command: ["extract", "bom.md"], expect: { code: 0, stderrLines: 0, stdout: [ONE_ENTITY, /· AI news 2025-03-01\n/, /^[^\uFEFF]*$/] } },
  { name: "UTF-8 with BOM", setup: inputs.bom, command: ["build", "bom.md"], expect: { code: 0, stdout: [BUILT] } },
  { name: "CRLF line ends", setup: inputs.crlf, command: ["extract", "crlf.md"], expect: { code: 0, stderrLines: 0, stdout: [ONE_ENTITY, /^[^\r]*$/] } },
  { name: "CRLF line ends", setup: inputs.crlf, command: ["build", "crlf.md"], expect: { code: 0, stdout: [BUILT] } },
  { name: "HTML instead of markdown", setup: inputs.html, command: ["extract", "page.md"], expect: { code: 0, stderrLines: 0, stdout: [ONE_ENTITY] } },
  { name: "HTML instead of markdown", setup: inputs.html, command: ["build", "page.md"], expect: { code: 0, stdout: [BUILT] } },
  { name: "unclosed front matter", setup: inputs.brokenFrontMatter, command: ["extract", "fm.md"], expect: { code: 0, stderrLines: 0, stdout: [ONE_ENTITY] } },
  { name: "unclosed front matter", setup: inputs.brokenFrontMatter, command: ["build", "fm.md"], expect: { code: 0, stdout: [BUILT] } },
  { name: `${MANY_FILES} small files`, setup: inputs.manyFiles, command: ["extract", "in"], expect: { code: 0, stderrLines: 0, stdout: [/d0000\.md/, /d2999\.md/] } },
  { name: `${MANY_FILES} small files`, setup: inputs.manyFiles, command: ["build", "in"], expect: { code: 0, stdout: [new RegExp(`digests\\s+${MANY_FILES} stored`)] } },
  { name: "spaces and CJK in names", setup: inputs.cjkNames, command: ["extract", "我的 摘要"], expect: { code: 0, stderrLines: 0, stdout: [/日报 1\.md/, /OpenAI/] } },
  { name: "spaces and CJK in names", setup: inputs.cjkNames, command: ["build", "我的 摘要/日报 1.md"], expect: { code: 0, stdout: [BUILT] } },
  {
    name: "batch with bad files",
    setup: inputs.mixedBatch,
    command: ["extract", "in"],
    expect: { code: 1, stderr: [/^aikg: skipped .*empty\.md: empty file$/m, /^aikg: skipped .*image\.md: binary file/m, /^aikg: skipped .*broken\.md: not valid/m], stderrLines: 3, stdout: [/ainews_2025-07-15\.md/, /entities/] },
  },
  {
    name: "batch with bad files",
    setup: inputs.mixedBatch,
    command: ["build", "in"],
    expect: { code: 1, stdout: [BUILT, /skipped\s+3/, /empty\.md: empty file/, /image\.md: binary file/, /broken\.md: not valid/] },
  },
];

const root = mkdtempSync(join(tmpdir(), "aikg-robust-input-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function runCase(dir: string, [command, path]: [Command, string]) {
  const args = command === "build" ? [command, path, "--store", join(dir, "store")] : [command, path];
  return runCli(args, dir);
}

function check(run: Awaited<ReturnType<typeof runCli>>, expected: Expect): void {
  const context = `stdout:\n${run.stdout.slice(0, 2000)}\nstderr:\n${run.stderr.slice(0, 2000)}`;
  expect(leakedTrace(run.stderr), context).toEqual([]);
  expect(run.code, context).toBe(expected.code);
  for (const pattern of expected.stderr ?? []) expect(run.stderr, context).toMatch(pattern);
  if (expected.stderrLines !== undefined) expect(run.stderr.split("\n").filter((l) => l.trim()), context).toHaveLength(expected.stderrLines);
  for (const pattern of expected.stdout ?? []) expect(run.stdout, context).toMatch(pattern);
}

describe.concurrent("bad input through the CLI", () => {
  it.each(CASES.map((c, i) => ({ ...c, label: `${c.command[0]}: ${c.name}`, i })))("$label", async ({ setup, command, expect: expected, i }) => {
    const dir = join(root, `case-${i}`);
    mkdirSync(dir);
    setup(dir);
    check(await runCase(dir, command), expected);
    // A store is written exactly when the build read something.
    if (command[0] === "build" && expected.code !== 3) {
      const manifest = JSON.parse(readFileSync(join(dir, "store", "manifest.json"), "utf8"));
      expect(Object.keys(manifest.digests).length).toBeGreaterThan(0);
    }
  });
});

// 50 MB takes minutes to extract (~3 s per MB measured), so the default is smaller;
// AIKG_ROBUST_BIG_MB=50 runs the full size.
const BIG_MB = Number(process.env.AIKG_ROBUST_BIG_MB ?? 2);

describe("a large digest", () => {
  it(`extracts a ${BIG_MB} MB file made of repeated sample text`, { timeout: 60_000 + BIG_MB * 10_000 }, async () => {
    const dir = join(root, "big");
    mkdirSync(dir);
    const text = readFileSync(join(SAMPLES, SAMPLE));
    const copies = Math.ceil((BIG_MB * 1024 * 1024) / text.length);
    writeFileSync(join(dir, "big.md"), Buffer.concat(Array.from({ length: copies }, () => text)));
    check(await runCase(dir, ["extract", "big.md"]), { code: 0, stderrLines: 0, stdout: [/big\.md/, /OpenAI|Google|Anthropic/] });
  });
});
