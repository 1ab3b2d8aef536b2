// `aikg curate` through the real CLI, on the sample digests and on the seeds: each action
// changes the graph as it says (and a refused one changes nothing), then a digest added
// incrementally lands where the curation says, and a rebuild from scratch with the same digests
// and curation file gives the same graph. The seeds need ../shared (skipped without it, an error
// under CI=true). Results are read in-process from the store (loadCurated), as every command does.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { curationFile } from "../../src/curate/file.ts";
import { loadCurated, type CuratedStore } from "../../src/curate/load.ts";
import { lookup } from "../../src/query/alias-index.ts";
import { loadStore } from "../../src/store/store.ts";
import { structure } from "../graph/structure.ts";
import { faultEnv, leakedTrace, REPO, runCli, SAMPLES } from "../robustness/cli.ts";
import { hasShared, sharedPath, sharedSkipReason } from "../shared.ts";

const root = mkdtempSync(join(tmpdir(), "aikg-curate-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// A digest written for this test, dated after both corpora: it names what the curation changes.
const NEW_DIGEST = `## AI资讯日报 2026/12/1

### 产品与功能更新

1.  **谷歌**发布了新一代搜索助手，**OpenAI** 与 **Microsoft** 宣布扩大合作，双方将共同建设数据中心。

2.  **开放人工智能实验室**宣布开放新的接口，开发者可以免费试用一个月。

3.  **Claude Code** 新增了团队协作功能，并与 **GitHub** 深度集成，代码审查更快。

4.  **xAI** 发布了新的语音功能，面向所有订阅用户开放。

### 前沿研究

1.  据悉，青鸾在多项中文理解评测中表现出色，研究团队表示 Qingluan 将于下月开源权重。朱雀团队也在筹备类似的发布。
`;
const NEW_ID = "hubtoday_2026-12-01";

async function cli(args: string[], expectCode = 0) {
  const run = await runCli(args, REPO);
  expect(leakedTrace(run.stderr)).toEqual([]);
  expect(run.code, run.stderr).toBe(expectCode);
  return run;
}

const node = (s: CuratedStore, name: string): string | undefined => lookup(s.aliasIndex(), name);

function suite(corpus: string, dir: string, extra: boolean) {
  const store = join(root, corpus, "store");
  const fresh = join(root, corpus, "fresh");
  const newDir = join(root, corpus, "new");
  const file = join(store, "curation.jsonl");
  const curate = async (...args: string[]) => JSON.parse((await cli(["curate", ...args, "--store", store, "--json"])).stdout);
  const refused = async (code: number, message: RegExp, ...args: string[]) => {
    const before = readFileSync(file, "utf8");
    const run = await cli(["curate", ...args, "--store", store], code);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(readFileSync(file, "utf8")).toBe(before);
  };
  const loaded = () => loadCurated(store);

  beforeAll(async () => {
    mkdirSync(newDir, { recursive: true });
    writeFileSync(join(newDir, `${NEW_ID}.md`), NEW_DIGEST);
    await cli(["build", dir, "--store", store]);
  }, 120_000);

  it("each action changes the graph as it says; list numbers them, undo takes one back, a refusal changes nothing", { timeout: 120_000 }, async () => {
    expect(await curate("merge", "Google DeepMind", "Google", "--why", "one organisation here")).toMatchObject({ n: 1, status: "applied", entity: { name: "Google DeepMind" } });
    expect(await curate("unalias", "Google DeepMind", "Google AI")).toMatchObject({ n: 2, status: "applied" });
    expect(await curate("alias", "OpenAI", "开放人工智能实验室")).toMatchObject({ n: 3, status: "applied" });
    expect(await curate("rename", "Claude Code", "Claude Code CLI")).toMatchObject({ n: 4, entity: { name: "Claude Code CLI" } });
    expect(await curate("retype", "GitHub", "organization")).toMatchObject({ n: 5, entity: { type: "organization" } });
    expect(await curate("reject", "xAI")).toMatchObject({ n: 6, status: "applied" });
    expect(await curate("reject-relation", "OpenAI", "partners_with", "Microsoft")).toMatchObject({ n: 7, status: "applied" });
    expect(await curate("add", "青鸾", "--type", "model", "--alias", "Qingluan")).toMatchObject({ n: 8, status: "waiting" });
    expect(await curate("retype", "NVIDIA", "product")).toMatchObject({ n: 9, entity: { type: "product" } });
    expect(await curate("undo", "9")).toMatchObject({ undone: 9, decision: { action: "retype", type: "product" }, left: 8 });

    const s = await loaded();
    const google = node(s, "谷歌")!;
    expect(s.graph.getNodeAttribute(google, "name")).toBe("Google DeepMind");
    expect(node(s, "Google")).toBe(google);
    expect(node(s, "Google AI")).toBeUndefined();
    expect(node(s, "开放人工智能实验室")).toBe(node(s, "OpenAI"));
    expect(s.graph.getNodeAttribute(node(s, "Claude Code")!, "name")).toBe("Claude Code CLI");
    expect(s.graph.getNodeAttribute(node(s, "GitHub")!, "type")).toBe("organization");
    expect(s.graph.getNodeAttribute(node(s, "NVIDIA")!, "type")).toBe("organization");
    expect(node(s, "xAI")).toBeUndefined();
    expect(s.graph.hasEdge(`partners_with|${node(s, "Microsoft")}|${node(s, "OpenAI")}`) || s.graph.hasEdge(`partners_with|${node(s, "OpenAI")}|${node(s, "Microsoft")}`)).toBe(false);
    // The store's own graph is as built: the curation is applied as it is read.
    const built = await loadStore(store);
    expect(lookup(built.aliasIndex(), "xAI")).toBeDefined();

    const listed = await curate("list");
    expect(listed.map((d: { n: number; action: string; status: string }) => [d.n, d.action, d.status])).toEqual([
      [1, "merge", "applied"],
      [2, "unalias", "applied"],
      [3, "alias", "applied"],
      [4, "rename", "applied"],
      [5, "retype", "applied"],
      [6, "reject", "applied"],
      [7, "reject-relation", "applied"],
      [8, "add", "waiting"],
    ]);
    expect(listed[0]).toMatchObject({ why: "one organisation here", via: "cli", into: { name: "Google DeepMind", type: "organization" } });
    expect((await cli(["curate", "list", "--store", store])).stdout).toMatch(/^8 decisions in .*curation\.jsonl, oldest first:\n1\. .* merge 'Google' into 'Google DeepMind' +applied\n {4}why: one organisation here\n/);

    await refused(1, /curate merge: 'openai' and 'OpenAI' are one entity already \(OpenAI\): nothing to merge/, "merge", "OpenAI", "openai");
    await refused(1, /curate alias: 'Microsoft' is another entity; to make them one: aikg curate merge 'OpenAI' 'Microsoft'/, "alias", "OpenAI", "Microsoft");
    await refused(1, /curate reject: no entity named 'Zorblax Unheard'/, "reject", "Zorblax Unheard");
    await refused(1, /curate undo: no decision 12 \(8 decisions/, "undo", "12");
    await refused(2, /curate retype: the type must be one of organization, .*, not 'robot'/, "retype", "GitHub", "robot");
  });

  it("a digest added afterwards lands where the curation says (incremental build)", { timeout: 120_000 }, async () => {
    const built = JSON.parse((await cli(["build", newDir, "--store", store, "--json"])).stdout);
    expect(built).toMatchObject({ incremental: true, digests: { added: [NEW_ID] } });
    // What the new digest says without the curation: the checks below are not vacuous.
    const raw = await loadStore(store);
    const rawXai = lookup(raw.aliasIndex(), "xAI")!;
    expect(raw.graph.getNodeAttribute(rawXai, "docs")).toContain(NEW_ID);
    expect(raw.graph.edges(lookup(raw.aliasIndex(), "OpenAI")!, lookup(raw.aliasIndex(), "Microsoft")!).some((e) => e.startsWith("partners_with"))).toBe(true);

    const s = await loaded();
    const docsOf = (name: string) => s.graph.getNodeAttribute(node(s, name)!, "docs");
    expect(s.graph.getNodeAttribute(node(s, "谷歌")!, "name")).toBe("Google DeepMind");
    expect(docsOf("Google DeepMind")).toContain(NEW_ID);
    expect(node(s, "Google AI")).toBeUndefined();
    expect(docsOf("开放人工智能实验室")).toContain(NEW_ID);
    expect(node(s, "开放人工智能实验室")).toBe(node(s, "OpenAI"));
    expect(s.graph.getNodeAttribute(node(s, "Claude Code")!, "name")).toBe("Claude Code CLI");
    expect(docsOf("Claude Code CLI")).toContain(NEW_ID);
    expect(s.graph.getNodeAttribute(node(s, "GitHub")!, "type")).toBe("organization");
    expect(node(s, "xAI")).toBeUndefined();
    expect(s.graph.edges(node(s, "OpenAI")!, node(s, "Microsoft")!).some((e) => e.startsWith("partners_with"))).toBe(false);
    expect(s.graph.getNodeAttributes(node(s, "青鸾")!)).toMatchObject({ name: "青鸾", type: "model", docs: [NEW_ID] });
    expect(node(s, "Qingluan")).toBe(node(s, "青鸾"));
    expect(s.curation.outcomes.map((o) => o.status)).not.toContain("stale");
  });

  it("a rebuild from scratch with the same digests and curation file gives the same graph", { timeout: 180_000 }, async () => {
    await cli(["build", dir, newDir, "--store", fresh, "--curation", file]);
    const [a, b] = [await loaded(), await loadCurated(fresh, curationFile(fresh, file))];
    expect(structure(b.graph)).toEqual(structure(a.graph));
    // Its analyses are those of the curated graph; the incremental store's catch up on repair.
    await cli(["repair", "--store", store]);
    const exported = async (dirOf: string) => (await cli(["export", "--format", "json", "--store", dirOf, "--curation", file])).stdout;
    expect(await exported(store)).toBe(await exported(fresh));
    expect((await cli(["top", "--store", store])).stderr).toBe("");
  });

  it.runIf(extra)("a name taught later is found in the stored digests that mention it, extracted again", { timeout: 120_000 }, async () => {
    expect(node(await loaded(), "朱雀")).toBeUndefined();
    expect(await curate("add", "朱雀", "--type", "organization")).toMatchObject({ status: "waiting" });
    const built = JSON.parse((await cli(["build", dir, newDir, "--store", store, "--json"])).stdout);
    expect(built.digests).toMatchObject({ changed: [NEW_ID], retaught: [NEW_ID] });
    const s = await loaded();
    expect(s.graph.getNodeAttributes(node(s, "朱雀")!)).toMatchObject({ type: "organization", docs: [NEW_ID] });
    expect(readdirSync(join(store, "extractions")).filter((f) => f.split(".").length === 3)).toHaveLength(1);
    expect(JSON.parse((await cli(["build", dir, newDir, "--store", store, "--json"])).stdout).wrote).toBe(false);
  });

  it.runIf(extra)("a write that fails or a crash in the middle of one loses no decision", { timeout: 60_000 }, async () => {
    const before = readFileSync(file, "utf8");
    // Faults injected into the curation file's write only (its temporary file), after the lock is taken.
    const write = join(store, ".curation.jsonl");
    const full = await runCli(["curate", "reject", "Meta", "--store", store], REPO, faultEnv("ENOSPC", write));
    expect(full.code).toBe(4);
    expect(full.stderr).toMatch(/^aikg: .*curation\.jsonl: no space left on the device/);
    const crashed = await runCli(["curate", "reject", "Meta", "--store", store], REPO, faultEnv("SIGKILL", write));
    expect(crashed.signal).toBe("SIGKILL");
    expect(readFileSync(file, "utf8")).toBe(before);
    // The lock the crash left is taken over, and the decision goes in whole.
    expect(existsSync(join(store, "lock"))).toBe(true);
    expect(await curate("reject", "Meta")).toMatchObject({ status: "applied" });
    expect(readFileSync(file, "utf8").startsWith(before)).toBe(true);
  });
}

describe("aikg curate on the sample digests", () => suite("samples", SAMPLES, true));
describe.skipIf(!hasShared)(`aikg curate on the seeds${sharedSkipReason}`, () => suite("seeds", sharedPath("corpus", "seeds"), false));
