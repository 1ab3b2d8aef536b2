// aikg export --format gexf|graphml|json|csv|neo4j [--out PATH]: single-file formats go to
// --out or stdout; csv and neo4j write several files into the --out directory.
import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { writeFileAtomic } from "../../store/atomic.ts";
import { EXPORT_FORMATS, MULTI_FILE_FORMATS } from "../../export/formats.ts";
import { neo4jImportCommand } from "../../export/neo4j.ts";
import type { Command } from "../command.ts";
import { EXIT, UserError } from "../errors.ts";
import { isSystemError, systemUserError } from "../system-errors.ts";
import { counted } from "../format/counts.ts";
import { choiceFlag, STORE_OPTION } from "../format/flags.ts";
import { openStore } from "../format/open-store.ts";

export const exportCommand: Command = {
  name: "export",
  summary: "write the graph as GEXF (Gephi), GraphML, JSON, CSV or Neo4j import CSV",
  options: {
    format: { value: "format", description: "the file format (required): csv and neo4j write several files into --out DIR", choices: EXPORT_FORMATS },
    out: { value: "path", description: "the file (or directory, for csv and neo4j) to write", defaultDescription: "stdout" },
    ...STORE_OPTION,
  },
  examples: ["aikg export --format gexf --out kg.gexf", "aikg export --format csv --out kg-csv/"],
  async run(words, flags) {
    if (words.length) throw new UserError(`export: takes no arguments (got '${words[0]}'); use --format and --out`);
    const format = choiceFlag("export", flags, "format", EXPORT_FORMATS);
    if (!format) throw new UserError(`export: name a --format (${EXPORT_FORMATS.join(", ")})`);
    const out = typeof flags.out === "string" ? resolve(flags.out) : undefined;
    if (MULTI_FILE_FORMATS.has(format) && !out) throw new UserError(`export: --format ${format} writes several files; name a directory with --out DIR`);
    const { graph, manifest } = await openStore(flags);
    // The writers (and graphology-gexf's XML stack) load only for this command.
    const { exportGraph } = await import("../../export/index.ts");
    const files = exportGraph(graph, format, { titleOf: (doc) => manifest.digests[doc]?.title || undefined });
    if (!out) {
      process.stdout.write(files[0]!.content);
      return EXIT.ok;
    }
    try {
      if (MULTI_FILE_FORMATS.has(format)) {
        await mkdir(out, { recursive: true });
        for (const file of files) await writeFileAtomic(join(out, file.name), file.content);
      } else await writeFileAtomic(out, files[0]!.content);
    } catch (err) {
      if (isSystemError(err)) throw systemUserError(err);
      throw new UserError(`export: cannot write ${out} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    }
    const what = MULTI_FILE_FORMATS.has(format) ? `${files.map((f) => f.name).join(", ")} in ${out}` : out;
    console.error(`aikg: wrote ${what} (${counted(graph.order, "entity")}, ${counted(graph.size, "relation")})`);
    if (format === "neo4j") console.error(`aikg: load it with: ${neo4jImportCommand(out)}`);
    return EXIT.ok;
  },
};
