// Golden files: compared byte for byte; `UPDATE_GOLDEN=1 npx vitest run test/export` rewrites them.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";

export function expectGolden(name: string, actual: string): void {
  const path = fileURLToPath(new URL(`../golden/export/${name}`, import.meta.url));
  if (process.env.UPDATE_GOLDEN === "1" || !existsSync(path)) {
    if (process.env.CI === "true") throw new Error(`golden file ${name} is missing`);
    writeFileSync(path, actual);
  }
  expect(actual).toBe(readFileSync(path, "utf8"));
}
