// The extraction scored against the annotated digests through the CLI, the interface the project
// is measured by: the seeds (gold/) and the dev digests (gold-dev/), each digest extracted with a
// relation model trained without it (out-of-fold, as npm run eval reports). The floors sit just
// under what the extractor reaches, so a regression fails here.
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { hasShared, sharedSkipReason } from "../shared.ts";

interface Totals {
  entities: { f: number };
  entitiesTyped: { f: number };
  relationsTyped: { p: number; r: number; f: number };
  missing: number;
  outOfFold: boolean;
}

const FLOORS: Record<string, { entities: number; entitiesTyped: number; relationsTyped: number; relationPrecision: number }> = {
  seeds: { entities: 0.92, entitiesTyped: 0.87, relationsTyped: 0.70, relationPrecision: 0.72 },
  dev: { entities: 0.87, entitiesTyped: 0.84, relationsTyped: 0.51, relationPrecision: 0.72 },
};

describe.skipIf(!hasShared)(`eval on the annotated digests, out-of-fold${sharedSkipReason}`, () => {
  it("scores at or above the floors", { timeout: 240_000 }, () => {
    const reports = JSON.parse(execFileSync(process.execPath, ["scripts/eval.mjs", "--json"], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] })) as Record<string, Totals>;
    for (const [set, floor] of Object.entries(FLOORS)) {
      const t = reports[set]!;
      expect(t.outOfFold).toBe(true);
      expect(t.missing).toBe(0);
      expect(t.entities.f, `${set} entities`).toBeGreaterThanOrEqual(floor.entities);
      expect(t.entitiesTyped.f, `${set} typed entities`).toBeGreaterThanOrEqual(floor.entitiesTyped);
      expect(t.relationsTyped.f, `${set} typed relations`).toBeGreaterThanOrEqual(floor.relationsTyped);
      expect(t.relationsTyped.p, `${set} relation precision`).toBeGreaterThanOrEqual(floor.relationPrecision);
    }
  });
});
