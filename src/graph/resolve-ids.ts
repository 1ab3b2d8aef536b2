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

function ownersByKey(records: ReadonlyMap<string, EntityRecord>): Map<string, Set<string>> {
  const owners = new Map<string, Set<string>>();
  const own = (key: string, id: string): void => {
    if (!key) return;
    let set = owners.get(key);
    if (!set) owners.set(key, (set = new Set()));
    set.add(id);
  };
  for (const record of records.values()) {
    own(nameKey(record.id), record.id);
    for (const name of record.names.keys()) own(nameKey(name), record.id);
    for (const alias of record.aliases) own(nameKey(alias), record.id);
  }
  return owners;
}

function shareADigest(a: EntityRecord, b: EntityRecord): boolean {
  const [small, large] = a.docs.size <= b.docs.size ? [a.docs, b.docs] : [b.docs, a.docs];
  for (const doc of small) if (large.has(doc)) return true;
  return false;
}

class UnionFind {
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

/** Entity id → the id of the node it belongs to (itself when nothing else claims its name). */
export function resolveIds(records: ReadonlyMap<string, EntityRecord>): Map<string, string> {
  const owners = ownersByKey(records);
  const sets = new UnionFind();
  for (const record of records.values()) {
    const type = mostFrequent(record.typeWeights);
    for (const name of record.names.keys()) {
      const key = nameKey(name);
      const others = [...(owners.get(key) ?? [])].filter((id) => id !== record.id);
      if (others.length !== 1) continue;
      const other = records.get(others[0]!)!;
      const otherName = mostFrequent(other.names) ?? other.id;
      if (mostFrequent(other.typeWeights) !== type) continue;
      if (versionsApart(key, nameKey(otherName)) || shareADigest(record, other)) continue;
      sets.union(record.id, other.id);
    }
  }
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
    const best = group.reduce((a, b) =>
      b.mentions > a.mentions || (b.mentions === a.mentions && b.id < a.id) ? b : a,
    );
    for (const record of group) canonical.set(record.id, best.id);
  }
  return canonical;
}
