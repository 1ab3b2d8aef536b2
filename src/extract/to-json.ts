// The extraction of one digest in the gold format of GUIDELINES.md (doc, entities, relations),
// with the evidence, offsets, confidence and reason of every relation added.
import type { Extraction } from "../types.ts";
import { readableEvidence } from "../../extractors/relations/shared.ts";

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
  /** The statement: the digest's text at `span`, as a reader sees it. */
  evidence: string;
  /** The whole sentence the relation was found in (markdown taken out), which holds `span`. */
  sentence: string;
  span: [number, number];
  date: string | null;
  url: string | null;
  confidence: number;
  extractor: string;
  reason: string;
}

const round = (x: number) => Math.round(x * 100) / 100;

/** `text`: the digest's text, to quote each statement (without it the sentence stands in). */
export function toJson(x: Extraction, text?: string): ExtractionJson {
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
      evidence: text === undefined ? r.evidence.text : readableEvidence(text.slice(r.evidence.span.start, r.evidence.span.end)),
      sentence: r.evidence.text,
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
