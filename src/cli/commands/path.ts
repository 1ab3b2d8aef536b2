// aikg path <a> <b> [--limit N] [--max-hops N] [--typed] [--since D] [--until D] [--json]
import { paths, type Hop, type PathResult } from "../../query/path.ts";
import type { Command } from "../command.ts";
import { EXIT, UserError } from "../errors.ts";
import { findEntity } from "../format/entity.ts";
import { DATE_OPTIONS, dateFlag, integerFlag, JSON_OPTION, STORE_OPTION } from "../format/flags.ts";
import { openStore, printJson } from "../format/open-store.ts";
import { evidenceContext, evidenceDate, evidenceText, relationLabel, withTitles, type EvidenceContext } from "../format/relation-line.ts";
import { table } from "../format/table.ts";
import { counted } from "../format/counts.ts";

function hopRow(hop: Hop, ctx: EvidenceContext): string[] {
  const [main, ...more] = hop.relations;
  const also = more.length ? ` (+ ${more.map((r) => `${r.predicate} ×${r.weight}`).join(", ")})` : "";
  return [`  ${hop.from.name}`, `${relationLabel(main!)}${also}`, hop.to.name, evidenceDate(main!), evidenceText(main!, hop.from.id, hop.to.id, ctx)];
}

function print(result: PathResult, ctx: EvidenceContext): void {
  const count = result.paths.length;
  console.log(`${result.source.name} → ${result.target.name}: ${counted(result.length ?? 0, "hop")}, ${counted(count, "path")} shown`);
  result.paths.forEach((hops, i) => {
    console.log(`\npath ${i + 1}`);
    console.log(table(hops.map((hop) => hopRow(hop, ctx))).join("\n"));
  });
}

const PATH_DEFAULTS = { limit: 3, maxHops: 6 };

export const pathCommand: Command = {
  name: "path",
  summary: "shortest chains of relations between two entities, with evidence per hop",
  arguments: [
    { name: "<a>", description: "the first entity (id, name or alias; quote names with spaces)" },
    { name: "<b>", description: "the second entity" },
  ],
  options: {
    limit: { value: "n", description: "paths shown, strongest first (a whole number ≥ 1)", default: String(PATH_DEFAULTS.limit) },
    "max-hops": { value: "n", description: "longest chain looked for (a whole number ≥ 1)", default: String(PATH_DEFAULTS.maxHops) },
    typed: { description: "leave co-mentions out: typed relations only" },
    ...DATE_OPTIONS,
    ...STORE_OPTION,
    ...JSON_OPTION,
  },
  examples: ['aikg path "Sam Altman" Nvidia --typed'],
  async run(words, flags) {
    if (words.length !== 2) throw new UserError("path: name two entities, e.g. aikg path 'Sam Altman' Nvidia (quote names with spaces)");
    const options = {
      limit: integerFlag("path", flags, "limit", PATH_DEFAULTS.limit),
      maxHops: integerFlag("path", flags, "max-hops", PATH_DEFAULTS.maxHops),
      typedOnly: flags.typed === true,
      since: dateFlag("path", flags, "since"),
      until: dateFlag("path", flags, "until"),
    };
    const { graph, index, manifest } = await openStore(flags);
    const [a, b] = words.map((w) => findEntity(graph, index, w)) as [string, string];
    const result = paths(graph, a, b, options);
    const ctx = evidenceContext(graph, manifest);
    if (flags.json) printJson({ ...result, paths: result.paths.map((hops) => hops.map((hop) => ({ ...hop, relations: hop.relations.map((r) => ({ ...r, evidence: withTitles(r.evidence, ctx) })) }))) });
    else if (result.length === null) console.error(`aikg: no path between ${result.source.name} and ${result.target.name} within ${counted(options.maxHops, "hop")}`);
    else print(result, ctx);
    return result.length === null ? EXIT.partial : EXIT.ok;
  },
};
