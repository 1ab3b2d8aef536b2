// The curation file's text: one decision a line, as JSON, its keys in one order so that a file
// reads and diffs the same whoever wrote it. Reading checks every line and names the first bad
// one (file and line number); nothing is guessed.
import { ENTITY_TYPES, PREDICATES, type EdgeKind, type EntityType } from "../types.ts";
import { ACTIONS, type Decision, type EntityRef } from "./types.ts";

export class CurationSyntaxError extends Error {
  constructor(readonly line: number, readonly problem: string) {
    super(`line ${line}: ${problem}`);
    this.name = "CurationSyntaxError";
  }
}

const EDGE_KINDS: readonly string[] = [...PREDICATES, "co_mention"];

type Json = Record<string, unknown>;

function text(o: Json, key: string): string {
  const value = o[key];
  if (typeof value !== "string" || !value.trim()) throw new Error(`'${key}' must be a non-empty string`);
  return value;
}

function entityType(value: unknown, key: string): EntityType {
  if (!(ENTITY_TYPES as readonly unknown[]).includes(value)) throw new Error(`'${key}' must be one of ${ENTITY_TYPES.join(", ")}`);
  return value as EntityType;
}

function entityRef(value: unknown, key: string): EntityRef {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new Error(`'${key}' must be an entity: {"name", "type"}`);
  return { name: text(value as Json, "name"), type: entityType((value as Json).type, `${key}.type`) };
}

const ref = (o: Json, key: string): EntityRef => entityRef(o[key], key);

function strings(o: Json, key: string): string[] {
  const value = o[key] ?? [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string" && v.trim())) throw new Error(`'${key}' must be a list of names`);
  return value as string[];
}

/** One decision from its JSON object, in the file's key order; throws an Error naming what is wrong. */
export function toDecision(o: unknown): Decision {
  if (typeof o !== "object" || o === null || Array.isArray(o)) throw new Error("not a JSON object");
  const j = o as Json;
  const action = j.action;
  if (!(ACTIONS as readonly unknown[]).includes(action)) throw new Error(`'action' must be one of ${ACTIONS.join(", ")}`);
  const common = {
    at: text(j, "at"),
    ...(j.why !== undefined ? { why: text(j, "why") } : {}),
    ...(j.via === "cli" || j.via === "explorer" ? { via: j.via as "cli" | "explorer" } : {}),
  };
  switch (action as Decision["action"]) {
    case "merge": {
      const others = j.others;
      if (!Array.isArray(others) || others.length === 0) throw new Error("'others' must list the entities merged");
      return { action: "merge", into: ref(j, "into"), others: others.map((other, i) => entityRef(other, `others[${i}]`)), ...common };
    }
    case "alias":
    case "unalias":
      return { action: action as "alias", entity: ref(j, "entity"), form: text(j, "form"), ...common };
    case "rename":
      return { action: "rename", entity: ref(j, "entity"), name: text(j, "name"), ...common };
    case "retype":
      return { action: "retype", entity: ref(j, "entity"), type: entityType(j.type, "type"), ...common };
    case "reject":
      return { action: "reject", entity: ref(j, "entity"), ...common };
    case "reject-relation": {
      if (!EDGE_KINDS.includes(j.predicate as string)) throw new Error(`'predicate' must be one of ${EDGE_KINDS.join(", ")}`);
      return { action: "reject-relation", source: ref(j, "source"), predicate: j.predicate as EdgeKind, target: ref(j, "target"), ...common };
    }
    case "add":
      return { action: "add", name: text(j, "name"), type: entityType(j.type, "type"), aliases: strings(j, "aliases"), ...common };
  }
}

/** The decisions a curation file holds; throws CurationSyntaxError at the first line that is not one. Blank lines are skipped. */
export function parseCuration(fileText: string): Decision[] {
  const decisions: Decision[] = [];
  fileText.split("\n").forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      throw new CurationSyntaxError(i + 1, "not valid JSON");
    }
    try {
      decisions.push(toDecision(parsed));
    } catch (err) {
      throw new CurationSyntaxError(i + 1, (err as Error).message);
    }
  });
  return decisions;
}

/** One line per decision, each ending with a line break. */
export const formatCuration = (decisions: readonly Decision[]): string => decisions.map((d) => `${JSON.stringify(toDecision(d))}\n`).join("");
