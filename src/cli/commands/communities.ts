// aikg communities [--limit N] [--members N] [--json]: the Louvain communities, largest first.
import type { CommunitySummary } from "../../query/communities.ts";
import { listCommunities } from "../../query/communities.ts";
import type { Command } from "../command.ts";
import { EXIT } from "../errors.ts";
import { counted, countList } from "../format/counts.ts";
import { integerFlag, JSON_OPTION, STORE_OPTION } from "../format/flags.ts";
import { noteStaleAnalyses, openStore, printJson } from "../format/open-store.ts";

export function communityLines(summaries: CommunitySummary[]): string[] {
  return summaries.flatMap((c) => {
    const types = Object.entries(c.types).sort((a, b) => b[1] - a[1]);
    return [`#${c.id}  ${c.size} ${c.size === 1 ? "entity" : "entities"} (${countList(types)})`, `    ${c.top.map((e) => e.name).join(", ")}`];
  });
}

const COMMUNITY_DEFAULTS = { limit: 10, members: 8 };

export const communitiesCommand: Command = {
  name: "communities",
  summary: "the graph's communities (Louvain), largest first, with their leading members",
  options: {
    limit: { value: "n", description: "communities shown, largest first (a whole number ≥ 1)", default: String(COMMUNITY_DEFAULTS.limit) },
    members: { value: "n", description: "leading members shown per community, by PageRank (a whole number ≥ 1)", default: String(COMMUNITY_DEFAULTS.members) },
    ...STORE_OPTION,
    ...JSON_OPTION,
  },
  async run(_words, flags) {
    const options = {
      limit: integerFlag("communities", flags, "limit", COMMUNITY_DEFAULTS.limit),
      members: integerFlag("communities", flags, "members", COMMUNITY_DEFAULTS.members),
    };
    const { dir, graph } = await openStore(flags);
    noteStaleAnalyses(dir, graph, "the communities");
    const summaries = listCommunities(graph, options);
    if (flags.json) printJson({ count: graph.getAttribute("communities") ?? 0, modularity: graph.getAttribute("modularity") ?? null, communities: summaries });
    else {
      console.log(`${counted(graph.getAttribute("communities") ?? 0, "community")} (modularity ${(graph.getAttribute("modularity") ?? 0).toFixed(3)}); the ${summaries.length} largest:`);
      console.log(communityLines(summaries).join("\n"));
    }
    return EXIT.ok;
  },
};
