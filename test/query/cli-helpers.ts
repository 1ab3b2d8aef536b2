// Runs a CLI command in-process against a store built from the graph fixtures, capturing output.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { vi } from "vitest";
import type { Command } from "../../src/cli/command.ts";
import { ingestDigests } from "../../src/store/ingest.ts";
import { allFixtures } from "../graph/fixtures.ts";

export interface Run {
  code: number;
  out: string;
  err: string;
}

export async function runCommand(command: Command, words: string[], flags: Record<string, string | boolean | undefined>): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => void out.push(args.join(" ")));
  const error = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void err.push(args.join(" ")));
  const write = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    out.push(String(chunk).replace(/\n$/, ""));
    return true;
  });
  try {
    const code = await command.run(words, flags);
    return { code, out: out.join("\n"), err: err.join("\n") };
  } finally {
    log.mockRestore();
    error.mockRestore();
    write.mockRestore();
  }
}

/** A store holding the four fixture digests. */
export async function fixtureStore(): Promise<string> {
  const dir = join(mkdtempSync(join(tmpdir(), "aikg-cli-")), "store");
  const docs = allFixtures().map((extraction) => ({ id: extraction.doc.id, hash: extraction.doc.hash, extraction }));
  await ingestDigests(dir, docs, (todo) => todo.map((d) => d.extraction));
  return dir;
}
