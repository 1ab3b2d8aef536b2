import { describe, expect, test } from "vitest";
import { hostAllowed } from "../../src/server/security.ts";

describe("hostAllowed", () => {
  test.each([
    ["127.0.0.1:5170", "127.0.0.1", true],
    ["localhost:5170", "127.0.0.1", true],
    ["LOCALHOST", "127.0.0.1", true],
    ["[::1]:5170", "::1", true],
    ["evil.example", "127.0.0.1", false],
    ["127.0.0.1.evil.example", "127.0.0.1", false],
    [undefined, "127.0.0.1", false],
    ["graph.lan:5170", "0.0.0.0", true],
    [undefined, "0.0.0.0", true],
  ])("Host %s on a server bound to %s → %s", (header, bound, allowed) => {
    expect(hostAllowed(header, bound)).toBe(allowed);
  });
});
