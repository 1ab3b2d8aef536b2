// aikg curate <action> <names…> [--why "…"] [--json]: a person's corrections to the graph,
// one decision a line in the store's curation.jsonl (or --curation FILE), applied by every
// command as it reads the graph (src/curate/). Names are found as `aikg who` finds them; an
// ambiguous one lists the candidates and changes nothing.
import { applyCuration } from "../../curate/apply.ts";
import { describeDecision, describeOutcome } from "../../curate/describe.ts";
import { changeDecisions, readDecisions, type CurationFile } from "../../curate/file.ts";
import { loadCurated, type CuratedStore } from "../../curate/load.ts";
import { propose, Refusal, type Request } from "../../curate/propose.ts";
import { findRef } from "../../curate/target.ts";
import type { Decision, Outcome } from "../../curate/types.ts";
import { ENTITY_TYPES } from "../../types.ts";
import type { Command } from "../command.ts";
import { EXIT, UserError } from "../errors.ts";
import { counted } from "../format/counts.ts";
import { CURATE_ACTIONS, curateAction, curateRequest, undoNumber } from "../format/curate-request.ts";
import { curationFlag, JSON_OPTION, STORE_OPTION, storeDir, type Flags } from "../format/flags.ts";
import { printJson } from "../format/open-store.ts";
import { table } from "../format/table.ts";

/** The curated store, or null when there is none yet (an `add` or a `list` may come first). */
async function loadIfAny(dir: string, file: CurationFile): Promise<CuratedStore | null> {
  try {
    return await loadCurated(dir, file);
  } catch (err) {
    if (err instanceof UserError && err.exitCode === EXIT.input && err.message.startsWith("no store")) return null;
    throw err;
  }
}

/** What the decision left in the graph: the entity it is about, as `who` would head it. */
function entityAfter(store: CuratedStore, d: Decision) {
  const ref = d.action === "merge" ? d.into : d.action === "add" ? { name: d.name, type: d.type } : d.action === "reject-relation" ? d.source : d.entity;
  const name = d.action === "rename" ? d.name : ref.name;
  const node = findRef(store.graph, store.aliasIndex(), { ...ref, name });
  if (node === undefined || d.action === "reject") return null;
  const a = store.graph.getNodeAttributes(node);
  return { id: node, name: a.name, type: a.type, aliases: a.aliases, mentions: a.mentions, relations: store.graph.degree(node) };
}

async function decide(request: Request, flags: Flags, file: CurationFile): Promise<number> {
  const why = typeof flags.why === "string" && flags.why.trim() ? { why: flags.why.trim() } : {};
  const meta = { at: new Date().toISOString(), ...why, via: "cli" as const };
  const store = await (request.action === "add" ? loadIfAny(storeDir(flags), file) : loadCurated(storeDir(flags), file));
  let decision: Decision;
  try {
    decision = store ? propose(store.graph, store.aliasIndex(), request, meta) : { ...request, ...meta } as Decision;
  } catch (err) {
    if (err instanceof Refusal) throw new UserError(`curate ${request.action}: ${err.message}`, EXIT.partial);
    throw err;
  }
  const n = await changeDecisions(file, (decisions) => ({ decisions: [...decisions, decision], result: decisions.length + 1 }));
  const outcome: Outcome = store ? applyCuration(store.graph, [decision], store.aliasIndex())[0]! : { status: "waiting", note: "no store yet: every build and query applies it" };
  const entity = store && entityAfter(store, decision);
  if (flags.json) {
    printJson({ file: file.path, n, decision, ...outcome, ...(entity ? { entity } : {}) });
    return EXIT.ok;
  }
  console.log(`${n}. ${describeDecision(decision)}: ${describeOutcome(outcome)}`);
  if (entity) {
    const also = entity.aliases.filter((x) => x !== entity.name);
    console.log(`   ${entity.name} (${entity.type}): ${counted(entity.mentions, "mention")}, ${counted(entity.relations, "relation")}${also.length ? ` · also: ${also.join(", ")}` : ""}`);
  }
  console.log(`   kept in ${file.path}; every command applies it (aikg curate undo ${n} takes it back)`);
  return EXIT.ok;
}

async function list(flags: Flags, file: CurationFile): Promise<number> {
  const store = await loadIfAny(storeDir(flags), file);
  const decisions = store ? store.curation.decisions : await readDecisions(file);
  const outcomes = store?.curation.outcomes ?? decisions.map((): Outcome => ({ status: "waiting", note: "no store yet" }));
  if (flags.json) {
    printJson(decisions.map((d, i) => ({ n: i + 1, ...d, ...outcomes[i]! })));
    return EXIT.ok;
  }
  if (!decisions.length) {
    console.log(`no decisions in ${file.path}`);
    return EXIT.ok;
  }
  console.log(`${counted(decisions.length, "decision")} in ${file.path}, oldest first:`);
  const rows = decisions.map((d, i) => [`${i + 1}.`, d.at.slice(0, 16).replace("T", " "), describeDecision(d), describeOutcome(outcomes[i]!)]);
  table(rows, ["right"]).forEach((line, i) => {
    console.log(line);
    if (decisions[i]!.why) console.log(`    why: ${decisions[i]!.why}`);
  });
  const stale = outcomes.filter((o) => o.status === "stale").length;
  if (stale) console.log(`${counted(stale, "decision")} no longer find their entity: kept, in case a digest brings it back (undo removes one)`);
  return EXIT.ok;
}

async function undo(flags: Flags, file: CurationFile, n: number): Promise<number> {
  const { removed, left } = await changeDecisions(file, (decisions) => {
    if (n > decisions.length) throw new UserError(`curate undo: no decision ${n} (${counted(decisions.length, "decision")}: aikg curate list shows them)`, EXIT.partial);
    return { decisions: decisions.filter((_, i) => i !== n - 1), result: { removed: decisions[n - 1]!, left: decisions.length - 1 } };
  });
  if (flags.json) printJson({ file: file.path, undone: n, decision: removed, left });
  else console.log(`undid ${n}. ${describeDecision(removed)}${n <= left ? ` (decisions after it are numbered one less)` : ""}`);
  return EXIT.ok;
}

export const curateCommand: Command = {
  name: "curate",
  summary: "correct the graph: merge, alias, unalias, rename, retype, reject, reject-relation, add; list and undo",
  arguments: [
    { name: "<action>", description: `one of ${CURATE_ACTIONS.join(", ")}` },
    {
      name: "[names...]",
      description:
        "the action's entities (id, name or alias, as who takes them; quote names with spaces) and names: merge <into> <other>…, alias|unalias <entity> <form>, rename <entity> <name>, retype <entity> <type>, reject <entity>, reject-relation <source> <predicate> <target>, add <name>, undo <n>",
    },
  ],
  options: {
    type: { value: "type", description: "add: the type of the name", choices: ENTITY_TYPES },
    alias: { value: "name", description: "add: another name it goes by (repeat for more)", repeatable: true },
    why: { value: "text", description: "why, kept with the decision and shown by list" },
    ...STORE_OPTION,
    ...JSON_OPTION,
  },
  examples: [
    'aikg curate merge DeepSeek-V3.2 "Deepseek 3.2" --why "one model"',
    'aikg curate unalias OpenAI "Another Evidence"',
    'aikg curate rename "Seed-OSS" "Seed-OSS-36B"',
    "aikg curate retype Trae product",
    'aikg curate reject "Sam Altman Says"',
    "aikg curate reject-relation ByteDance develops CUDA",
    'aikg curate add "Kimi K3" --type model --alias "月之暗面 K3"',
    "aikg curate list",
    "aikg curate undo 2",
  ],
  async run(words, flags) {
    const action = curateAction(words[0]);
    const rest = words.slice(1);
    const file = curationFlag(flags);
    if (action === "list") {
      if (rest.length) throw new UserError("curate list: takes no names");
      return list(flags, file);
    }
    if (action === "undo") return undo(flags, file, undoNumber(rest));
    return decide(curateRequest(action, rest, flags), flags, file);
  },
};
