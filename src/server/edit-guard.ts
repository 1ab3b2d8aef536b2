// Who may write through the server (the explorer's corrections): only the page this server
// served, in this run. A write must come from the same origin (its Origin header is this
// server's, and a browser's Sec-Fetch-Site says same-origin), carry the per-start token the
// page was served with, and be JSON (a form elsewhere cannot send it without a preflight this
// server never grants). Writes are on for a loopback server, and for one bound to another
// address only when `aikg serve --allow-edit` says so. Each refusal says why.
import { randomBytes, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { isLoopback } from "./security.ts";

export const TOKEN_HEADER = "x-aikg-token";
const TOKEN_META = "aikg-edit-token";

export interface EditGuard {
  /** Why writes are off for everyone (a network address without --allow-edit), or null when they are on. */
  readonly off: string | null;
  /** Why this request may not write, or null when it may. */
  refuse(req: IncomingMessage): string | null;
  /** The page with the token in it (when writes are on): only the page this server served can write. */
  page(html: Buffer): Buffer;
}

/** `keeps`: whether the server has a curation to write to (a graph served alone has none). */
export function createEditGuard(host: string, allowEdit: boolean, keeps = true): EditGuard {
  const token = randomBytes(24).toString("base64url");
  const off = !keeps
    ? "this server serves a graph without a store's curation"
    : isLoopback(host) || allowEdit
      ? null
      : `this server listens on ${host} and takes no corrections; start it with 'aikg serve --host ${host} --allow-edit' to take them`;
  const matches = (given: string | undefined): boolean => {
    if (!given) return false;
    const [a, b] = [Buffer.from(given), Buffer.from(token)];
    return a.length === b.length && timingSafeEqual(a, b);
  };
  return {
    off,
    refuse(req) {
      if (off) return off;
      const origin = req.headers.origin;
      const own = `http://${req.headers.host ?? ""}`;
      if (!origin) return "a correction must come from the explorer's page (the request has no Origin)";
      if (origin !== own) return `a correction must come from the explorer's page, not from ${origin.slice(0, 200)}`;
      const site = req.headers["sec-fetch-site"];
      if (site !== undefined && site !== "same-origin") return `a correction must come from the explorer's page (Sec-Fetch-Site: ${String(site).slice(0, 50)})`;
      if (!matches(req.headers[TOKEN_HEADER] as string | undefined)) return "the edit token is missing or not this server's (reload the page: the server may have been restarted)";
      if (!/^application\/json\b/.test(req.headers["content-type"] ?? "")) return "a correction is sent as application/json";
      return null;
    },
    page(html) {
      const attribute = (text: string): string => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
      const meta = `<meta name="${TOKEN_META}" content="${off ? "" : token}"${off ? ` data-off="${attribute(off)}"` : ""} />`;
      return Buffer.from(html.toString("utf8").replace("</head>", `  ${meta}\n  </head>`), "utf8");
    },
  };
}
