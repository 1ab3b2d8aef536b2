// The explorer's evidence requests (web/api.ts), against a stub of fetch: an entity's evidence
// comes page by page, and stopping it (a correction is about to take the entity away) asks for no
// further page, aborts the one under way, and forgets what came, so the next look asks again.
import { afterEach, describe, expect, it, vi } from "vitest";
import { fetchEvidence, stopEvidence, wasStopped } from "../../web/api.ts";

interface Asked {
  url: string;
  signal: AbortSignal | undefined;
}

/** A server whose entity has `pages` pages of one relation each; a page answers when `release` is called. */
function stubServer(pages: number) {
  const asked: Asked[] = [];
  const waiting: (() => void)[] = [];
  vi.stubGlobal("fetch", (url: string, init?: RequestInit) => {
    const signal = init?.signal ?? undefined;
    asked.push({ url, signal });
    const offset = Number(new URL(url, "http://x").searchParams.get("offset") ?? 0);
    const body = { relations: [{ edge: `e${offset}`, evidence: [], evidenceKept: 0 }], next: offset + 1 < pages ? offset + 1 : null };
    return new Promise<Response>((resolve, reject) => {
      signal?.addEventListener("abort", () => reject(new DOMException("The operation was aborted.", "AbortError")));
      waiting.push(() => resolve(new Response(JSON.stringify(body), { status: 200 })));
    });
  });
  const release = async (): Promise<void> => {
    waiting.shift()?.();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { asked, release };
}

afterEach(() => vi.unstubAllGlobals());

describe("evidence requests", () => {
  it("ask for every page of an entity's relations, in turn", async () => {
    const server = stubServer(3);
    const { all } = fetchEvidence("paged");
    for (let i = 0; i < 3; i++) await server.release();
    expect([...(await all).keys()]).toEqual(["e0", "e1", "e2"]);
    expect(server.asked.map((a) => a.url)).toEqual(["/api/entity/paged", "/api/entity/paged?offset=1&limit=1000", "/api/entity/paged?offset=2&limit=1000"]);
  });

  it("once stopped, ask for no further page, abort the one under way and forget what came", async () => {
    const server = stubServer(5);
    const { first, all } = fetchEvidence("merged-away");
    await server.release();
    expect([...(await first).keys()]).toEqual(["e0"]);
    expect(server.asked).toHaveLength(2); // the second page is under way
    stopEvidence(["merged-away"]);
    expect(server.asked[1]!.signal?.aborted).toBe(true);
    const failure = await all.catch((err: unknown) => err);
    expect(wasStopped(failure)).toBe(true);
    await server.release();
    expect(server.asked).toHaveLength(2);
    // Forgotten: the next look asks the server again.
    fetchEvidence("merged-away");
    expect(server.asked).toHaveLength(3);
  });

  it("a failure that is no stop is not taken for one", () => {
    expect(wasStopped(new Error("the server answered 404"))).toBe(false);
  });
});
