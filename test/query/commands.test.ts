import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { communitiesCommand } from "../../src/cli/commands/communities.ts";
import { pathCommand } from "../../src/cli/commands/path.ts";
import { statsCommand } from "../../src/cli/commands/stats.ts";
import { topCommand } from "../../src/cli/commands/top.ts";
import { whoCommand } from "../../src/cli/commands/who.ts";
import { EXIT, UserError } from "../../src/cli/errors.ts";
import { fixtureStore, runCommand } from "./cli-helpers.ts";

let store: string;
beforeAll(async () => {
  store = await fixtureStore();
});
afterAll(() => rmSync(join(store, ".."), { recursive: true, force: true }));

const rejection = async (work: Promise<unknown>): Promise<UserError> => {
  const err = await work.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(UserError);
  return err as UserError;
};

describe("aikg who", () => {
  it("finds the same entity by either script and any case", async () => {
    const zh = await runCommand(whoCommand, ["谷歌"], { store, json: true });
    const en = await runCommand(whoCommand, ["google"], { store, json: true });
    expect(zh.code).toBe(EXIT.ok);
    expect(zh.out).toBe(en.out);
  });

  it("prints the documented --json shape", async () => {
    const { out } = await runCommand(whoCommand, ["Anthropic"], { store, json: true });
    const result = JSON.parse(out);
    expect(Object.keys(result)).toEqual(["entity", "neighbours"]);
    expect(Object.keys(result.entity)).toEqual(["id", "name", "type", "aliases"]);
    const first = result.neighbours[0];
    expect(Object.keys(first)).toEqual(["id", "name", "type", "relations"]);
    expect(Object.keys(first.relations[0])).toEqual(["predicate", "direction", "weight", "evidence"]);
    expect(Object.keys(first.relations[0].evidence[0])).toEqual(["doc", "date", "text", "url", "title"]);
  });

  it("prints neighbours grouped by predicate, with evidence and date", async () => {
    const { out } = await runCommand(whoCommand, ["google"], { store });
    const lines = out.split("\n");
    expect(lines[0]).toBe("Google (organization) · also: Google AI, 谷歌");
    const invests = lines.indexOf("invests_in →");
    expect(invests).toBeGreaterThan(0);
    // The sentence, then the title of the digest it is from.
    expect(lines[invests + 1]).toMatch(/^ {2}Anthropic +organization +×1 +2025-06-03 +谷歌追加投资 Anthropic。 {2}— \S.*$/);
    expect(lines.indexOf("co_mention ↔")).toBeGreaterThan(invests);
  });

  it("fails with close names and exit code 1 when nothing is called that", async () => {
    const err = await rejection(runCommand(whoCommand, ["Antropic"], { store }));
    expect(err.exitCode).toBe(EXIT.partial);
    expect(err.message).toBe("no entity named 'Antropic'; did you mean: Anthropic?");
  });

  it.each([
    [{ depth: "3" }, /--depth must be 1 or 2/],
    [{ type: "robot" }, /--type must be one of organization, person/],
    [{ since: "June" }, /--since must be a date/],
    [{ limit: "-1" }, /--limit must be a whole number/],
  ])("rejects bad flags %o", async (flags, message) => {
    const err = await rejection(runCommand(whoCommand, ["google"], { store, ...flags }));
    expect(err.exitCode).toBe(EXIT.usage);
    expect(err.message).toMatch(message);
  });
});

describe("aikg path", () => {
  it("prints each hop with its relation, date and evidence", async () => {
    const { code, out } = await runCommand(pathCommand, ["Sam Altman", "哈萨比斯"], { store });
    expect(code).toBe(EXIT.ok);
    const lines = out.split("\n");
    expect(lines[0]).toBe("Sam Altman → Demis Hassabis: 4 hops, 1 path shown");
    expect(lines.slice(3)).toHaveLength(4);
    expect(lines[3]).toMatch(/^ {2}Sam Altman +works_for → +OpenAI +2025-06-02 +Sam Altman, CEO of OpenAI/);
  });

  it("exits 1 when the two are not connected", async () => {
    const { code, err } = await runCommand(pathCommand, ["Microsoft", "Meta"], { store });
    expect(code).toBe(EXIT.partial);
    expect(err).toBe("aikg: no path between Microsoft and Meta within 6 hops");
  });

  it("answers in JSON with the evidence of every hop", async () => {
    const { out } = await runCommand(pathCommand, ["gpt-4o", "anthropic"], { store, json: true });
    const result = JSON.parse(out);
    expect(result.length).toBe(3);
    expect(result.paths[0].map((h: { to: { id: string } }) => h.to.id)).toEqual(["openai", "google", "anthropic"]);
    expect(result.paths[0][2].relations[0].evidence[0].text).toBe("谷歌追加投资 Anthropic。");
  });
});

describe("aikg top, communities, stats", () => {
  it("ranks by the chosen measure within a type", async () => {
    const { out } = await runCommand(topCommand, [], { store, type: "organization", by: "mentions", limit: "2" });
    const lines = out.split("\n");
    expect(lines[0]).toMatch(/^#\s+name\s+type\s+mentions\s+pagerank\s+degree\s+community$/);
    expect(lines[1]).toMatch(/^1\s+Google\s+organization\s+7\s/);
    expect(lines[2]).toMatch(/^2\s+OpenAI\s+organization\s+6\s/);
    expect(lines).toHaveLength(3);
  });

  it("lists communities largest first, and stats sums it up", async () => {
    const communities = JSON.parse((await runCommand(communitiesCommand, [], { store, json: true })).out);
    const sizes = communities.communities.map((c: { size: number }) => c.size);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(sizes.reduce((a: number, b: number) => a + b, 0)).toBe(16);
    const stats = JSON.parse((await runCommand(statsCommand, [], { store, json: true })).out);
    expect(stats).toMatchObject({ digests: 4, nodes: 16, edges: 17, firstSeen: "2025-06-01", lastSeen: "2025-06-04" });
    expect(stats.entitiesByType).toEqual({ organization: 7, model: 5, person: 3, hardware: 1 });
    expect(stats.relationsByPredicate.competes_with).toEqual({ edges: 1, evidence: 2 });
    const text = (await runCommand(statsCommand, [], { store })).out;
    expect(text).toMatch(/entities {3}16 \(organization 7, model 5, person 3, hardware 1\)/);
  });

  it("says there is no store, with exit code 3", async () => {
    const err = await rejection(runCommand(statsCommand, [], { store: join(store, "..", "nothing") }));
    expect(err.exitCode).toBe(EXIT.input);
    expect(err.message).toMatch(/^no store in .*nothing; run 'aikg build/);
  });
});
