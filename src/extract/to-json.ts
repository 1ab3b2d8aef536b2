// The extraction of one digest in the gold format of GUIDELINES.md (doc, entities, relations),
// with the evidence, offsets, confidence and reason of every relation added.
import type { Extraction } from "../types.ts";

export interface ExtractionJson {
  doc: string;
  id: string;
  series: string;
  title: string;
  date: string | null;
  entities: { id: string; name: string; type: string; alt_types?: string[]; aliases: string[]; mentions: number; confidence: number }[];
  relations: RelationJson[];
  co_mentions: { a: string; b: string; evidence: string }[];
}

interface RelationJson {
  source: string;
  predicate: string;
  target: string;
  role?: string;
  evidence: string;
  span: [number, number];
  date: string | null;
  url: string | null;
  confidence: number;
  extractor: string;
  reason: string;
}

const round = (x: number) => Math.round(x * 100) / 100;

export function toJson(x: Extraction): ExtractionJson {
  const names = new Map(x.entities.map((e) => [e.id, e.name]));
  const name = (id: string) => names.get(id) ?? id;
  const typed = x.relations.filter((r) => r.predicate !== "co_mention");
  return {
    doc: x.doc.file,
    id: x.doc.id,
    series: x.doc.series,
    title: x.doc.title,
    date: x.doc.date,
    entities: x.entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      ...(e.altTypes?.length ? { alt_types: e.altTypes } : {}),
      aliases: e.aliases,
      mentions: e.mentions,
      confidence: round(e.confidence),
    })),
    relations: typed.map((r) => ({
      source: name(r.source),
      predicate: r.predicate,
      target: name(r.target),
      ...(r.role ? { role: r.role } : {}),
      evidence: r.evidence.text,
      span: [r.evidence.span.start, r.evidence.span.end],
      date: r.evidence.date,
      url: r.evidence.url,
      confidence: round(r.confidence),
      extractor: r.extractor,
      reason: r.reason,
    })),
    co_mentions: x.relations
      .filter((r) => r.predicate === "co_mention")
      .map((r) => ({ a: name(r.source), b: name(r.target), evidence: r.evidence.text })),
  };
}
