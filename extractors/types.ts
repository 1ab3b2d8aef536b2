// The two plugin interfaces every extractor implements. Extractors are pure: they read the
// Doc and the shared context and return what they found; they never touch the disk.
import type { Doc, EntityType, Mention, Relation, ResolvedMention, Sentence } from "../src/types.ts";
import type { Lexicon } from "../src/resolve/lexicon.ts";

export interface ExtractContext {
  /** Doc.text with every excluded span blanked to spaces: same length, same offsets. */
  entityText: string;
  sentences: Sentence[];
  lexicon: Lexicon;
  /** Names learnt from other digests of the same corpus (surface form → type). */
  learned: ReadonlyMap<string, EntityType>;
}

export interface EntityExtractor {
  id: string;
  /**
   * True when extract() reads ctx.learned. A corpus's second pass, once the learnt names are
   * known, runs only these again; what the others found in the first pass still stands.
   */
  readsLearned?: boolean;
  extract(doc: Doc, ctx: ExtractContext): Mention[];
}

export interface RelationExtractor {
  id: string;
  /** It reads the zero-width mentions of an item's subject before a clause with none (src/resolve/anaphora.ts); others never see them. */
  readsZeroAnaphora?: boolean;
  /** `earlier`: what the relation extractors before this one found in the digest. */
  extract(doc: Doc, mentions: ResolvedMention[], ctx: ExtractContext, earlier: readonly Relation[]): Relation[];
}
