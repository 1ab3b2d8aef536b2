// Writing responses: security headers always, gzip when the client takes it and it helps,
// no body for HEAD, and plain-text errors that say what was wrong.
import type { IncomingMessage, ServerResponse } from "node:http";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { SECURITY_HEADERS } from "./security.ts";

const gzipAsync = promisify(gzip);

/** A body with its gzip form computed once, on first need, off the event loop. */
export class Payload {
  private gzipped: Promise<Buffer> | null = null;
  constructor(
    readonly body: Buffer,
    readonly type: string,
  ) {}

  /** Compresses in libuv's thread pool; call early for big bodies so no request waits for it. */
  gzip(): Promise<Buffer> {
    this.gzipped ??= gzipAsync(this.body, { level: 6 });
    return this.gzipped;
  }
}

const MIN_GZIP_BYTES = 1024;

export function send(
  req: IncomingMessage,
  res: ServerResponse,
  payload: Payload,
  headers: Record<string, string> = {},
): void {
  const acceptsGzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
  const write = (body: Buffer, gzipped: boolean): void => {
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      "Content-Type": payload.type,
      "Content-Length": String(body.length),
      Vary: "Accept-Encoding",
      ...(gzipped ? { "Content-Encoding": "gzip" } : {}),
      ...headers,
    });
    res.end(req.method === "HEAD" ? undefined : body);
  };
  if (!acceptsGzip || payload.body.length < MIN_GZIP_BYTES || payload.type === "image/png") return write(payload.body, false);
  payload.gzip().then(
    (body) => write(body, true),
    () => write(payload.body, false), // compression failing is no reason to fail the request
  );
}

/** 304: the client's copy (its If-None-Match) is current. */
export function notModified(res: ServerResponse, headers: Record<string, string>): void {
  res.writeHead(304, { ...SECURITY_HEADERS, Vary: "Accept-Encoding", ...headers });
  res.end();
}

export function fail(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  const body = Buffer.from(`${message}\n`, "utf8");
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Length": String(body.length),
    "Cache-Control": "no-store",
    ...headers,
  });
  res.end(body);
}
