// aikg build <file|dir>... [--store DIR] [--jobs N] [--full] [--json]: check the digests, extract
// new and changed ones (on worker threads), rebuild, analyse and store the graph, or fold a few
// new digests into the stored graph (see graph/fold.ts); a summary at the end.
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { extractFiles, PARALLEL_DEFAULTS } from "../../extract/parallel.ts";
import { ingestDigests, type IngestResult } from "../../store/ingest.ts";
import { storePaths } from "../../store/paths.ts";
import { hadGraph } from "../../store/repair.ts";
import { listDigests, readDigestRef, type DigestRef } from "../../read/index.ts";
import { ReadError } from "../../read/errors.ts";
import type { Command } from "../command.ts";
import { EXIT, UserError } from "../errors.ts";
import { counted, countList, entitiesByType, relationsByPredicate } from "../format/counts.ts";
import { formatNumber } from "../format/table.ts";
import { apartLine, othersLine, printJson } from "../format/open-store.ts";
import { extractedByOthers } from "../../store/manifest.ts";
import { curationFlag, integerFlag, JSON_OPTION, STORE_OPTION, storeDir, type Flags } from "../format/flags.ts";
import { readDecisions } from "../../curate/file.ts";
import { analysedCuration } from "../../curate/load.ts";
import { taughtEntries } from "../../curate/taught.ts";
import { taughtSigner, type TaughtSigner } from "../../resolve/taught.ts";
import { createProgress, createTimings, type Progress } from "../format/progress.ts";

interface Skipped {
  file: string;
  problem: string;
}

/**
 * Checks every digest the paths name; files that cannot be read are skipped with a reason, and
 * files read with a warning (invalid bytes replaced) are named with it.
 */
function checkAll(paths: string[], progress: Progress, sign?: TaughtSigner): { refs: DigestRef[]; skipped: Skipped[]; warnings: Skipped[] } {
  const { files, problems } = listDigests(paths);
  const skipped: Skipped[] = [...problems];
  const warnings: Skipped[] = [];
  const refs: DigestRef[] = [];
  progress.stage("reading", files.length);
  for (const file of files) {
    try {
      const ref = readDigestRef(file, sign);
      refs.push(ref);
      for (const problem of ref.warnings ?? []) warnings.push({ file, problem });
    } catch (err) {
      if (!(err instanceof ReadError)) throw err;
      skipped.push({ file: err.file, problem: err.problem });
    }
    progress.tick();
  }
  return { refs, skipped, warnings };
}

function summary(dir: string, result: IngestResult<DigestRef>, skipped: Skipped[], warnings: Skipped[]) {
  const { plan, graph, manifest } = result;
  const extracted = (refs: DigestRef[]) => refs.filter((d) => manifest.digests[d.id]?.hash === d.hash).map((d) => d.id);
  return {
    store: dir,
    wrote: result.wrote,
    /** New digests folded in as pending, without rebuilding the graph (see graph/fold.ts). */
    incremental: result.incremental,
    pending: manifest.pending?.length ?? 0,
    digests: {
      stored: manifest.counts.digests,
      added: extracted(plan.added),
      changed: extracted(plan.changed),
      /** Of the changed: extracted again for the names the curation teaches that they mention. */
      retaught: extracted(plan.retaught),
      unchanged: plan.unchanged.length,
      /** Of the unchanged: extracted again, with the others, by --full. */
      reextracted: result.reextracted.length,
    },
    // The incremental path does not load the graph: it tells what the new digests bring instead.
    ...(graph
      ? {
          entities: { total: graph.order, byType: Object.fromEntries(entitiesByType(graph)) },
          relations: { total: graph.size, byPredicate: Object.fromEntries(relationsByPredicate(graph)) },
        }
      : { fromNewDigests: result.added ?? { entities: 0, relations: 0 } }),
    skipped: [...skipped, ...plan.duplicates.map((d) => ({ file: d.digest.file, problem: `same content as ${d.of}` }))],
    /** Digests read all the same, with what was wrong in them. */
    warnings,
    /** What was found damaged in the store and repaired (repair.ts). */
    repaired: result.repair,
    /** Digests extracted apart from the others since all were last extracted together (Manifest.extractedApart). */
    extractedApart: manifest.extractedApart ?? [],
    /** Stored digests another version of aikg's extractors extracted (src/extract/fingerprint.ts). */
    extractedByOthers: extractedByOthers(manifest),
  };
}

function printSummary(s: ReturnType<typeof summary>): void {
  const { digests } = s;
  const retaught = digests.retaught.length ? `, ${digests.retaught.length} of them for names the curation teaches` : "";
  const again = digests.reextracted ? ` (extracted again: ${digests.reextracted === digests.unchanged ? "all" : digests.reextracted})` : "";
  const changes = `${digests.added.length} new, ${digests.changed.length} changed${retaught}, ${digests.unchanged} unchanged${again}`;
  console.log(s.wrote ? `Built ${s.store}` : `Nothing to do: ${s.store} already holds these digests`);
  console.log(`  digests    ${formatNumber(digests.stored)} stored (${changes})`);
  if ("entities" in s) {
    console.log(`  entities   ${s.entities.total} (${countList(Object.entries(s.entities.byType))})`);
    console.log(`  relations  ${s.relations.total} (${countList(Object.entries(s.relations.byPredicate))})`);
  }
  if ("fromNewDigests" in s) {
    console.log(`  new        ${counted(s.fromNewDigests.entities, "entity")} and ${counted(s.fromNewDigests.relations, "relation")} extracted, folded into the graph as it is read`);
    console.log(`  pending    ${counted(s.pending, "digest")} since the graph was last analysed as a whole (the next full build, or --full, takes them in)`);
  }
  const r = s.repaired;
  if (r.manifest) console.log(`  repaired   the manifest (${r.manifest}): put together again from the extraction files`);
  if (r.graph) console.log(`  repaired   the graph file (${r.graph}): rebuilt from the extraction files`);
  if (r.reextracted.length) console.log(`  repaired   ${counted(r.reextracted.length, "damaged extraction")}, extracted again: ${r.reextracted.join(", ")}`);
  if (r.dropped.length) {
    console.log(`  dropped    ${counted(r.dropped.length, "digest")} whose extraction was damaged and whose file was not given (build them again to put them back):`);
    for (const { file, problem } of r.dropped) console.log(`    ${file}: ${problem}`);
  }
  const learnt = apartLine(s.store, s.extractedApart);
  if (learnt) console.log(`  learnt     ${learnt}`);
  const others = othersLine(s.store, s.extractedByOthers);
  if (others) console.log(`  extractors ${others}`);
  if (s.warnings.length) {
    console.log(`  warnings   ${s.warnings.length}`);
    for (const { file, problem } of s.warnings) console.log(`    ${file}: ${problem}`);
  }
  if (s.skipped.length) {
    console.log(`  skipped    ${s.skipped.length}`);
    for (const { file, problem } of s.skipped) console.log(`    ${file}: ${problem}`);
  }
}

/** Builds (or, with `repair`, repairs) the store from the digests the paths name. */
export async function buildFrom(paths: string[], flags: Flags, options: { full: boolean; repair?: boolean }): Promise<number> {
  const dir = storeDir(flags);
  const jobs = integerFlag("build", flags, "jobs", PARALLEL_DEFAULTS.jobs);
  if (jobs > 4 * availableParallelism()) throw new UserError(`build: --jobs ${jobs} is more than this machine can use`);
  if (options.repair && !existsSync(storePaths(dir).manifest) && !hadGraph(dir)) throw new UserError(`no store in ${dir}; nothing to repair`, EXIT.input);
  const progress = flags.timings ? createTimings() : createProgress(!flags.json && process.stderr.isTTY === true);
  const decisions = await readDecisions(curationFlag(flags));
  const taught = taughtEntries(decisions);
  const sign = taught.length ? taughtSigner(taught) : undefined;
  const { refs, skipped, warnings } = paths.length ? checkAll(paths, progress, sign) : { refs: [], skipped: [], warnings: [] };
  if (!refs.length && paths.length) {
    progress.stop();
    const reasons = skipped.map((s) => `${s.file}: ${s.problem}`).join("; ");
    throw new UserError(`build: no digest could be read${reasons ? ` (${reasons})` : ""}`, EXIT.input);
  }
  let result: IngestResult<DigestRef>;
  try {
    result = await ingestDigests(dir, refs, async (todo, put) => {
      progress.stage("extracting", todo.length * 2);
      const extracted = await extractFiles(todo, put, { jobs, onDoc: (pass) => progress.tick(`pass ${pass}`), taught });
      skipped.push(...extracted.skipped);
      progress.stage("analysing", 7);
    }, { onStep: (step) => progress.tick(step), full: options.full, reextract: options.full && !options.repair, curation: analysedCuration(decisions) });
  } finally {
    progress.stop();
  }
  const s = summary(dir, result, skipped, warnings);
  if (flags.json) printJson(s);
  else printSummary(s);
  return skipped.length || result.repair.dropped.length ? EXIT.partial : EXIT.ok;
}

export const buildCommand: Command = {
  name: "build",
  summary: "read digests and build (or update) the knowledge graph store",
  arguments: [{ name: "<paths...>", description: "digest files and directories of digests (.md, .markdown, .txt)" }],
  options: {
    jobs: { value: "n", description: "extraction threads (batches under 24 digests stay on one)", defaultDescription: "this machine's cores, at most 4" },
    full: { description: "extract every digest given again, as one corpus, and rebuild and re-analyse the whole graph: the graph a first build of the same digests makes (stored digests not given keep their extractions); repairs a damaged store" },
    timings: { description: "print how long each stage took, one line each on stderr" },
    ...STORE_OPTION,
    ...JSON_OPTION,
  },
  examples: ["aikg build data/samples", "aikg build ~/digests --store ~/kg"],
  async run(paths, flags) {
    if (!paths.length) throw new UserError("build: name digest files or directories of digests");
    return buildFrom(paths, flags, { full: flags.full === true });
  },
};
