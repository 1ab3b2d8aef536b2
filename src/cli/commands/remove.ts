// aikg remove <digest>... [--store DIR]: take digests (by id, file name or hash prefix) out of
// the store; the graph is rebuilt from the digests that remain.
import { removeDigests } from "../../store/ingest.ts";
import type { Command } from "../command.ts";
import { EXIT, UserError } from "../errors.ts";
import { counted } from "../format/counts.ts";
import { curationFlag, JSON_OPTION, STORE_OPTION, storeDir } from "../format/flags.ts";
import { readDecisions } from "../../curate/file.ts";
import { analysedCuration } from "../../curate/load.ts";
import { apartLine, printJson } from "../format/open-store.ts";

export const removeCommand: Command = {
  name: "remove",
  summary: "take digests out of the store (by id, file name or hash prefix)",
  arguments: [{ name: "<digests...>", description: "digest ids, file names or hash prefixes (at least 8 characters)" }],
  options: { ...STORE_OPTION, ...JSON_OPTION },
  examples: ["aikg remove hubtoday_2025-06-14"],
  async run(names, flags) {
    if (!names.length) throw new UserError("remove: name the digests to take out (id, file name or hash prefix)");
    const dir = storeDir(flags);
    const result = await removeDigests(dir, names, { curation: analysedCuration(await readDecisions(curationFlag(flags))) });
    if (flags.json) {
      const { removed, unknown, manifest, graph } = result;
      printJson({ store: dir, removed, unknown, digests: manifest.counts.digests, entities: graph.order, relations: graph.size, repaired: result.repair, extractedApart: manifest.extractedApart ?? [] });
    } else {
      if (result.removed.length) {
        console.log(`Removed ${result.removed.join(", ")} from ${dir}`);
        console.log(`  ${counted(result.manifest.counts.digests, "digest")}, ${counted(result.graph.order, "entity")}, ${counted(result.graph.size, "relation")} remain`);
        const learnt = apartLine(dir, result.manifest.extractedApart ?? []);
        if (learnt) console.log(`  learnt     ${learnt}`);
      }
      for (const name of result.unknown) console.error(`aikg: no digest '${name}' in ${dir}`);
      const { manifest: m, graph: g, dropped } = result.repair;
      if (m) console.log(`  repaired the manifest (${m}): put together again from the extraction files`);
      if (g) console.log(`  repaired the graph file (${g}): rebuilt from the extraction files`);
      for (const d of dropped) console.log(`  dropped ${d.file}: ${d.problem} (build it again to put it back)`);
    }
    return result.unknown.length || result.repair.dropped.length ? EXIT.partial : EXIT.ok;
  },
};
