// The entity records a full build resolved (records-<hash>.json beside the graph file): what
// every digest said about each entity id, in first-seen order, and the ids that joined another's
// node. Folding new digests in starts from them, so it decides what a full build would decide
// (fold.ts); a store without them (written before, or damaged) reads them from its extraction
// files instead.
import type { EntityType } from "../types.ts";
import { Interner } from "../interner.ts";
import type { EntityRecord } from "../graph/entities.ts";
import type { EntityResolution } from "../graph/build.ts";
import { formKeys, recordKeys } from "../graph/resolve-ids.ts";
import { NAME_KEY_VERSION } from "../resolve/normalize.ts";

type StoredRecord = [
  id: string,
  names: [name: string, count: number][],
  types: [type: EntityType, count: number][],
  aliases: string[],
  mentions: number,
  docs: number[],
  firstSeen: number,
  lastSeen: number,
  /** The keys of its id, names and aliases (nameKey of keyVersion): what a fold looks owners up by. */
  keys?: string[],
];

interface RecordsFile {
  docs: string[];
  dates: string[];
  records: StoredRecord[];
  /** Record place → node id, for the records whose node is another's. */
  joined: [record: number, node: string][];
  /** The NAME_KEY_VERSION of the records' keys: read only when it is this aikg's. */
  keyVersion?: number;
}

export function encodeRecords({ records, canonical }: EntityResolution): string {
  const docs = new Interner();
  const dates = new Interner();
  const joined: [number, string][] = [];
  const stored = [...records.values()].map((r, i): StoredRecord => {
    const node = canonical.get(r.id) ?? r.id;
    if (node !== r.id) joined.push([i, node]);
    return [r.id, [...r.names], [...r.typeWeights], [...r.aliases], r.mentions, [...r.docs].map((d) => docs.id(d)), dates.id(r.firstSeen), dates.id(r.lastSeen), recordKeys(r)];
  });
  return `${JSON.stringify({ docs: docs.values, dates: dates.values, records: stored, joined, keyVersion: NAME_KEY_VERSION } satisfies RecordsFile)}\n`;
}

/**
 * A records file, parsed; each record is made an EntityRecord only when asked for (a reader
 * folding one digest in needs the few its entities touch, not all 24k).
 */
export class StoredRecords {
  private readonly stored: StoredRecord[];
  private readonly docs: string[];
  private readonly dates: string[];
  private readonly place = new Map<string, number>();
  private readonly joined = new Map<string, string>();

  /** Whether the records' keys are this aikg's (a file written before them, or by another name key, has them worked out again). */
  private readonly keysKept: boolean;

  constructor(text: string) {
    const { docs, dates, records, joined, keyVersion } = JSON.parse(text) as RecordsFile;
    this.keysKept = keyVersion === NAME_KEY_VERSION;
    if (!Array.isArray(records) || !Array.isArray(docs) || !Array.isArray(joined)) throw new Error("not an entity record file");
    this.stored = records;
    this.docs = docs;
    this.dates = dates;
    records.forEach((r, i) => this.place.set(r[0], i));
    for (const [i, node] of joined) {
      const id = records[i]?.[0];
      if (id === undefined) throw new Error(`record ${i} is not in the file`);
      this.joined.set(id, node);
    }
  }

  has(id: string): boolean {
    return this.place.has(id);
  }

  /** The node a stored id belongs to. */
  nodeOf(id: string): string {
    return this.joined.get(id) ?? id;
  }

  /** Each stored id with the keys of its id, names and aliases, in stored order (no record is made). */
  eachKeys(visit: (id: string, keys: readonly string[]) => void): void {
    for (const [id, names, , aliases, , , , , keys] of this.stored) visit(id, this.keysKept && keys ? keys : formKeys([id, ...names.map(([name]) => name), ...aliases]));
  }

  /** The stored ids that belong to these nodes, in stored order. */
  membersOf(nodes: ReadonlySet<string>): string[] {
    const out: string[] = [];
    for (const r of this.stored) if (nodes.has(this.nodeOf(r[0]))) out.push(r[0]);
    return out;
  }

  /** A fresh EntityRecord of a stored id (the caller may change it). */
  record(id: string): EntityRecord {
    const [, names, types, aliases, mentions, docIds, firstSeen, lastSeen] = this.stored[this.place.get(id)!]!;
    const date = (i: number): string | null => (i < 0 ? null : this.dates[i]!);
    return {
      id,
      names: new Map(names),
      typeWeights: new Map(types),
      aliases: new Set(aliases),
      mentions,
      docs: new Set(docIds.map((d) => this.docs[d]!)),
      firstSeen: date(firstSeen),
      lastSeen: date(lastSeen),
    };
  }

  /** Every record and each id's node, as a full build had them. */
  resolution(): EntityResolution {
    const records = new Map<string, EntityRecord>();
    const canonical = new Map<string, string>();
    for (const [id] of this.stored) {
      records.set(id, this.record(id));
      canonical.set(id, this.nodeOf(id));
    }
    return { records, canonical };
  }
}

/** The records (Maps in their stored order) and each id's node; throws when the text does not add up. */
export const decodeRecords = (text: string): EntityResolution => new StoredRecords(text).resolution();
