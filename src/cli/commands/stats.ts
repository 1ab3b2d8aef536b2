// aikg stats [--json]: the store's overview — counts, top entities by type, largest communities.
import { stats, type Stats } from "../../query/stats.ts";
import { extractedByOthers, type Manifest } from "../../store/manifest.ts";
import type { Command } from "../command.ts";
import { EXIT } from "../errors.ts";
import { communityLines } from "./communities.ts";
import { counted, countList } from "../format/counts.ts";
import { JSON_OPTION, STORE_OPTION } from "../format/flags.ts";
import { apartLine, noteStaleAnalyses, openStore, othersLine, printJson } from "../format/open-store.ts";
import { table } from "../format/table.ts";

const byCount = <K extends string>(record: Partial<Record<K, number>>): [string, number][] =>
  (Object.entries(record) as [string, number][]).sort((a, b) => b[1] - a[1]);

function print(dir: string, manifest: Manifest, s: Stats): void {
  const evidence = Object.values(s.relationsByPredicate).reduce((n, p) => n + (p?.evidence ?? 0), 0);
  const span = s.firstSeen ? `, ${s.firstSeen} → ${s.lastSeen}` : "";
  console.log(`${dir}: ${counted(manifest.counts.digests, "digest")}${span} (updated ${manifest.updatedAt})`);
  console.log(`  entities   ${s.nodes} (${countList(byCount(s.entitiesByType))})`);
  const predicates = Object.entries(s.relationsByPredicate).map(([p, c]) => [p, c!.edges] as [string, number]).sort((a, b) => b[1] - a[1]);
  console.log(`  relations  ${counted(s.edges, "edge")}, ${counted(evidence, "piece of evidence")} (${countList(predicates)})`);
  console.log("\ntop entities by PageRank");
  const rows = Object.entries(s.topByType).map(([type, list]) => [`  ${type}`, list!.map((e) => e.name).join(", ")]);
  console.log(table(rows).join("\n"));
  const modularity = s.communities.modularity === null ? "" : `, modularity ${s.communities.modularity.toFixed(3)}`;
  console.log(`\n${counted(s.communities.count, "community")}${modularity}; the largest:`);
  console.log(communityLines(s.communities.largest).map((l) => `  ${l}`).join("\n"));
}

export const statsCommand: Command = {
  name: "stats",
  summary: "overview of the store: counts, top entities by type, largest communities",
  options: { ...STORE_OPTION, ...JSON_OPTION },
  async run(_words, flags) {
    const { dir, graph, manifest } = await openStore(flags);
    const s = stats(graph);
    noteStaleAnalyses(dir, graph, "PageRank and communities");
    const apart = apartLine(dir, manifest.extractedApart ?? []);
    if (apart) console.error(`aikg: note: ${apart}`);
    const byOthers = extractedByOthers(manifest);
    const others = othersLine(dir, byOthers);
    if (others) console.error(`aikg: note: ${others}`);
    if (flags.json) printJson({ store: dir, digests: manifest.counts.digests, updatedAt: manifest.updatedAt, extractedApart: manifest.extractedApart ?? [], extractedByOthers: byOthers, ...s });
    else print(dir, manifest, s);
    return EXIT.ok;
  },
};
