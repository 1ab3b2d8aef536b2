// Tests that read ../shared (the corpus and the gold) skip without it, except in CI where its
// absence is an error: CI always has it beside the repo.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { resolve } from "node:path";

export const SHARED_DIR = resolve(fileURLToPath(new URL("../../shared", import.meta.url)));
export const hasShared = existsSync(SHARED_DIR);

if (!hasShared && process.env.CI === "true") {
  throw new Error(`CI=true but ${SHARED_DIR} is absent: the corpus and gold must sit beside the repo`);
}

/** Why a shared-dependent suite is skipped, for describe.skipIf titles. */
export const sharedSkipReason = hasShared ? "" : " (skipped: ../shared is absent)";
export const sharedPath = (...parts: string[]): string => resolve(SHARED_DIR, ...parts);
