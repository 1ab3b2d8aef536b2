// A person's corrections to the graph, as data: one decision a line in the store's
// curation.jsonl, applied in order to every graph the store gives (src/curate/apply.ts).
// Entities are named by their name and type as the person saw them, never by internal ids,
// which a rebuild may change: a decision is found again by the names a node goes by.
import type { EdgeKind, EntityType } from "../types.ts";

/** An entity as a decision names it: the name it went by and its type, when the decision was made. */
export interface EntityRef {
  name: string;
  type: EntityType;
}

interface Common {
  /** When the decision was made (ISO 8601). */
  at: string;
  /** Why, in the person's words. */
  why?: string;
  /** Where it was made: the command line or the explorer. */
  via?: "cli" | "explorer";
}

export type Decision = Common &
  (
    | { action: "merge"; into: EntityRef; others: EntityRef[] }
    | { action: "alias"; entity: EntityRef; form: string }
    | { action: "unalias"; entity: EntityRef; form: string }
    | { action: "rename"; entity: EntityRef; name: string }
    | { action: "retype"; entity: EntityRef; type: EntityType }
    | { action: "reject"; entity: EntityRef }
    | { action: "reject-relation"; source: EntityRef; predicate: EdgeKind; target: EntityRef }
    | { action: "add"; name: string; type: EntityType; aliases: string[] }
  );

export type Action = Decision["action"];

export const ACTIONS: readonly Action[] = ["merge", "alias", "unalias", "rename", "retype", "reject", "reject-relation", "add"];

/**
 * What became of a decision in the graph it was applied to: it changed it (`applied`), had
 * nothing left to do (`idle`: the relation it rejects is not there, say), waits for a digest
 * that names it (`waiting`: an added name no digest has mentioned yet), or no longer finds its
 * entity (`stale`), kept in the file and reported by `aikg curate list`.
 */
export type Outcome = { status: "applied" | "idle" | "waiting"; note?: string } | { status: "stale"; note: string };

/** The curation file's name in a store. */
export const CURATION_FILE = "curation.jsonl";
