// The entity records a full build resolved (records-<hash>.json beside the graph file): what
// every digest said about each entity id, in first-seen order, and the ids that joined another's
// node. Folding new digests in starts from them, so it decides what a full build would decide
// (fold.ts); a store without them (written before, or damaged) reads them from its extraction
// files instead.
import type { EntityType } from "../types.ts";
import { Interner } from "../interner.ts";
import type { EntityRecord } from "./entities.ts";
import type { EntityResolution } from "./build.ts";

type StoredRecord = [
  id: string,
  names: [name: string, count: number][],
  types: [type: EntityType, count: number][],
  aliases: string[],
  mentions: number,
  docs: number[],
  firstSeen: number,
  lastSeen: number,
];

interface StoredRecords {
  docs: string[];
  dates: string[];
  records: StoredRecord[];
  /** Record place → node id, for the records whose node is another's. */
  joined: [record: number, node: string][];
}

export function encodeRecords({ records, canonical }: EntityResolution): string {
  const docs = new Interner();
  const dates = new Interner();
  const joined: [number, string][] = [];
  const stored = [...records.values()].map((r, i): StoredRecord => {
    const node = canonical.get(r.id) ?? r.id;
    if (node !== r.id) joined.push([i, node]);
    return [r.id, [...r.names], [...r.typeWeights], [...r.aliases], r.mentions, [...r.docs].map((d) => docs.id(d)), dates.id(r.firstSeen), dates.id(r.lastSeen)];
  });
  return `${JSON.stringify({ docs: docs.values, dates: dates.values, records: stored, joined } satisfies StoredRecords)}\n`;
}

/** The records (Maps in their stored order) and each id's node; throws when the text does not add up. */
export function decodeRecords(text: string): EntityResolution {
  const { docs, dates, records: stored, joined } = JSON.parse(text) as StoredRecords;
  if (!Array.isArray(stored) || !Array.isArray(docs) || !Array.isArray(joined)) throw new Error("not an entity record file");
  const date = (i: number): string | null => (i < 0 ? null : dates[i]!);
  const records = new Map<string, EntityRecord>();
  for (const [id, names, types, aliases, mentions, docIds, firstSeen, lastSeen] of stored) {
    const record: EntityRecord = {
      id,
      names: new Map(names),
      typeWeights: new Map(types),
      aliases: new Set(aliases),
      mentions,
      docs: new Set(docIds.map((d) => docs[d]!)),
      firstSeen: date(firstSeen),
      lastSeen: date(lastSeen),
    };
    records.set(id, record);
  }
  const ids = [...records.keys()];
  const canonical = new Map<string, string>();
  for (const id of ids) canonical.set(id, id);
  for (const [place, node] of joined) {
    const id = ids[place];
    if (id === undefined) throw new Error(`record ${place} is not in the file`);
    canonical.set(id, node);
  }
  return { records, canonical };
}
