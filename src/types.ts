// The domain of aikg, named once: every pipeline stage speaks these types.
// read → segment → extract → resolve → build graph → analyse → query/export

/** UTF-16 offsets into Doc.text, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export const ENTITY_TYPES = [
  "organization",
  "person",
  "model",
  "product",
  "hardware",
  "dataset",
  "research",
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const PREDICATES = [
  "develops",
  "works_for",
  "founded",
  "invests_in",
  "partners_with",
  "competes_with",
  "acquires",
  "sues",
  "uses",
  "based_on",
  "evaluated_on",
] as const;
export type Predicate = (typeof PREDICATES)[number];
/** Co-mention within one item: a weaker edge kind kept apart from typed relations. */
export type EdgeKind = Predicate | "co_mention";
/** Predicates whose direction carries no meaning. */
export const SYMMETRIC_PREDICATES: ReadonlySet<EdgeKind> = new Set([
  "partners_with",
  "competes_with",
  "co_mention",
]);

/** Digest series recognised by content. */
export type Series =
  | "hubtoday"
  | "ainews-zh"
  | "wechat"
  | "twitter-report"
  | "ainews-en"
  | "markdown"
  | "text";

export interface Link {
  url: string;
  label: string;
  /** Span of the whole markdown link (or bare URL) in Doc.text. */
  span: Span;
}

/** One news item of a digest: a heading and its body. */
export interface Item {
  heading: string;
  /** The section (## or ### heading) the item sits under, if any. */
  section: string | null;
  /** Whole item, heading included. */
  span: Span;
  headingSpan: Span;
  links: Link[];
}

export interface Doc {
  /** File stem, e.g. "hubtoday_2025-06-01". */
  id: string;
  /** File name as read, e.g. "hubtoday_2025-06-01.md". */
  file: string;
  /** sha256 of the file's bytes: a digest is identified by its content. */
  hash: string;
  series: Series;
  title: string;
  /** YYYY-MM-DD from front matter, title or file name. */
  date: string | null;
  /** Decoded text (BOM removed); every Span indexes into it. */
  text: string;
  items: Item[];
  links: Link[];
  /** Spans that are not entity text: front matter, URLs, image alt, attribution lines, footers. */
  excluded: Span[];
  /** Markdown bold/emphasis spans (inner text): a strong hint that a name is there. */
  emphasis: Span[];
}

/** A sentence or clause of entity text, the unit relation cues work in. */
export interface Sentence {
  span: Span;
  /** Index into Doc.items, or -1 outside any item. */
  item: number;
}

export interface Mention {
  span: Span;
  /** Exactly Doc.text.slice(span.start, span.end). */
  text: string;
  type: EntityType;
  /** Canonical name when the extractor knows it (lexicon), else undefined. */
  canonical?: string;
  extractor: string;
  reason: string;
  confidence: number;
  /** An organization named at the start of a longer name ("OpenAI" in "OpenAI o3"). */
  nested?: boolean;
  /** The type is a default, not read from any cue: the role the name plays may settle it. */
  guessed?: boolean;
  /** Only ordinary words ("Plan Mode"): kept only if a relation cue treats it as a name. */
  weak?: boolean;
  /** A quantised or packaged build of the entity ("Qwen3-30B-A3B-GGUF" of Qwen3-30B-A3B). */
  build?: boolean;
  /** A letter and a digit ("K3") that may stand for a model the digest names in full ("Kimi K3"): kept only where it does (src/resolve/resolve.ts). */
  shortForm?: boolean;
}

/** A mention after resolution: it points at the entity it names. */
export interface ResolvedMention extends Mention {
  entity: string;
  sentence: number;
}

export interface Entity {
  /** Stable key: normalised canonical name. */
  id: string;
  name: string;
  type: EntityType;
  altTypes?: EntityType[];
  /** Every surface form seen, canonical name first when it was seen. */
  aliases: string[];
  mentions: number;
  confidence: number;
}

export interface Evidence {
  /** Digest id (file stem). */
  doc: string;
  date: string | null;
  /** The sentence (or shortest span) that states the relation. */
  text: string;
  span: Span;
  /** The item's first link, as provenance. */
  url: string | null;
}

export interface Relation {
  /** Entity ids. */
  source: string;
  target: string;
  predicate: EdgeKind;
  role?: string;
  confidence: number;
  extractor: string;
  reason: string;
  evidence: Evidence;
  /** A rule too often wrong to stand alone: the relation classifier weighs it; it is not kept as it is. */
  hint?: boolean;
}

/** What extraction yields for one digest. */
export interface Extraction {
  /** `taught`: the signature of the names a curation taught the extractors that the digest mentions (src/resolve/taught.ts). */
  doc: Pick<Doc, "id" | "file" | "hash" | "series" | "title" | "date"> & { taught?: string };
  entities: Entity[];
  relations: Relation[];
  mentions: ResolvedMention[];
}

/** An extraction already serialised as its store file (a worker thread does it, not the build's thread). */
export interface EncodedExtraction {
  doc: Extraction["doc"];
  json: string;
}

/** What extraction hands the store: an extraction, or the same already serialised. */
export type ExtractionOut = Extraction | EncodedExtraction;

/** Attributes of a node in the knowledge graph (graphology). */
export interface NodeAttributes {
  name: string;
  label: string;
  type: EntityType;
  aliases: string[];
  mentions: number;
  firstSeen: string | null;
  lastSeen: string | null;
  docs: string[];
  community?: number;
  pagerank?: number;
  degree?: number;
  weightedDegree?: number;
  betweenness?: number;
  x?: number;
  y?: number;
}

/** Attributes of an edge: one edge per (source, predicate, target). */
export interface EdgeAttributes {
  predicate: EdgeKind;
  weight: number;
  roles?: string[];
  evidence: Evidence[];
  firstSeen: string | null;
  lastSeen: string | null;
}
