// aikg extract <file|dir> [--format json] [--out DIR]
import { mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "../command.ts";
import { EXIT, UserError } from "../errors.ts";
import { choiceFlag } from "../format/flags.ts";
import { printJson } from "../format/open-store.ts";
import { listDigests, readDigestWarned } from "../../read/index.ts";
import { ReadError } from "../../read/errors.ts";
import { extractDocs } from "../../extract/corpus.ts";
import { toJson } from "../../extract/to-json.ts";
import { summarise } from "../../extract/summary.ts";
import { writeFileAtomic } from "../../store/atomic.ts";
import type { Doc } from "../../types.ts";

export const extractCommand: Command = {
  name: "extract",
  summary: "extract entities and relations from digests (a readable summary, or JSON)",
  arguments: [{ name: "<paths...>", description: "digest files and directories of digests (.md, .markdown, .txt)" }],
  options: {
    format: { value: "format", description: "summary: readable text; json: the evaluation's gold format with spans, evidence and reasons", default: "summary", choices: ["summary", "json"] },
    out: { value: "dir", description: "write one <digest-stem>.json per digest into this directory (needed for JSON of several digests)", defaultDescription: "stdout" },
  },
  examples: ["aikg extract digest.md", "aikg extract digests/ --format json --out out/"],
  async run(paths, flags) {
    const format = choiceFlag("extract", flags, "format", ["summary", "json"]) ?? "summary";
    if (!paths.length) throw new UserError("extract: name a digest file or a directory of digests");
    const single = paths.length === 1 && isFile(paths[0]!);
    const out = flags.out === undefined ? undefined : String(flags.out);
    if (format === "json" && !single && !out) throw new UserError("extract: --out DIR is required to write JSON for several digests");

    const { files, problems } = listDigests(paths);
    const docs: Doc[] = [];
    for (const file of files) {
      try {
        const { doc, warnings } = readDigestWarned(file);
        docs.push(doc);
        for (const warning of warnings) console.error(`aikg: ${file}: warning: ${warning}`);
      } catch (err) {
        if (!(err instanceof ReadError)) throw err;
        problems.push({ file: err.file, problem: err.problem });
      }
    }
    if (!docs.length && problems.length) {
      for (const p of problems) console.error(`aikg: ${p.file}: ${p.problem}`);
      return EXIT.input;
    }
    const extractions = extractDocs(docs);
    const texts = new Map(docs.map((d) => [d.id, d.text]));
    if (out) mkdirSync(out, { recursive: true });
    for (const x of extractions) {
      if (format === "json" && out) await writeFileAtomic(join(out, `${x.doc.id}.json`), `${JSON.stringify(toJson(x, texts.get(x.doc.id)), null, 2)}\n`);
      else if (format === "json") printJson(toJson(x, texts.get(x.doc.id)));
      else console.log(`${summarise(x)}\n`);
    }
    if (out) console.error(`aikg: wrote ${extractions.length} extraction${extractions.length === 1 ? "" : "s"} to ${out}`);
    for (const p of problems) console.error(`aikg: skipped ${p.file}: ${p.problem}`);
    return problems.length ? EXIT.partial : EXIT.ok;
  },
};

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
