// A store from another format version, or with a damaged manifest, through the real CLI:
// exit 4, one line naming the store, and the store left as it was (store.test.ts covers the
// library's message; this covers the exit code and what the user sees). A damaged manifest is
// refused by the commands that read; those that write repair it (repair.test.ts).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { leakedTrace, runCli, SAMPLES } from "./cli.ts";
import { READABLE_VERSIONS } from "../../src/store/manifest.ts";

const MANIFESTS = {
  "another format version": { text: `${JSON.stringify({ formatVersion: 99, digests: {}, graph: "graph-x.json" })}\n`, problem: new RegExp(`store format version 99, this aikg reads version ${READABLE_VERSIONS.join(" or ")}`) },
  "a damaged manifest": { text: '{"formatVersion": 1, "digests": ', problem: /manifest\.json: not valid JSON \(cut short\?\); the store is damaged: repair it with 'aikg repair --store / },
};
const READERS = [["stats"], ["who", "OpenAI"]];
const COMMANDS = { "another format version": [...READERS, ["build", join(SAMPLES, "ainews_2025-07-15.md")], ["remove", "ainews_2025-07-15"]], "a damaged manifest": READERS };

const root = mkdtempSync(join(tmpdir(), "aikg-robust-store-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const cases = Object.entries(MANIFESTS).flatMap(([store, manifest]) =>
  COMMANDS[store as keyof typeof MANIFESTS].map((command) => ({ label: `${command[0]} on ${store}`, manifest, command })),
);

describe.concurrent("a store aikg cannot read", () => {
  it.each(cases.map((c, i) => ({ ...c, i })))("$label: exit 4, one line, store untouched", async ({ manifest, command, i }) => {
    const store = join(root, `store-${i}`);
    mkdirSync(store);
    writeFileSync(join(store, "manifest.json"), manifest.text);
    const run = await runCli([...command, "--store", store], root);
    expect(leakedTrace(run.stderr)).toEqual([]);
    expect(run.code, run.stderr).toBe(4);
    const lines = run.stderr.split("\n").filter((l) => l.trim());
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^aikg: /);
    expect(lines[0]).toContain(store);
    expect(lines[0]).toMatch(manifest.problem);
    expect(readFileSync(join(store, "manifest.json"), "utf8")).toBe(manifest.text);
  });
});
