// Annotated digests (the gold files of ../shared/eval beside their texts) run through the
// pipeline up to relation extraction: what the learners train on and are scored against.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { basename, extname, join } from "node:path";
import type { ExtractContext } from "../../extractors/types.ts";
import { extractDocs } from "../extract/corpus.ts";
import { readDigest } from "../read/index.ts";
import type { Doc, Extraction, ResolvedMention } from "../types.ts";

export interface GoldEntity {
  name: string;
  type: string;
  alt_types?: string[];
  aliases?: string[];
}

export interface GoldRelation {
  source: string;
  predicate: string;
  target: string;
  evidence?: string;
}

export interface GoldFile {
  doc?: string;
  entities: GoldEntity[];
  relations: GoldRelation[];
}

/** One annotated digest, extracted. */
export interface Annotated {
  /** The set it belongs to ("gold", "gold-dev"…) and the digest's id. */
  set: string;
  doc: Doc;
  gold: GoldFile;
  extraction: Extraction;
  mentions: readonly ResolvedMention[];
  ctx: ExtractContext;
}

/** A set of gold files and the folder holding their digests. */
export interface AnnotatedSet {
  name: string;
  goldDir: string;
  textDir: string;
}

/** The key the scorer (../shared/eval/score.mjs) matches names by. */
export const goldKey = (s: string): string =>
  String(s).normalize("NFKC").toLowerCase().replace(/[\s\-_.·・•'’"“”()（）[\]【】]/g, "");

/** Every digest of each set, extracted as one corpus per set (as `aikg extract DIR` does). */
export function loadAnnotated(sets: readonly AnnotatedSet[]): Annotated[] {
  const out: Annotated[] = [];
  for (const set of sets) {
    const files = readdirSync(set.goldDir).filter((f) => f.endsWith(".json")).sort();
    const golds = files.map((f) => JSON.parse(readFileSync(join(set.goldDir, f), "utf8")) as GoldFile);
    const docs = files.map((f, i) => readDigest(textOf(set, f, golds[i]!)));
    const seen = new Map<string, { mentions: readonly ResolvedMention[]; ctx: ExtractContext }>();
    const xs = extractDocs(docs, { onMentions: (doc, mentions, ctx) => seen.set(doc.id, { mentions, ctx }) });
    xs.forEach((x, i) => {
      const s = seen.get(x.doc.id)!;
      out.push({ set: set.name, doc: docs[i]!, gold: golds[i]!, extraction: x, mentions: s.mentions, ctx: s.ctx });
    });
  }
  return out;
}

/** The digest a gold file annotates: its "doc" field, else a file of the same stem. */
function textOf(set: AnnotatedSet, goldFile: string, gold: GoldFile): string {
  const stem = basename(goldFile, ".json");
  const named = gold.doc ? join(set.textDir, gold.doc) : undefined;
  if (named && existsSync(named)) return named;
  const found = readdirSync(set.textDir).find((f) => basename(f, extname(f)) === stem);
  if (!found) throw new Error(`${goldFile}: no digest named ${stem} in ${set.textDir}`);
  return join(set.textDir, found);
}

/** System entity id → the gold entity's name it stands for (by name or alias, as the scorer matches). */
export function goldNames(extraction: Extraction, gold: GoldFile): Map<string, string> {
  const byKey = new Map<string, string>();
  for (const e of gold.entities) for (const s of [e.name, ...(e.aliases ?? [])]) if (!byKey.has(goldKey(s))) byKey.set(goldKey(s), e.name);
  const out = new Map<string, string>();
  for (const e of extraction.entities) {
    const hit = byKey.get(goldKey(e.name)) ?? e.aliases.map((a) => byKey.get(goldKey(a))).find((n) => n !== undefined);
    if (hit !== undefined) out.set(e.id, hit);
  }
  return out;
}
