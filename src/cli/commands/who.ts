// aikg who <name> [--depth 2] [--type T] [--since D] [--until D] [--limit N] [--typed] [--json]
import { who, type Neighbour, type WhoResult } from "../../query/who.ts";
import type { RelationView } from "../../query/relations.ts";
import type { Command } from "../command.ts";
import { EXIT, UserError } from "../errors.ts";
import { findEntity } from "../format/entity.ts";
import { DATE_OPTIONS, dateFlag, integerFlag, JSON_OPTION, STORE_OPTION, TYPE_OPTION, typeFlag } from "../format/flags.ts";
import { openStore, printJson } from "../format/open-store.ts";
import { evidenceContext, evidenceDate, evidenceText, relationLabel, withTitles, type EvidenceContext } from "../format/relation-line.ts";
import { table } from "../format/table.ts";

/** Rows grouped under "predicate arrow" headings, groups in order of their strongest member. */
function groupedRows(entity: string, neighbours: Neighbour[], ctx: EvidenceContext): string[] {
  const groups = new Map<string, [Neighbour, RelationView][]>();
  for (const n of neighbours) {
    for (const r of n.relations) {
      const label = relationLabel(r);
      const group = groups.get(label);
      if (group) group.push([n, r]);
      else groups.set(label, [[n, r]]);
    }
  }
  const lines: string[] = [];
  const ordered = [...groups].sort(([a], [b]) => Number(a.startsWith("co_mention")) - Number(b.startsWith("co_mention")));
  for (const [label, members] of ordered) {
    lines.push(label);
    const rows = members.map(([n, r]) => [`  ${n.name}`, n.type, `×${r.weight}`, evidenceDate(r), evidenceText(r, entity, n.id, ctx)]);
    lines.push(...table(rows, ["left", "left", "right"]));
  }
  return lines;
}

function print(result: WhoResult, nameOf: (id: string) => string, ctx: EvidenceContext): void {
  const { entity, neighbours } = result;
  const others = entity.aliases.filter((a) => a !== entity.name);
  console.log(`${entity.name} (${entity.type})${others.length ? ` · also: ${others.join(", ")}` : ""}`);
  const near = neighbours.filter((n) => !n.via);
  const far = neighbours.filter((n) => n.via);
  if (!near.length) console.log("  no relations match");
  else console.log(`\n${groupedRows(entity.id, near, ctx).join("\n")}`);
  if (far.length) {
    console.log("\nat depth 2");
    const rows = far.map((n) => [`  ${n.name}`, n.type, `via ${nameOf(n.via!)}`, relationLabel(n.relations[0]!), evidenceDate(n.relations[0]!), evidenceText(n.relations[0]!, n.via!, n.id, ctx)]);
    console.log(table(rows).join("\n"));
  }
}

const WHO_LIMIT = 20;

export const whoCommand: Command = {
  name: "who",
  summary: "an entity, its relations and the evidence for each",
  arguments: [{ name: "<name...>", description: "the entity: its id, name or any alias, in Chinese or English (case, width, spaces, hyphens and dots ignored)" }],
  options: {
    depth: { value: "n", description: "1: the entity's neighbours; 2: their neighbours too, each with the neighbour it is reached through", default: "1", choices: ["1", "2"] },
    ...TYPE_OPTION("only neighbours of this type"),
    ...DATE_OPTIONS,
    limit: { value: "n", description: "neighbours shown per depth (a whole number ≥ 1)", default: String(WHO_LIMIT) },
    typed: { description: "leave co-mentions out: typed relations only" },
    ...STORE_OPTION,
    ...JSON_OPTION,
  },
  examples: ["aikg who 谷歌", "aikg who openai --depth 2 --type person --since 2025-06 --limit 10"],
  async run(words, flags) {
    if (!words.length) throw new UserError("who: name an entity, e.g. aikg who OpenAI");
    const depth = integerFlag("who", flags, "depth", 1);
    if (depth > 2) throw new UserError(`who: --depth must be 1 or 2, not ${depth}`);
    const options = {
      depth: depth as 1 | 2,
      type: typeFlag("who", flags),
      since: dateFlag("who", flags, "since"),
      until: dateFlag("who", flags, "until"),
      limit: integerFlag("who", flags, "limit", WHO_LIMIT),
      typedOnly: flags.typed === true,
    };
    const { graph, index, manifest } = await openStore(flags);
    const node = findEntity(graph, index, words.join(" "));
    const result = who(graph, node, options);
    const ctx = evidenceContext(graph, manifest);
    if (flags.json) printJson({ ...result, neighbours: result.neighbours.map((n) => ({ ...n, relations: n.relations.map((r) => ({ ...r, evidence: withTitles(r.evidence, ctx) })) })) });
    else print(result, (id) => graph.getNodeAttribute(id, "name"), ctx);
    return EXIT.ok;
  },
};
