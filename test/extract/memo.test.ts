// Name memos must not keep the digests their names were sliced from alive (a build's workers
// held 221 MB instead of 74 MB when they did).
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { NameMemo, ownCopy } from "../../src/memo.ts";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

const heapMb = (): number => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1e6;
};

/** A digest-sized text, built so that V8 holds it as one flat string of its own. */
const bigText = (mb: number, seed: number): string => {
  const s = Array.from({ length: (mb * 1e6) / 40 }, (_, i) => `Model-${seed}-${i.toString(36).padStart(30, "x")}\n`).join("");
  return s.slice(0, 1) + s.slice(1); // flattened
};

describe("NameMemo", () => {
  it("remembers values and starts over when full", () => {
    const memo = new NameMemo<number>(2);
    expect(memo.through("a", () => 1)).toBe(1);
    expect(memo.through("a", () => 2)).toBe(1);
    memo.set("b", 3);
    memo.set("c", 4); // full: starts over
    expect(memo.get("a")).toBeUndefined();
    expect(memo.get("c")).toBe(4);
  });

  it("copies names, so the text they were sliced from can be collected", () => {
    const before = heapMb();
    const memo = new NameMemo<boolean>();
    for (let seed = 0; seed < 5; seed++) {
      const text = bigText(10, seed);
      memo.set(text.slice(100, 140), true); // a 40-character name: V8 would slice, not copy
    }
    expect(heapMb() - before).toBeLessThan(10); // without copies, the five texts stay: 50 MB or more
    expect(memo.get(bigText(1, 4).slice(100, 140))).toBe(true);
  });

  it("copies only what a slice would keep: short names are already copies", () => {
    expect(ownCopy("GPT-5")).toBe("GPT-5");
    expect(ownCopy("GLM-4.7-Flash-Preview")).toBe("GLM-4.7-Flash-Preview");
  });
});
