import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { beforeEach, describe, expect, test } from "vitest";
import { staleReason } from "../../src/server/web-build.ts";

let repo: string;
let web: string;
const OLD = new Date("2025-01-01T00:00:00Z");
const BUILT = new Date("2025-02-01T00:00:00Z");
const NEW = new Date("2025-03-01T00:00:00Z");

function write(path: string, text: string, time: Date): void {
  const file = join(repo, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  utimesSync(file, time, time);
}

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), "aikg-webbuild-"));
  web = join(repo, "web");
  write("web/main.ts", "main", OLD);
  write("src/types.ts", "types", OLD);
  write("package-lock.json", "{}", OLD);
  write("web/dist/.sources.json", JSON.stringify(["src/types.ts", "web/main.ts"]), BUILT);
  write("web/dist/index.html", "<!doctype html>", BUILT);
});

describe("staleReason", () => {
  test("is null when the bundle is newer than everything it was built from", async () => {
    expect(await staleReason(web, repo)).toBeNull();
  });

  test("names a bundled source outside web/ that changed", async () => {
    write("src/types.ts", "types 2", NEW);
    expect(await staleReason(web, repo)).toBe("src/types.ts changed");
  });

  test("notices a new file under web/", async () => {
    write("web/panels/new.ts", "new", NEW);
    expect(await staleReason(web, repo)).toBe("web/panels/new.ts changed");
  });

  test("notices a bundled source that is gone", async () => {
    rmSync(join(repo, "src/types.ts"));
    expect(await staleReason(web, repo)).toBe("src/types.ts is gone");
  });

  test("notices new dependencies", async () => {
    write("package-lock.json", "{ }", NEW);
    expect(await staleReason(web, repo)).toBe("package-lock.json changed");
  });

  test("asks for a build when dist or its source list is missing", async () => {
    rmSync(join(web, "dist/.sources.json"));
    expect(await staleReason(web, repo)).toBe("web/dist has no source list");
    rmSync(join(web, "dist"), { recursive: true });
    expect(await staleReason(web, repo)).toBe("web/dist is missing");
  });
});
