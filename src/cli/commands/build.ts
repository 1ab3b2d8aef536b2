// aikg build <file|dir>... [--store DIR] [--json]: read digests, extract new and changed ones,
// rebuild, analyse and store the graph; a summary at the end.
import { extractDocs } from "../../extract/index.ts";
import { ingestDigests, type IngestResult } from "../../graph/ingest.ts";
import { listDigests, readDigest } from "../../read/index.ts";
import { ReadError } from "../../read/errors.ts";
import type { Doc } from "../../types.ts";
import type { Command } from "../command.ts";
import { EXIT, UserError } from "../errors.ts";
import { countList, entitiesByType, relationsByPredicate } from "../format/counts.ts";
import { JSON_OPTION, STORE_OPTION, storeDir } from "../format/flags.ts";
import { createProgress, type Progress } from "../format/progress.ts";

interface Skipped {
  file: string;
  problem: string;
}

/** Reads every digest the paths name; files that cannot be read are skipped with a reason. */
function readAll(paths: string[], progress: Progress): { docs: Doc[]; skipped: Skipped[] } {
  const { files, problems } = listDigests(paths);
  const skipped: Skipped[] = [...problems];
  const docs: Doc[] = [];
  progress.stage("reading", files.length);
  for (const file of files) {
    try {
      docs.push(readDigest(file));
    } catch (err) {
      if (!(err instanceof ReadError)) throw err;
      skipped.push({ file: err.file, problem: err.problem });
    }
    progress.tick();
  }
  return { docs, skipped };
}

function summary(dir: string, result: IngestResult<Doc>, skipped: Skipped[]) {
  const { plan, graph, manifest } = result;
  return {
    store: dir,
    wrote: result.wrote,
    digests: {
      stored: manifest.counts.digests,
      added: plan.added.map((d) => d.id),
      changed: plan.changed.map((d) => d.id),
      unchanged: plan.unchanged.length,
    },
    entities: { total: graph.order, byType: Object.fromEntries(entitiesByType(graph)) },
    relations: { total: graph.size, byPredicate: Object.fromEntries(relationsByPredicate(graph)) },
    skipped: [...skipped, ...plan.duplicates.map((d) => ({ file: d.digest.file, problem: `same content as ${d.of}` }))],
  };
}

function printSummary(s: ReturnType<typeof summary>): void {
  const { digests } = s;
  const changes = `${digests.added.length} new, ${digests.changed.length} changed, ${digests.unchanged} unchanged`;
  console.log(s.wrote ? `Built ${s.store}` : `Nothing to do: ${s.store} already holds these digests`);
  console.log(`  digests    ${digests.stored} stored (${changes})`);
  console.log(`  entities   ${s.entities.total} (${countList(Object.entries(s.entities.byType))})`);
  console.log(`  relations  ${s.relations.total} (${countList(Object.entries(s.relations.byPredicate))})`);
  if (s.skipped.length) {
    console.log(`  skipped    ${s.skipped.length}`);
    for (const { file, problem } of s.skipped) console.log(`    ${file}: ${problem}`);
  }
}

export const buildCommand: Command = {
  name: "build",
  summary: "read digests and build (or update) the knowledge graph store",
  usage: "build <file|dir>... [--store DIR] [--json]",
  options: { ...STORE_OPTION, ...JSON_OPTION },
  async run(paths, flags) {
    if (!paths.length) throw new UserError("build: name digest files or directories of digests");
    const dir = storeDir(flags);
    const progress = createProgress(!flags.json && process.stderr.isTTY === true);
    const { docs, skipped } = readAll(paths, progress);
    if (!docs.length) {
      progress.stop();
      const reasons = skipped.map((s) => `${s.file}: ${s.problem}`).join("; ");
      throw new UserError(`build: no digest could be read${reasons ? ` (${reasons})` : ""}`, EXIT.input);
    }
    let result: IngestResult<Doc>;
    try {
      result = await ingestDigests(dir, docs, (todo) => {
        progress.stage("extracting", todo.length * 2);
        const extractions = extractDocs(todo, { onDoc: () => progress.tick(), keepMentions: false });
        progress.stage("analysing", 7);
        return extractions;
      }, { onStep: () => progress.tick() });
    } finally {
      progress.stop();
    }
    const s = summary(dir, result, skipped);
    if (flags.json) console.log(JSON.stringify(s, null, 2));
    else printSummary(s);
    return skipped.length ? EXIT.partial : EXIT.ok;
  },
};
