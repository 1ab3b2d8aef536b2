// `aikg curate <action> <names…>`: the words of each action, checked before the store is read.
import type { Request } from "../../curate/propose.ts";
import { ENTITY_TYPES, PREDICATES, type EdgeKind, type EntityType } from "../../types.ts";
import { UserError } from "../errors.ts";
import type { Flags } from "./flags.ts";

export const CURATE_ACTIONS = ["merge", "alias", "unalias", "rename", "retype", "reject", "reject-relation", "add", "list", "undo"] as const;
export type CurateAction = (typeof CURATE_ACTIONS)[number];

const USAGE: Record<CurateAction, string> = {
  merge: "merge <into> <other>…",
  alias: "alias <entity> <surface form>",
  unalias: "unalias <entity> <surface form>",
  rename: "rename <entity> <canonical name>",
  retype: "retype <entity> <type>",
  reject: "reject <entity>",
  "reject-relation": "reject-relation <source> <predicate> <target>",
  add: "add <name> --type T [--alias A]…",
  list: "list",
  undo: "undo <n>",
};

const EDGE_KINDS: readonly string[] = [...PREDICATES, "co_mention"];

export function curateAction(word: string | undefined): CurateAction {
  const action = CURATE_ACTIONS.find((a) => a === word?.toLowerCase());
  if (!action) throw new UserError(`curate: ${word ? `'${word}' is no action` : "name an action"}; one of ${CURATE_ACTIONS.join(", ")}`);
  return action;
}

function arity(action: CurateAction, words: string[], n: number | "2+"): void {
  const ok = n === "2+" ? words.length >= 2 : words.length === n;
  if (!ok) throw new UserError(`curate ${action}: takes ${n === "2+" ? "two or more" : n} name${n === 1 ? "" : "s"}, not ${words.length} (aikg curate ${USAGE[action]}; quote names with spaces)`);
}

function entityType(action: string, raw: string | undefined, what: string): EntityType {
  const type = ENTITY_TYPES.find((t) => t === raw?.trim().toLowerCase());
  if (!type) throw new UserError(`curate ${action}: ${what} must be one of ${ENTITY_TYPES.join(", ")}${raw ? `, not '${raw}'` : ""}`);
  return type;
}

/** The request the words and flags make (list and undo excepted); usage errors are one line. */
export function curateRequest(action: Exclude<CurateAction, "list" | "undo">, words: string[], flags: Flags): Request {
  const aliases = Array.isArray(flags.alias) ? flags.alias : [];
  if (action !== "add" && (flags.type !== undefined || aliases.length)) throw new UserError(`curate ${action}: --type and --alias go with add only`);
  switch (action) {
    case "merge":
      arity(action, words, "2+");
      return { action, into: words[0]!, others: words.slice(1) };
    case "alias":
    case "unalias":
      arity(action, words, 2);
      return { action, entity: words[0]!, form: words[1]! };
    case "rename":
      arity(action, words, 2);
      return { action, entity: words[0]!, name: words[1]!.trim() };
    case "retype":
      arity(action, words, 2);
      return { action, entity: words[0]!, type: entityType(action, words[1], "the type") };
    case "reject":
      // One entity: unquoted words make its name, as `aikg who` takes them.
      if (!words.length) arity(action, words, 1);
      return { action, entity: words.join(" ") };
    case "reject-relation": {
      arity(action, words, 3);
      const predicate = words[1]!.toLowerCase().replace(/-/g, "_");
      if (!EDGE_KINDS.includes(predicate)) throw new UserError(`curate reject-relation: the predicate must be one of ${EDGE_KINDS.join(", ")}, not '${words[1]}'`);
      return { action, source: words[0]!, predicate: predicate as EdgeKind, target: words[2]! };
    }
    case "add":
      if (!words.length) arity(action, words, 1);
      return { action, name: words.join(" ").trim(), type: entityType(action, flags.type as string | undefined, "--type"), aliases: aliases.map((a) => a.trim()).filter(Boolean) };
  }
}

/** `undo <n>`: the decision's number as `list` shows it. */
export function undoNumber(words: string[]): number {
  if (words.length !== 1 || !/^\d+$/.test(words[0]!) || Number(words[0]) < 1) throw new UserError(`curate undo: name the decision's number as 'aikg curate list' shows it (1, 2, …)`);
  return Number(words[0]);
}
