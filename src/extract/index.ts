// The extract stage: Doc → Extraction (entities, relations with evidence) for one digest; a
// corpus is extracted in corpus.ts (where names learnt in one digest help in the others).
import type { Doc, EntityType, Extraction, Mention, Relation, ResolvedMention } from "../types.ts";
import type { ExtractContext } from "../../extractors/types.ts";
import { ENTITY_EXTRACTORS, RELATION_EXTRACTORS } from "../../extractors/index.ts";
import { entityText } from "../segment/entity-text.ts";
import { sentences } from "../segment/sentences.ts";
import { loadLexicon, type LexEntry, type Lexicon } from "../resolve/lexicon.ts";
import { taughtLexicon, taughtSigner } from "../resolve/taught.ts";
import { resolveMentions } from "../resolve/resolve.ts";
import { addParenAliases } from "../resolve/paren-aliases.ts";
import { anaphora, withoutZeroAnaphora, zeroAnaphora } from "../resolve/anaphora.ts";
import { settleMentions, sortByPosition } from "./settle-mentions.ts";
import { addPrefixOrganizations } from "./prefix-orgs.ts";
import { mergeParenGuesses } from "../resolve/paren-aliases.ts";
import { dropUnusedWeak } from "./drop-weak.ts";
import { dedupeRelations } from "./dedupe-relations.ts";
import { dropBuildDevelops } from "./build-develops.ts";
import { dropFamilyRelations } from "./drop-family-relations.ts";
import { typedAlike } from "./list-types.ts";
import { dropVenueRelations } from "./drop-venue-relations.ts";
import { retypeByRole } from "./retype.ts";
import { recurrences } from "./recurrences.ts";
import { listMembers } from "./list-members.ts";
import { withForProducts } from "./for-products.ts";
import { slashSiblings } from "./slash-siblings.ts";

export interface ExtractOptions {
  lexicon?: Lexicon;
  /** Names a curation taught (src/resolve/taught.ts): they join the lexicon, and each extraction's doc gets their signature. */
  taught?: readonly LexEntry[];
  /** Names learnt from the rest of the corpus (surface form → type). */
  learned?: ReadonlyMap<string, EntityType>;
  /** Called after each digest of a corpus is extracted, in each pass (for progress bars). */
  onDoc?: (pass: 1 | 2) => void;
  /** Called with each digest's resolved mentions and context, before relation extraction (training, analysis). */
  onMentions?: (doc: Doc, mentions: readonly ResolvedMention[], ctx: ExtractContext) => void;
}

/** What each entity extractor found in a digest, in ENTITY_EXTRACTORS order; null where not given. */
export type FoundByExtractor = (readonly Mention[] | null)[];

export function extractDoc(doc: Doc, options: ExtractOptions = {}): Extraction {
  return extractDocFound(doc, options).extraction;
}

/**
 * The extraction, and what each entity extractor found. `given` are mentions found before (a
 * corpus's first pass): they stand for the extractors that do not read learnt names, which are
 * not run again; those that read them always run.
 */
export function extractDocFound(doc: Doc, options: ExtractOptions = {}, given?: FoundByExtractor): { extraction: Extraction; found: FoundByExtractor } {
  const names = findNames(doc, options, given);
  return { extraction: finishExtraction(doc, names, options), found: names.found };
}

/** A digest's entity stage: what each entity extractor found, and the mentions resolved to entities. */
export interface FoundNames {
  ctx: ExtractContext;
  found: FoundByExtractor;
  resolved: ReturnType<typeof resolveMentions>;
}

/** The entity stage alone (what a corpus's first pass needs to learn names from a digest). */
export function findNames(doc: Doc, options: ExtractOptions = {}, given?: FoundByExtractor): FoundNames {
  const lexicon = options.lexicon ?? taughtLexicon(loadLexicon(), options.taught ?? []);
  const text = entityText(doc);
  const ctx: ExtractContext = {
    entityText: text,
    sentences: sentences(doc, text),
    lexicon,
    learned: options.learned ?? new Map(),
  };
  const found = ENTITY_EXTRACTORS.map((e, i) => (e.readsLearned ? null : given?.[i]) ?? e.extract(doc, ctx));
  const named = mergeParenGuesses(withForProducts(doc.text, text, addPrefixOrganizations(settleMentions(found.flat()), lexicon)), text);
  return { ctx, found, resolved: resolveMentions(typedAlike(withStructuralNames(doc, text, named), text), ctx.sentences, lexicon) };
}

/** The settled mentions with the names the digest's structure gives: siblings written short after a slash, and list members. */
function withStructuralNames(doc: Doc, text: string, named: Mention[]): Mention[] {
  const siblings = slashSiblings(doc.text, text, named);
  const kept = siblings.length ? withoutSpans(named, siblings) : named;
  const added = [...listMembers(doc, text, kept), ...siblings];
  return added.length ? sortByPosition([...kept, ...added]) : named;
}

/** The rest after the entity stage: anaphora, relations, and the entities the relations keep. */
function finishExtraction(doc: Doc, { ctx, resolved: found }: FoundNames, options: ExtractOptions): Extraction {
  const { lexicon, entityText: text } = ctx;
  const resolved = withRecurrences(doc, found, ctx);
  const withAnaphora = [...resolved.mentions, ...anaphora(doc, resolved.mentions, ctx.sentences, text)];
  const zero = zeroAnaphora(doc, withAnaphora, ctx.sentences, text);
  const all = zero.length > 0 ? [...withAnaphora, ...zero] : withAnaphora;
  options.onMentions?.(doc, all, ctx);
  const found2 = dropFamilyRelations(dropVenueRelations(dropBuildDevelops(dedupeRelations(extractRelations(doc, all, ctx)), withAnaphora), withAnaphora, text));
  const { entities, mentions, relations } = dropUnusedWeak(resolved.entities, resolved.mentions, found2);
  const taught = options.taught?.length ? taughtSigner(options.taught, options.lexicon ?? loadLexicon())(doc.text) : undefined;
  return {
    doc: { id: doc.id, file: doc.file, hash: doc.hash, series: doc.series, title: doc.title, date: doc.date, ...(taught ? { taught } : {}) },
    entities: retypeByRole(addParenAliases(entities, mentions, doc.text, lexicon), mentions, relations),
    relations,
    mentions,
  };
}

/** The mentions but those on the spans of `others` (a guess a sibling written short replaces). */
function withoutSpans(mentions: Mention[], others: readonly Mention[]): Mention[] {
  const spans = new Set(others.map((m) => `${m.span.start}:${m.span.end}`));
  return mentions.filter((m) => !spans.has(`${m.span.start}:${m.span.end}`));
}

/** The resolved mentions with the digest's own names found again where it writes them without a cue (recurrences.ts). */
function withRecurrences(doc: Doc, resolved: FoundNames["resolved"], ctx: ExtractContext): FoundNames["resolved"] {
  const again = recurrences(doc, ctx.entityText, ctx.sentences, resolved.mentions);
  if (again.length === 0) return resolved;
  return { ...resolved, mentions: [...resolved.mentions, ...again].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end) };
}

/** Every relation extractor in order, each seeing what the ones before it found; hints (what a rule too often wrong says, for the classifier to weigh) are then let go. */
export function extractRelations(doc: Doc, mentions: ResolvedMention[], ctx: ExtractContext): Relation[] {
  return runRelationExtractors(doc, mentions, ctx).filter((r) => !r.hint);
}

/** The relation extractors in order up to (not including) `before`, each seeing what the ones before it found, hints included; zero anaphors go only to those that read them. */
export function runRelationExtractors(doc: Doc, mentions: ResolvedMention[], ctx: ExtractContext, before?: string): Relation[] {
  const found: Relation[] = [];
  const plain = withoutZeroAnaphora(mentions);
  for (const extractor of RELATION_EXTRACTORS) {
    if (extractor.id === before) break;
    for (const r of extractor.extract(doc, extractor.readsZeroAnaphora ? mentions : plain, ctx, found)) found.push(r);
  }
  return found;
}
