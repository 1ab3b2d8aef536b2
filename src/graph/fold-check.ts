// Where new digests' entity ids go, and whether every stored id keeps its node, worked out from
// the records they touch: what resolveWith (fold.ts) answers by resolving all 23k records again,
// the better part of adding one digest. A stored record's joins can change only when it is
// touched, or one of its names' keys is a touched record's (whose owners, type or names
// changed); the stored nodes of those records are resolved again, and every other stored node
// stands as it was, whole (test/graph/fold-check.test.ts holds the two answers equal).
import type { Extraction } from "../types.ts";
import type { StoredRecords } from "../store/stored-records.ts";
import { nameKey } from "../resolve/normalize.ts";
import { addEntities, type EntityRecord } from "./entities.ts";
import { betterAttested, joinsOf, ownKeys, recordKeys, UnionFind, type KeyOwners } from "./resolve-ids.ts";
import { byDateThenId } from "./build.ts";
import { FoldMismatch } from "./fold.ts";

/**
 * The node of each entity id the extractions name (and of the stored ids resolved again), as
 * resolving every record with them added would give it. Throws FoldMismatch when a stored id
 * would move to another node.
 */
export function resolveTouched(stored: StoredRecords, extractions: readonly Pick<Extraction, "doc" | "entities">[]): Map<string, string> {
  const ordered = [...extractions].sort((a, b) => byDateThenId(a.doc, b.doc));
  const touched = new Map<string, EntityRecord>();
  for (const x of ordered) for (const { id } of x.entities) if (!touched.has(id) && stored.has(id)) touched.set(id, stored.record(id));
  for (const x of ordered) addEntities(touched, x);

  const owners: KeyOwners = new Map();
  stored.eachKeys((id, keys) => {
    if (!touched.has(id)) ownKeys(owners, id, keys);
  });
  const touchedKeys = new Set<string>();
  for (const record of touched.values()) {
    const keys = recordKeys(record);
    ownKeys(owners, record.id, keys);
    for (const key of keys) touchedKeys.add(key);
  }

  const records = new Map<string, EntityRecord>(touched);
  const recordOf = (id: string): EntityRecord => records.get(id) ?? records.set(id, stored.record(id)).get(id)!;
  // The stored nodes to resolve again: those of the touched records and of the records a name of which has a touched record's key.
  const again = new Set<string>();
  for (const id of touched.keys()) if (stored.has(id)) again.add(stored.nodeOf(id));
  for (const key of touchedKeys) {
    for (const id of owners.get(key) ?? []) {
      if (stored.has(id) && !touched.has(id) && [...recordOf(id).names.keys()].some((name) => nameKey(name) === key)) again.add(stored.nodeOf(id));
    }
  }
  const resolved = new Set([...stored.membersOf(again), ...touched.keys()]);

  // Every other stored node is one whole set, named by its node (its best-attested member).
  const sets = new UnionFind();
  const joinedSets = new Set<string>();
  for (const id of resolved) {
    for (const other of joinsOf(recordOf(id), owners, recordOf)) {
      if (resolved.has(other)) sets.union(id, other);
      else {
        // A record of a stored set left as it was: the set joins whole, as its node.
        const node = stored.nodeOf(other);
        joinedSets.add(node);
        sets.union(id, node);
      }
    }
  }
  const best = new Map<string, EntityRecord>();
  const consider = (root: string, record: EntityRecord): void => {
    const current = best.get(root);
    best.set(root, current ? betterAttested(current, record) : record);
  };
  const roots = new Map<string, string>();
  for (const id of resolved) roots.set(id, sets.find(id));
  for (const [id, root] of roots) consider(root, recordOf(id));
  // A stored set the resolved ones joined: its node (its best-attested member) stands for all its members.
  for (const node of joinedSets) consider(sets.find(node), recordOf(node));
  for (const node of joinedSets) {
    const now = best.get(sets.find(node))!.id;
    if (now !== node) throw new FoldMismatch(node, node, now);
  }

  const canonical = new Map<string, string>();
  for (const [id, root] of roots) {
    const node = best.get(root)!.id;
    if (stored.has(id) && stored.nodeOf(id) !== node) throw new FoldMismatch(id, stored.nodeOf(id), node);
    canonical.set(id, node);
  }
  return canonical;
}
