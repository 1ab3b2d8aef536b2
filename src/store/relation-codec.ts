// An extraction file's relations as one flat array of numbers, RELATION_FIELDS per relation, with
// every string (ids, reasons, sentences, links) once in a table. Co-mentions of one sentence
// repeat it, and every relation repeats its digest, date and link: as objects, the relations
// were nine tenths of the file, and parsing them most of a rebuild's reading (2.6 s of the bulk
// corpus's, against 0.6 s for this).
import { Interner } from "../interner.ts";
import type { EdgeKind, Relation } from "../types.ts";

/** source, target, predicate, role, confidence, extractor, reason, doc, date, text, start, end, url. */
const RELATION_FIELDS = 13;

export interface PackedRelations {
  strings: string[];
  relations: number[];
}

export function packRelations(relations: readonly Relation[]): PackedRelations {
  const strings = new Interner({ copy: false }); // serialised at once: nothing to keep alive
  const out: number[] = [];
  for (const r of relations) {
    const e = r.evidence;
    out.push(strings.id(r.source), strings.id(r.target), strings.id(r.predicate), strings.id(r.role ?? null), r.confidence);
    out.push(strings.id(r.extractor), strings.id(r.reason), strings.id(e.doc), strings.id(e.date), strings.id(e.text));
    out.push(e.span.start, e.span.end, strings.id(e.url));
  }
  return { strings: strings.values, relations: out };
}

/** The relations of a packed part; a part written before packing holds them as objects, and is returned as it is. */
export function unpackRelations(part: { strings?: string[]; relations: Relation[] | number[] }): Relation[] {
  const { strings } = part;
  if (!strings) return part.relations as Relation[];
  const packed = part.relations as number[];
  if (packed.length % RELATION_FIELDS !== 0) throw new Error(`the relations hold ${packed.length} numbers, not ${RELATION_FIELDS} per relation`);
  const string = (i: number): string => {
    const s = strings[i];
    if (s === undefined) throw new Error(`a relation names string ${i}, which the table does not hold`);
    return s;
  };
  const maybe = (i: number): string | null => (i < 0 ? null : string(i));
  const relations: Relation[] = [];
  for (let o = 0; o < packed.length; o += RELATION_FIELDS) {
    const role = maybe(packed[o + 3]!);
    const relation: Relation = {
      source: string(packed[o]!),
      target: string(packed[o + 1]!),
      predicate: string(packed[o + 2]!) as EdgeKind,
      confidence: packed[o + 4]!,
      extractor: string(packed[o + 5]!),
      reason: string(packed[o + 6]!),
      evidence: {
        doc: string(packed[o + 7]!),
        date: maybe(packed[o + 8]!),
        text: string(packed[o + 9]!),
        span: { start: packed[o + 10]!, end: packed[o + 11]! },
        url: maybe(packed[o + 12]!),
      },
    };
    if (role !== null) relation.role = role;
    relations.push(relation);
  }
  return relations;
}
