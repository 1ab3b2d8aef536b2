// The alias index, stored in the graph file's header: building it means working out the name
// keys of every node's names (~0.1 s on the bulk store), which every query and every fold of a
// pending digest needs first. Keys are node places; a file written with other name keys
// (NAME_KEY_VERSION) is read without it, and the index is built afresh.
import type { AliasIndex } from "../query/alias-index.ts";
import { NAME_KEY_VERSION } from "../resolve/normalize.ts";

export interface StoredAliases {
  keyVersion: number;
  keys: string[];
  /** How many nodes each key names, then the nodes of every key in turn, by their place in the node list. */
  counts: number[];
  nodes: number[];
}

export function packAliases(index: AliasIndex, place: ReadonlyMap<string, number>): StoredAliases {
  const stored: StoredAliases = { keyVersion: NAME_KEY_VERSION, keys: [], counts: [], nodes: [] };
  for (const [key, nodes] of index.byKey) {
    stored.keys.push(key);
    stored.counts.push(nodes.length);
    for (const node of nodes) stored.nodes.push(place.get(node)!);
  }
  return stored;
}

/** The index, or undefined when the file has none or one keyed another way. Throws on one that does not add up. */
export function unpackAliases(stored: StoredAliases | undefined, nodeKeys: readonly string[]): AliasIndex | undefined {
  if (stored?.keyVersion !== NAME_KEY_VERSION) return undefined;
  const { keys, counts, nodes } = stored;
  if (keys.length !== counts.length) throw new Error(`the alias index holds ${keys.length} keys and ${counts.length} counts`);
  const byKey = new Map<string, string[]>();
  let at = 0;
  for (let i = 0; i < keys.length; i++) {
    const list = new Array<string>(counts[i]!);
    for (let j = 0; j < list.length; j++, at++) {
      const node = nodeKeys[nodes[at]!];
      if (node === undefined) throw new Error(`the alias index names no node (${nodes[at]})`);
      list[j] = node;
    }
    byKey.set(keys[i]!, list);
  }
  if (at !== nodes.length) throw new Error(`the alias index lists ${nodes.length} nodes, its counts ${at}`);
  return { byKey };
}
