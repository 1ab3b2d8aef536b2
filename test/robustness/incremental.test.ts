// Adding a digest to a store through the real CLI folds it in as a full build would place it:
// a name seen once as a product and three times as a model in the new digest is a model (the
// fold once kept the stored node's type), and `who` answers exactly what it answers after
// `build --full`. The analyses the fold does not recompute are said to be stale, with the command
// that recomputes them.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { leakedTrace, REPO, runCli, SAMPLES } from "./cli.ts";

const root = mkdtempSync(join(tmpdir(), "aikg-incremental-"));
const store = join(root, "store");
const digests = join(root, "digests");
afterAll(() => rmSync(root, { recursive: true, force: true }));

const PRODUCT = "# AI news 2025-12-10\n\n## Apps\n\n- OpenAI 发布了 Zorblax 应用，面向手机用户。\n- 微软推出了 Quillix 产品。\n";
const MODEL = "# AI news 2025-12-20\n\n## Models\n\n- Zorblax 模型在编程上超过了 GPT-4o。\n- Zorblax 模型开源了权重，Zorblax 模型可以在单卡运行。\n";

async function cli(...args: string[]) {
  const run = await runCli([...args, "--store", store], REPO);
  expect(leakedTrace(run.stderr)).toEqual([]);
  expect(run.code, run.stderr).toBe(0);
  return run;
}

beforeAll(async () => {
  mkdirSync(digests);
  cpSync(SAMPLES, digests, { recursive: true });
  writeFileSync(join(digests, "extra_2025-12-10.md"), PRODUCT);
  await cli("build", digests);
  writeFileSync(join(digests, "extra_2025-12-20.md"), MODEL);
}, 120_000);

describe("a digest added to a store", () => {
  it("is folded in as a full build places it, and the stale analyses are named", { timeout: 120_000 }, async () => {
    const added = JSON.parse((await cli("build", join(digests, "extra_2025-12-20.md"), "--json")).stdout);
    expect(added).toMatchObject({ incremental: true, pending: 1 });
    const folded = JSON.parse((await cli("who", "Zorblax", "--json")).stdout);
    expect(folded.entity).toMatchObject({ name: "Zorblax", type: "model" });
    const top = await cli("top", "--limit", "3");
    expect(top.stderr).toMatch(/^aikg: note: PageRank and communities predate the last digest added; 'aikg repair --store .*' recomputes them/);

    const full = JSON.parse((await cli("build", digests, "--full", "--json")).stdout);
    expect(full).toMatchObject({ incremental: false, pending: 0 });
    expect(JSON.parse((await cli("who", "Zorblax", "--json")).stdout)).toEqual(folded);
    expect(JSON.parse((await cli("who", "OpenAI", "--json")).stdout).entity.type).toBe("organization");
    expect((await cli("top", "--limit", "3")).stderr).toBe("");
  });
});

describe("the last digest removed", () => {
  it("leaves an empty store that every command reads, and a build fills it again", { timeout: 60_000 }, async () => {
    const alone = join(root, "alone");
    const run = (args: string[], code = 0) =>
      runCli([...args, "--store", alone], REPO).then((r) => {
        expect(leakedTrace(r.stderr)).toEqual([]);
        expect(r.code, r.stderr).toBe(code);
        return r;
      });
    await run(["build", join(SAMPLES, "wechat_2025-04-01.md")]);
    expect((await run(["remove", "wechat_2025-04-01"])).stdout).toMatch(/0 digests, 0 entities, 0 relations remain/);
    expect(JSON.parse((await run(["stats", "--json"])).stdout)).toMatchObject({ digests: 0, nodes: 0, edges: 0 });
    await run(["top"]);
    await run(["who", "OpenAI"], 1);
    expect(JSON.parse((await run(["build", join(SAMPLES, "wechat_2025-04-01.md"), "--json"])).stdout).digests).toMatchObject({ stored: 1, added: ["wechat_2025-04-01"] });
  });
});

describe("build --full after adds", () => {
  // Quarry (an ordinary English word: alone, a weak guess) is a name only where a cue types it (the
  // first digest); the second digest names it bare, and finds it only among digests that learnt
  // it, extracted together.
  const CUED = "# AI资讯日报 2025/12/1\n\n## 模型\n\n1. **Quarry发布推理模型**\n   Quarry发布了新的推理模型，Quarry创始人表示领先，Quarry公司将开源。\n";
  const BARE = "# AI资讯日报 2025/12/2\n\n## 动态\n\n1. **团队扩招**\n   据报道 Quarry 正在扩招，OpenAI 也在招人。\n";

  it("extracts every digest given again, as one corpus: the graph a first build of them makes", { timeout: 90_000 }, async () => {
    const dir = join(root, "learnt");
    mkdirSync(dir);
    writeFileSync(join(dir, "hubtoday_2025-12-02.md"), BARE);
    const run = async (...args: string[]) => {
      const r = await runCli(args, REPO);
      expect(leakedTrace(r.stderr)).toEqual([]);
      expect(r.code, r.stderr).toBe(0);
      return r.stdout;
    };
    const later = join(root, "later");
    await run("build", dir, "--store", later);
    writeFileSync(join(dir, "hubtoday_2025-12-01.md"), CUED);
    await run("build", dir, "--store", later);
    // The bare digest names OpenAI beside it: a co-mention, once it finds Quarry.
    const besideOpenAI = async (store: string) =>
      (JSON.parse(await run("who", "Quarry", "--store", store, "--json")).neighbours as { name: string }[]).some((n) => n.name === "OpenAI");
    // Added later, the cued digest teaches the name to the stored one only when both are extracted again.
    expect(await besideOpenAI(later)).toBe(false);
    // … and the store says so, with the command that spreads them.
    expect(JSON.parse(await run("stats", "--store", later, "--json")).extractedApart).toEqual(["hubtoday_2025-12-01"]);
    const noted = await runCli(["stats", "--store", later], REPO);
    expect(noted.stderr).toContain(`aikg: note: names learnt from 1 digest added, changed or removed on its own (hubtoday_2025-12-01) are not looked for in the others; 'aikg build <all the digests> --full --store ${later}' extracts them all again as one corpus`);
    const full = JSON.parse(await run("build", dir, "--store", later, "--full", "--json"));
    expect(full.digests).toMatchObject({ unchanged: 2, reextracted: 2, added: [] });
    expect(await besideOpenAI(later)).toBe(true);
    expect(full.extractedApart).toEqual([]);

    const first = join(root, "first");
    await run("build", dir, "--store", first);
    expect(await run("export", "--format", "json", "--store", later)).toBe(await run("export", "--format", "json", "--store", first));
  });
});

describe("digests extracted by another version of the extractors", () => {
  it("are said by build and stats, with the command that extracts them again, which clears them", { timeout: 90_000 }, async () => {
    const store = join(root, "updated");
    const run = async (...args: string[]) => {
      const r = await runCli(args, REPO);
      expect(leakedTrace(r.stderr)).toEqual([]);
      expect(r.code, r.stderr).toBe(0);
      return r;
    };
    await run("build", SAMPLES, "--store", store);
    expect(JSON.parse((await run("stats", "--store", store, "--json")).stdout).extractedByOthers).toEqual([]);
    // An older aikg recorded another fingerprint for one digest, and none for another (stores written before fingerprints).
    const path = join(store, "manifest.json");
    const manifest = JSON.parse(readFileSync(path, "utf8")) as { digests: Record<string, { extractor?: string }> };
    const [older, unsaid] = Object.keys(manifest.digests).sort();
    manifest.digests[older!]!.extractor = "0000000000000000";
    delete manifest.digests[unsaid!]!.extractor;
    writeFileSync(path, JSON.stringify(manifest));
    const stats = await run("stats", "--store", store, "--json");
    expect(JSON.parse(stats.stdout).extractedByOthers).toEqual([older, unsaid]);
    expect(stats.stderr).toContain(`aikg: note: 2 digests (${older}, ${unsaid}) were extracted by another version of aikg's extractors, and the graph mixes their findings with this one's; 'aikg build <all the digests> --full --store ${store}' extracts them again`);
    expect((await run("build", SAMPLES, "--store", store)).stdout).toContain("  extractors 2 digests");
    const full = JSON.parse((await run("build", SAMPLES, "--store", store, "--full", "--json")).stdout);
    expect(full.extractedByOthers).toEqual([]);
    expect((await run("stats", "--store", store)).stderr).not.toContain("another version");
  });
});
