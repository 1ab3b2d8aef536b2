// The built page's files, and nothing else: a request path becomes a file only if it decodes
// cleanly, has no dot-segments or hidden names, stays under the root and has a known type.
import { readFile, realpath, stat } from "node:fs/promises";
import { extname, resolve, sep } from "node:path";

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

/** Bigger than any file Vite emits for this page; a bound, not a budget. */
export const MAX_STATIC_BYTES = 16 * 1024 * 1024;

/** Maps a raw (still percent-encoded) URL path to a file under root, or null if it may not be served. */
export function resolveStaticPath(root: string, rawPath: string): string | null {
  if (!rawPath.startsWith("/")) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  // A '%' left after one decoding is double encoding (%252e%252e): refuse rather than guess.
  if (/[\0\\%]/.test(decoded)) return null;
  const segments = decoded.split("/").filter((s) => s !== "");
  if (segments.some((s) => s.startsWith(".") || s.includes(":"))) return null;
  const relative = segments.length ? segments.join("/") : "index.html";
  if (!(extname(relative) in CONTENT_TYPES)) return null;
  const base = resolve(root);
  const file = resolve(base, relative);
  return file.startsWith(base + sep) ? file : null;
}

export interface StaticFile {
  body: Buffer;
  type: string;
  mtimeMs: number;
}

/** Reads a resolved file, re-checking the prefix after symlinks; null when it is not a servable file. */
export async function readStatic(root: string, file: string): Promise<StaticFile | null> {
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]);
    if (!realFile.startsWith(realRoot + sep)) return null;
    const info = await stat(realFile);
    if (!info.isFile() || info.size > MAX_STATIC_BYTES) return null;
    const type = CONTENT_TYPES[extname(realFile)];
    return type ? { body: await readFile(realFile), type, mtimeMs: info.mtimeMs } : null;
  } catch {
    return null;
  }
}
