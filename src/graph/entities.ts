// Gathers what every digest says about each entity id, before ids are merged into nodes.
import type { EntityType, Extraction } from "../types.ts";
import { maxDate, minDate } from "./dates.ts";

export interface EntityRecord {
  id: string;
  /** Surface name → mentions it came with: the best-attested one names the node. */
  names: Map<string, number>;
  typeWeights: Map<EntityType, number>;
  /** Every alias, in first-seen order. */
  aliases: Set<string>;
  mentions: number;
  docs: Set<string>;
  firstSeen: string | null;
  lastSeen: string | null;
}

function emptyRecord(id: string): EntityRecord {
  return {
    id,
    names: new Map(),
    typeWeights: new Map(),
    aliases: new Set(),
    mentions: 0,
    docs: new Set(),
    firstSeen: null,
    lastSeen: null,
  };
}

const bump = <K>(map: Map<K, number>, key: K, by: number): void => {
  map.set(key, (map.get(key) ?? 0) + by);
};

/** One record per entity id over all extractions, in the order they are given. */
export function collectEntities(extractions: Iterable<Extraction>): Map<string, EntityRecord> {
  const records = new Map<string, EntityRecord>();
  for (const extraction of extractions) addEntities(records, extraction);
  return records;
}

/** Adds one digest's entities to the records (a fold step: digests are added in date order). */
export function addEntities(records: Map<string, EntityRecord>, { doc, entities }: Pick<Extraction, "doc" | "entities">): void {
  for (const entity of entities) {
    let record = records.get(entity.id);
    if (!record) records.set(entity.id, (record = emptyRecord(entity.id)));
    // An entity seen once still counts once, whatever the extractor reported.
    const weight = Math.max(1, entity.mentions);
    bump(record.names, entity.name, weight);
    bump(record.typeWeights, entity.type, weight);
    record.aliases.add(entity.name);
    for (const alias of entity.aliases) record.aliases.add(alias);
    record.mentions += weight;
    record.docs.add(doc.id);
    record.firstSeen = minDate(record.firstSeen, doc.date);
    record.lastSeen = maxDate(record.lastSeen, doc.date);
  }
}

/** Several records (ids found to name the same thing) as one. */
export function mergeRecords(id: string, parts: readonly EntityRecord[]): EntityRecord {
  const merged = emptyRecord(id);
  for (const part of parts) {
    for (const [name, n] of part.names) bump(merged.names, name, n);
    for (const [type, n] of part.typeWeights) bump(merged.typeWeights, type, n);
    for (const alias of part.aliases) merged.aliases.add(alias);
    for (const doc of part.docs) merged.docs.add(doc);
    merged.mentions += part.mentions;
    merged.firstSeen = minDate(merged.firstSeen, part.firstSeen);
    merged.lastSeen = maxDate(merged.lastSeen, part.lastSeen);
  }
  return merged;
}

/**
 * The key with the largest count; ties go to the key that sorts first (code units: "Google"
 * before "谷歌", "model" before "product"), not the first seen, so the answer does not depend on
 * the order digests were added in (an incremental build adds them in another order, fold.ts).
 */
export function mostFrequent<K extends string>(counts: ReadonlyMap<K, number>): K | undefined {
  let best: K | undefined;
  let bestCount = -Infinity;
  for (const [key, n] of counts) {
    if (n > bestCount || (n === bestCount && key < best!)) {
      best = key;
      bestCount = n;
    }
  }
  return best;
}
