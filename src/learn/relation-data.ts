// Training instances for the relation classifier: every candidate pair of an annotated digest,
// its features, and the class the gold gives the two entities (or "none").
import { candidatePairs } from "../../extractors/relations/classifier/candidates.ts";
import { candidateFeatures } from "../../extractors/relations/classifier/features.ts";
import { featureContext } from "../../extractors/relations/classifier/context.ts";
import { classOf } from "../../extractors/relations/classifier/classes.ts";
import { runRelationExtractors } from "../extract/index.ts";
import { withoutZeroAnaphora } from "../resolve/anaphora.ts";
import { PREDICATES, type EntityType, type Predicate, type Relation, type ResolvedMention } from "../types.ts";
import { goldNames, type Annotated } from "./annotated.ts";

export interface Instance {
  /** Index of the digest in the annotated list. */
  doc: number;
  /** Entity ids of the pair, in text order. */
  a: string;
  b: string;
  typeA: EntityType;
  typeB: EntityType;
  features: string[];
  label: string;
}

/** The relation extractors that run before the classifier: their findings are its features. */
export function ruleRelations(x: Pick<Annotated, "doc" | "mentions" | "ctx">, before: string): Relation[] {
  return runRelationExtractors(x.doc, x.mentions as ResolvedMention[], x.ctx, before);
}

export function instancesOf(x: Annotated, index: number): Instance[] {
  const names = goldNames(x.extraction, x.gold);
  const gold = new Map<string, string>();
  for (const r of x.gold.relations) {
    if (!(PREDICATES as readonly string[]).includes(r.predicate)) continue;
    gold.set(`${r.source}\u0000${r.target}`, classOf(r.predicate as Predicate, true));
    gold.set(`${r.target}\u0000${r.source}`, classOf(r.predicate as Predicate, false));
  }
  const earlier = ruleRelations(x, "classifier");
  const fctx = featureContext(x.doc, withoutZeroAnaphora(x.mentions as ResolvedMention[]), x.ctx, earlier);
  return candidatePairs(x.doc, fctx.bySentence, x.ctx.sentences).map((c) => {
    const ga = names.get(c.a.entity);
    const gb = names.get(c.b.entity);
    const label = ga !== undefined && gb !== undefined ? (gold.get(`${ga}\u0000${gb}`) ?? "none") : "none";
    return { doc: index, a: c.a.entity, b: c.b.entity, typeA: c.a.type, typeB: c.b.type, features: candidateFeatures(c, fctx), label };
  });
}
