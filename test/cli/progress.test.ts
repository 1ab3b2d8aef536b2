// `aikg build --timings`: one line per stage and part, each part once even when workers overlap.
import { describe, expect, it } from "vitest";
import { createTimings } from "../../src/cli/format/progress.ts";

const labels = (lines: string[]) => lines.map((l) => l.replace(/^\s*[\d.]+ s\s+/, "").replace(/\s+[\d.]+ s$/, ""));

describe("createTimings", () => {
  it("prints each stage and each part once, in order, with times", () => {
    const lines: string[] = [];
    const t = createTimings((line) => lines.push(line));
    t.stage("reading", 3);
    t.tick();
    t.stage("extracting", 4);
    t.tick("pass 1");
    t.tick("pass 2"); // one worker is ahead…
    t.tick("pass 1"); // …the other is not: no new line
    t.tick("pass 2");
    t.stage("analysing", 2);
    t.tick("build");
    t.tick("layout");
    t.stop();
    expect(labels(lines)).toEqual(["reading", "extracting: pass 1", "extracting: pass 2", "analysing: build", "analysing: layout"]);
    for (const line of lines) expect(line).toMatch(/^\s*\d+\.\d s  .+ \d+\.\d s$/);
  });

  it("prints nothing when no stage began", () => {
    const lines: string[] = [];
    createTimings((line) => lines.push(line)).stop();
    expect(lines).toEqual([]);
  });
});
