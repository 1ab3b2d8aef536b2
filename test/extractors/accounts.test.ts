// Table tests: who a digest's structure names. A link to an x.com account names its owner when
// its label spells the handle; a Reddit comment summary opens with a user name, which is no entity.
import { describe, expect, it } from "vitest";
import { extractDoc } from "../../src/extract/index.ts";
import { parseDoc } from "../../src/read/index.ts";
import { accountName } from "../../extractors/entities/accounts/index.ts";
import { docFromText } from "../helpers/doc.ts";

const entities = (text: string) => extractDoc(parseDoc(text, "t.md", "")).entities;

describe("accounts: a link to x.com/<handle> names the account's owner", () => {
  it.each<[string, string, string]>([
    ["[Kim Monismus](https://x.com/kimmonismus/status/1) framed it as a retreat.", "kimmonismus", "person"], // the lexicon knows the handle
    ["[Jane Quill](https://x.com/janequill/status/1) framed it as a retreat.", "Jane Quill", "person"],
    ["[htihle](https://x.com/htihle/status/2) reported 87.8% on the benchmark.", "htihle", "person"],
    ["[ZainanZhou’s harness-level explanation](https://x.com/ZainanZhou/status/3) is worth reading.", "ZainanZhou", "person"],
    ["[Hynek Kydlíček](https://x.com/HKydlicek/status/4) shared results.", "Hynek Kydlíček", "person"],
    ["[ProximalHQ](https://x.com/ProximalHQ/status/5) said it ranks first.", "ProximalHQ", "organization"],
    ["[thoughtfullab](https://x.com/thoughtfullab/status/6) highlighted it.", "thoughtfullab", "organization"],
    ["[Together](https://x.com/togethercompute/status/7) shipped an endpoint.", "Together AI", "organization"],
    ["[Rohan Paul](https://x.com/rohanpaul_ai/status/8) summarized the paper.", "Rohan Paul", "person"],
  ])("%s", (text, name, type) => {
    expect(entities(text).map((e) => [e.name, e.type])).toContainEqual([name, type]);
  });

  it.each<[string, string[]]>([
    ["See the [details](https://x.com/ClaudeDevs/status/1) for more.", ["details"]],
    ["They released [code](https://x.com/code/status/2) today.", ["code"]],
    ["As [scaling01 claiming](https://x.com/scaling01/status/3) it is broken.", ["scaling01 claiming"]],
    ["[DecartAI开源Lucy Edit视频编辑模型](https://x.com/DecartAI/status/4)", ["DecartAI开源Lucy Edit视频编辑模型"]],
  ])("a label that is no account's name: %s", (text, not) => {
    const forms = entities(text).flatMap((e) => [e.name, ...e.aliases]);
    for (const n of not) expect(forms).not.toContain(n);
  });

  it.each<[string, string, string | undefined]>([
    ["Simon Willison’s post", "simonw", "Simon Willison"],
    ["MTS live", "MTSlive", "MTS live"],
    ["Azali Amirhossein et al.", "Azaliamirh", "Azali Amirhossein"],
    ["Open Agents", "nicoalbanese10", undefined],
    ["OpenAI may consider token price cuts", "kimmonismus", undefined],
    // Words after the owner's name that spell none of the handle are the label's, not the name's.
    ["OpenAI ChatGPT Atlas", "OpenAI", "OpenAI"],
    ["Goodfire AI Series B", "GoodfireAI", "Goodfire AI"],
    ["Sakana AI DroPE", "SakanaAILabs", "Sakana AI"],
  ])("accountName(%s, %s) = %s", (label, handle, name) => {
    expect(accountName(label, handle)).toBe(name);
  });
});

describe("sites: a link whose label spells its site's domain names the site's owner", () => {
  it.each<[string, string, string]>([
    ["Sources include [Quillsec](https://blog.quillsec.com/state-of-2026/) and others.", "Quillsec", "organization"],
    ["Reports from [Orcaline Security](https://orcaline.security/resources/blog/x/) agree.", "Orcaline Security", "organization"],
    ["An article from [zzvibecodedthis.com](http://zzvibecodedthis.com/) supports it.", "zzvibecodedthis.com", "organization"],
    ["A UK source: [Kestrelworks](https://www.kestrelworks.co.uk/news) says so.", "Kestrelworks", "organization"],
    ["Read [Jane Lindqvist](https://janelindqvist.net/2026/x/) on it.", "Jane Lindqvist", "person"], // a personal site
    ["The paper is on [arxiv.org](https://arxiv.org/abs/2601.1).", "arXiv", "product"], // the lexicon knows the site
  ])("%s", (text, name, type) => {
    expect(entities(text).map((e) => [e.name, e.type])).toContainEqual([name, type]);
  });

  it.each<[string, string[]]>([
    ["See the [details](https://details.io/x) for more.", ["details"]],
    ["A [Gist](https://gist.github.com/a/b) and a [demo](https://desert-dusky.vercel.app/).", ["Gist", "desert-dusky.vercel.app"]],
    ["Edit [CLAUDE.md](https://claude.md/) first.", ["CLAUDE.md"]],
    ["It loads [Quillpad](https://example.com/quillpad) too.", ["Quillpad"]], // the label is not the site's
  ])("a label that is not the site's own name: %s", (text, not) => {
    const x = entities(text);
    for (const n of not) expect(x.filter((e) => e.type === "organization" || e.type === "person").flatMap((e) => [e.name, ...e.aliases])).not.toContain(n);
  });
});

describe("recap titles: where an English digest looked names no entity of the news", () => {
  const names = (text: string) => extractDoc(docFromText(text, "ainews-en")).entities.map((e) => e.name);

  it.each<[string, string[], string[]]>([
    ["# AI Twitter Recap\n\nAnthropic shipped a model.", ["Anthropic"], ["X"]],
    ["## Less Technical AI Subreddit Recap\n\n> /r/Singularity, /r/Oobabooga, /r/OpenAI, /r/ClaudeAI\n\nOpenAI said so.", ["OpenAI"], ["text-generation-webui"]],
    ["## /r/LocalLlama + /r/localLLM Recap\n\nUsers ran Qwen3 on a Reddit-hosted demo.", ["Qwen3", "Reddit"], []],
    // A news heading that names a company is no recap title.
    ["## OpenAI DevDay Recap\n\nMany things shipped.", ["OpenAI"], []],
  ])("%s", (text, kept, dropped) => {
    const found = names(text);
    for (const n of kept) expect(found).toContain(n);
    for (const n of dropped) expect(found).not.toContain(n);
  });
});

describe("commenters: a Reddit comment summary's user name is no entity", () => {
  const recap = [
    "- **[Audio processing landed in llama-server](https://www.reddit.com/r/LocalLLaMA/comments/1/a/)**: llama.cpp added audio.",
    "",
    "    - GroundbreakingMall54 points out the significance of native audio support in llama.cpp.",
    "    - Odd-Ordinary-5922 inquires about the `--draft-max` parameter of Gemma 4.",
    "    - SomeOrdinaryKangaroo notes that the model is unlikely to be from Google.",
    "    - Teknium notes that Hermes works well.",
    "    - Nick-wilks-6537 and Artistic_Survey461 discuss whether Qwen3-Coder is better.",
    "    - Big-Info, Wanderson90 and unrealf8 express doubts about GLM-5.",
  ].join("\n");
  it("drops the user names, keeps the names they talk about and known people", () => {
    const forms = entities(recap).flatMap((e) => [e.name, ...e.aliases]);
    for (const user of ["GroundbreakingMall54", "Odd-Ordinary-5922", "SomeOrdinaryKangaroo", "Nick-wilks-6537", "Artistic_Survey461", "Big-Info", "Wanderson90", "unrealf8"]) expect(forms).not.toContain(user);
    for (const name of ["llama.cpp", "Google", "Teknium", "Qwen3-Coder", "GLM-5"]) expect(forms).toContain(name);
  });
});
