// Cross-digest resolution: digests extracted apart may give one thing two ids (谷歌 in one,
// Google in another). An id whose name is another entity's alias joins it, when that reading
// is unambiguous, the types agree, the two names are not two versions of one line, and no
// digest names both as distinct entities (there, extraction already told them apart).
import { nameKey } from "../resolve/normalize.ts";
import type { EntityRecord } from "./entities.ts";
import { mostFrequent } from "./entities.ts";

const digitsOf = (key: string): string => (key.match(/\d+/g) ?? []).join(".");

/** GPT-4 / GPT-4o, Qwen2.5 / Qwen3, Gemini / Gemini 2.5 Pro: versions stay separate nodes. */
export function versionsApart(keyA: string, keyB: string): boolean {
  if (keyA === keyB) return false;
  const digitsA = digitsOf(keyA);
  const digitsB = digitsOf(keyB);
  if (digitsA && digitsB && digitsA !== digitsB) return true;
  const prefixRelated = keyA.startsWith(keyB) || keyB.startsWith(keyA);
  return prefixRelated && (digitsA !== "" || digitsB !== "");
}

/** Name key → the ids whose id, names or aliases have it. */
export type KeyOwners = Map<string, Set<string>>;

/** Records `id` as an owner of these keys. */
export function ownKeys(owners: KeyOwners, id: string, keys: Iterable<string>): void {
  for (const key of keys) {
    let set = owners.get(key);
    if (!set) owners.set(key, (set = new Set()));
    set.add(id);
  }
}

function ownersByKey(records: ReadonlyMap<string, EntityRecord>): KeyOwners {
  const owners: KeyOwners = new Map();
  for (const record of records.values()) ownKeys(owners, record.id, recordKeys(record));
  return owners;
}

/** The distinct keys of a record's id, names and aliases (an empty key names nothing). */
export const recordKeys = (record: EntityRecord): string[] => formKeys([record.id, ...record.names.keys(), ...record.aliases]);

export function formKeys(forms: Iterable<string>): string[] {
  const keys = new Set<string>();
  for (const form of forms) keys.add(nameKey(form));
  keys.delete("");
  return [...keys];
}

function shareADigest(a: EntityRecord, b: EntityRecord): boolean {
  const [small, large] = a.docs.size <= b.docs.size ? [a.docs, b.docs] : [b.docs, a.docs];
  for (const doc of small) if (large.has(doc)) return true;
  return false;
}

export class UnionFind {
  private readonly parent = new Map<string, string>();
  find(id: string): string {
    let root = id;
    while (this.parent.has(root)) root = this.parent.get(root)!;
    if (root !== id) this.parent.set(id, root);
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra, rb);
  }
}

/**
 * The ids `record` joins, one per name at most: the one other owner of the name's key, when it
 * has the record's type, is no other version of it, and no digest names both.
 */
export function joinsOf(record: EntityRecord, owners: KeyOwners, recordOf: (id: string) => EntityRecord): string[] {
  const out: string[] = [];
  const type = mostFrequent(record.typeWeights);
  for (const name of record.names.keys()) {
    const key = nameKey(name);
    const set = owners.get(key);
    if (!set || set.size !== (set.has(record.id) ? 2 : 1)) continue;
    let otherId = "";
    for (const id of set) if (id !== record.id) otherId = id;
    const other = recordOf(otherId);
    const otherName = mostFrequent(other.names) ?? other.id;
    if (mostFrequent(other.typeWeights) !== type) continue;
    if (versionsApart(key, nameKey(otherName)) || shareADigest(record, other)) continue;
    out.push(otherId);
  }
  return out;
}

/** The better-attested of two records: more mentions, then the smaller id. It names their node. */
export const betterAttested = <R extends Pick<EntityRecord, "id" | "mentions">>(a: R, b: R): R =>
  b.mentions > a.mentions || (b.mentions === a.mentions && b.id < a.id) ? b : a;

/** Entity id → the id of the node it belongs to (itself when nothing else claims its name). */
export function resolveIds(records: ReadonlyMap<string, EntityRecord>): Map<string, string> {
  const owners = ownersByKey(records);
  const sets = new UnionFind();
  const recordOf = (id: string): EntityRecord => records.get(id)!;
  for (const record of records.values()) for (const other of joinsOf(record, owners, recordOf)) sets.union(record.id, other);
  // Each set is named by its best-attested member (ties: the smaller id), not by merge order.
  const members = new Map<string, EntityRecord[]>();
  for (const record of records.values()) {
    const root = sets.find(record.id);
    const group = members.get(root);
    if (group) group.push(record);
    else members.set(root, [record]);
  }
  const canonical = new Map<string, string>();
  for (const group of members.values()) {
    const best = group.reduce(betterAttested);
    for (const record of group) canonical.set(record.id, best.id);
  }
  return canonical;
}
