// Digest text printed to a terminal through the real CLI: escape sequences, BEL, carriage
// returns and bidi overrides never reach it (JSON keeps them, escaped), and a run of thousands
// of characters is no name, so no table row is widened by one.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { leakedTrace, REPO, runCli } from "./cli.ts";

const root = mkdtempSync(join(tmpdir(), "aikg-terminal-"));
const store = join(root, "store");
const digest = join(root, "hostile_2025-03-01.md");
afterAll(() => rmSync(root, { recursive: true, force: true }));

const LONG_CHAIN = Array.from({ length: 750 }, () => "Mod").join("-");
const TEXT = [
  "# AI news 2025-03-01",
  "",
  "- OpenAI released \u001b[31mGPT-5\u001b[0m today\u0007 with Microsoft.",
  "- \u202eGoogle partnered with Anthropic\r on \u001b]0;retitled\u0007Gemini.",
  `- Meta launched ${LONG_CHAIN}-7B model with Nvidia.`,
  `- GPT-${"9".repeat(3000)} is out, says OpenAI.`,
  // Enough ordinary text that the control characters are a small share: the digest is text.
  ...Array.from({ length: 40 }, (_, i) => `- Item ${i}: researchers discussed model evaluation and training data quality.`),
  "",
].join("\n");

/** Anything a terminal acts on: C0 controls but tab and newline, DEL, C1, bidi controls. */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

beforeAll(async () => {
  writeFileSync(digest, TEXT);
  const run = await runCli(["build", digest, "--store", store], REPO);
  expect(run.code, run.stderr).toBe(0);
}, 60_000);

describe("text printed to a terminal", () => {
  it.each([
    ["who", "OpenAI"],
    ["who", "Google"],
    ["path", "Google", "Anthropic"],
    ["top"],
    ["stats"],
    ["communities"],
  ].map((args) => [args.join(" "), args] as const))("aikg %s prints no control character or bidi override", async (_title, args) => {
    const run = await runCli([...args, "--store", store], REPO);
    expect(run.code, run.stderr).toBe(0);
    expect(leakedTrace(run.stderr)).toEqual([]);
    expect(run.stdout + run.stderr).not.toMatch(UNSAFE);
  });

  it("aikg extract prints the summary clean", async () => {
    const run = await runCli(["extract", digest], REPO);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("OpenAI");
    expect(run.stdout + run.stderr).not.toMatch(UNSAFE);
  });

  it("the sentences lose the sequences, not their words", async () => {
    const run = await runCli(["who", "OpenAI", "--store", store], REPO);
    expect(run.stdout).toMatch(/OpenAI released .*GPT-5.* today with Microsoft\./);
  });

  it("--json keeps the digest's text, escaped", async () => {
    const run = await runCli(["who", "OpenAI", "--store", store, "--json"], REPO);
    expect(run.stdout).not.toMatch(UNSAFE);
    expect(run.stdout).toContain("\\u001b");
    const texts: string[] = JSON.parse(run.stdout).neighbours.flatMap((n: { relations: { evidence: { text: string }[] }[] }) => n.relations.flatMap((r) => r.evidence.map((e) => e.text)));
    // The data is the digest's: its control characters are in the parsed text.
    expect(texts.some((t) => t.includes("\u001b") && t.includes("\u0007") && t.includes("today"))).toBe(true);
    const google = await runCli(["who", "Google", "--store", store, "--json"], REPO);
    expect(google.stdout).toContain("\\u202eGoogle partnered");
  });
});

describe("names", () => {
  it("are at most 120 characters: a 3,000-character run is none", async () => {
    const run = await runCli(["extract", digest, "--format", "json"], REPO);
    const names: string[] = JSON.parse(run.stdout).entities.map((e: { name: string }) => e.name);
    expect(names).toEqual(expect.arrayContaining(["OpenAI", "Meta", "NVIDIA"]));
    expect(Math.max(...names.map((n) => n.length))).toBeLessThanOrEqual(120);
    const top = await runCli(["top", "--store", store], REPO);
    expect(Math.max(...top.stdout.split("\n").map((line) => line.length))).toBeLessThan(120);
  });
});
