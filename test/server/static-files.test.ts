import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { readStatic, resolveStaticPath } from "../../src/server/static-files.ts";

const root = "/srv/dist";

describe("resolveStaticPath", () => {
  test.each([
    ["/", "/srv/dist/index.html"],
    ["/index.html", "/srv/dist/index.html"],
    ["/assets/index-8rq4.js", "/srv/dist/assets/index-8rq4.js"],
    ["/assets//index.css", "/srv/dist/assets/index.css"],
    ["/assets/%69ndex.css", "/srv/dist/assets/index.css"],
  ])("serves %s as %s", (path, file) => {
    expect(resolveStaticPath(root, path)).toBe(file);
  });

  test.each([
    ["/../package.json", "dot-dot segment"],
    ["/assets/../../package.json", "dot-dot inside"],
    ["/%2e%2e/package.json", "encoded dot-dot"],
    ["/%2E%2E%2Fpackage.json", "encoded dot-dot and slash"],
    ["/%252e%252e/package.json", "double-encoded dot-dot"],
    ["/..%5cpackage.json", "encoded backslash"],
    ["/assets\\..\\x.js", "backslash"],
    ["/.sources.json", "hidden file"],
    ["/assets/.env.js", "hidden name"],
    ["/index.html%00.js", "NUL byte"],
    ["/%E0%A4%A", "malformed escape"],
    ["/server.ts", "unknown type"],
    ["/assets", "no extension"],
    ["relative.js", "no leading slash"],
    ["/C:/windows/x.js", "drive letter"],
  ])("refuses %s (%s)", (path) => {
    expect(resolveStaticPath(root, path)).toBeNull();
  });
});

describe("readStatic", () => {
  const dir = mkdtempSync(join(tmpdir(), "aikg-static-"));
  const dist = join(dir, "dist");
  mkdirSync(join(dist, "assets"), { recursive: true });
  writeFileSync(join(dist, "index.html"), "<!doctype html>");
  writeFileSync(join(dir, "secret.js"), "secret");
  symlinkSync(join(dir, "secret.js"), join(dist, "assets", "link.js"));
  mkdirSync(join(dist, "folder.js"));

  test("reads a file with its content type", async () => {
    const file = await readStatic(dist, join(dist, "index.html"));
    expect(file?.type).toBe("text/html; charset=utf-8");
    expect(file?.body.toString()).toBe("<!doctype html>");
  });

  test("refuses a symlink that leads out of the root", async () => {
    expect(await readStatic(dist, join(dist, "assets", "link.js"))).toBeNull();
  });

  test("refuses directories and missing files", async () => {
    expect(await readStatic(dist, join(dist, "folder.js"))).toBeNull();
    expect(await readStatic(dist, join(dist, "missing.js"))).toBeNull();
  });
});
