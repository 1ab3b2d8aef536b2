// The seed digests scored against the gold through the CLI, the interface the project is measured
// by. The floors sit just under what the extractor reaches, so a regression fails here.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { hasShared, sharedPath, sharedSkipReason } from "../shared.ts";

const FLOORS = { entities: 0.89, entitiesTyped: 0.85, relationsTyped: 0.65 };

describe.skipIf(!hasShared)(`eval on the seeds against the gold${sharedSkipReason}`, () => {
  const out = mkdtempSync(join(tmpdir(), "aikg-eval-test-"));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("scores at or above the floors", () => {
    execFileSync(process.execPath, ["bin/aikg.js", "extract", sharedPath("corpus", "seeds"), "--format", "json", "--out", out], { stdio: "pipe" });
    const report = JSON.parse(
      execFileSync(process.execPath, [sharedPath("eval", "score.mjs"), "--gold", sharedPath("eval", "gold"), "--system", out, "--json"], { encoding: "utf8" }),
    ) as { total: Record<string, { f: number }> & { missing: number } };
    expect(report.total.missing).toBe(0);
    expect(report.total.entities!.f).toBeGreaterThanOrEqual(FLOORS.entities);
    expect(report.total.entitiesTyped!.f).toBeGreaterThanOrEqual(FLOORS.entitiesTyped);
    expect(report.total.relationsTyped!.f).toBeGreaterThanOrEqual(FLOORS.relationsTyped);
  });
});
