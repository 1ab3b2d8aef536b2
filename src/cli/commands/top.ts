// aikg top [--type T] [--by pagerank|degree|mentions|betweenness|weightedDegree] [--limit N] [--json]
import { top, TOP_MEASURES, type RankedEntity, type TopMeasure } from "../../query/top.ts";
import type { Command } from "../command.ts";
import { EXIT } from "../errors.ts";
import { choiceFlag, integerFlag, JSON_OPTION, STORE_OPTION, TYPE_OPTION, typeFlag } from "../format/flags.ts";
import { noteStaleAnalyses, openStore, printJson } from "../format/open-store.ts";
import { formatNumber, table } from "../format/table.ts";

const COLUMNS: readonly TopMeasure[] = ["pagerank", "mentions", "degree"];

/** The ranking measure first, then the usual ones it is not. */
export function rankingTable(entities: RankedEntity[], by: TopMeasure): string[] {
  const measures = [by, ...COLUMNS.filter((m) => m !== by)];
  const header = ["#", "name", "type", ...measures, "community"];
  const rows = entities.map((e, i) => [String(i + 1), e.name, e.type, ...measures.map((m) => formatNumber(e[m])), String(e.community ?? "")]);
  return table([header, ...rows], ["right", "left", "left", ...measures.map(() => "right" as const), "right"]);
}

const TOP_LIMIT = 20;

export const topCommand: Command = {
  name: "top",
  summary: "entities ranked by PageRank, degree, mentions or betweenness",
  options: {
    by: { value: "measure", description: "what to rank by", default: "pagerank", choices: TOP_MEASURES },
    ...TYPE_OPTION("only entities of this type"),
    limit: { value: "n", description: "entities shown (a whole number ≥ 1)", default: String(TOP_LIMIT) },
    ...STORE_OPTION,
    ...JSON_OPTION,
  },
  examples: ["aikg top --type model --by degree"],
  async run(_words, flags) {
    const by = (choiceFlag("top", flags, "by", TOP_MEASURES.map((m) => m.toLowerCase())) ?? "pagerank") as string;
    const measure = TOP_MEASURES.find((m) => m.toLowerCase() === by)!;
    const options = { by: measure, type: typeFlag("top", flags), limit: integerFlag("top", flags, "limit", TOP_LIMIT) };
    const { dir, graph } = await openStore(flags);
    const ranked = top(graph, options);
    // Every table shows PageRank and the community beside the measure ranked by.
    noteStaleAnalyses(dir, graph, measure === "betweenness" ? "betweenness, PageRank and communities" : "PageRank and communities");
    if (flags.json) printJson(ranked);
    else console.log(rankingTable(ranked, measure).join("\n"));
    return EXIT.ok;
  },
};
