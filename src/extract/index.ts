// The extract stage: Doc → Extraction (entities, relations with evidence), for one digest or a
// corpus (where names learnt in one digest help recognise them in the others).
import type { Doc, EntityType, Extraction } from "../types.ts";
import type { ExtractContext } from "../../extractors/types.ts";
import { ENTITY_EXTRACTORS, RELATION_EXTRACTORS } from "../../extractors/index.ts";
import { entityText } from "../segment/entity-text.ts";
import { sentences } from "../segment/sentences.ts";
import { loadLexicon, type Lexicon } from "../resolve/lexicon.ts";
import { resolveMentions } from "../resolve/resolve.ts";
import { addParenAliases } from "../resolve/paren-aliases.ts";
import { anaphora } from "../resolve/anaphora.ts";
import { settleMentions } from "./settle-mentions.ts";
import { addPrefixOrganizations } from "./prefix-orgs.ts";
import { mergeParenGuesses } from "../resolve/paren-aliases.ts";
import { dropUnusedWeak } from "./drop-weak.ts";
import { dedupeRelations } from "./dedupe-relations.ts";
import { NameVotes } from "./learn.ts";
import { buildScanIndex, scanForms, type ScanIndex } from "../resolve/scan.ts";
import { retypeByRole } from "./retype.ts";

export interface ExtractOptions {
  lexicon?: Lexicon;
  /** Names learnt from the rest of the corpus (surface form → type). */
  learned?: ReadonlyMap<string, EntityType>;
  /** Called after each digest of a corpus is extracted, in each pass (for progress bars). */
  onDoc?: (pass: 1 | 2) => void;
}

export function extractDoc(doc: Doc, options: ExtractOptions = {}): Extraction {
  const lexicon = options.lexicon ?? loadLexicon();
  const text = entityText(doc);
  const ctx: ExtractContext = {
    entityText: text,
    sentences: sentences(doc, text),
    lexicon,
    learned: options.learned ?? new Map(),
  };
  const found = ENTITY_EXTRACTORS.flatMap((e) => e.extract(doc, ctx));
  const settled = mergeParenGuesses(addPrefixOrganizations(settleMentions(found), lexicon), text);
  const resolved = resolveMentions(settled, ctx.sentences, lexicon);
  const withAnaphora = [...resolved.mentions, ...anaphora(doc, resolved.mentions, ctx.sentences, text)];
  const found2 = dedupeRelations(RELATION_EXTRACTORS.flatMap((r) => r.extract(doc, withAnaphora, ctx)));
  const { entities, mentions, relations } = dropUnusedWeak(resolved.entities, resolved.mentions, found2);
  return {
    doc: { id: doc.id, file: doc.file, hash: doc.hash, series: doc.series, title: doc.title, date: doc.date },
    entities: retypeByRole(addParenAliases(entities, mentions, doc.text, lexicon), mentions, relations),
    relations,
    mentions,
  };
}

/**
 * Extracts a corpus in two passes: the second knows every confident name the first found, and
 * re-extracts only the digests where such a name occurs that the first pass did not find.
 * With `keepMentions: false` (the build) mentions are dropped as soon as they are used, which
 * keeps a large corpus's memory to its entities and relations.
 */
export function extractDocs(docs: readonly Doc[], options: ExtractOptions & { keepMentions?: boolean } = {}): Extraction[] {
  const keep = options.keepMentions ?? true;
  const votes = new NameVotes();
  const found: FirstPass[] = [];
  const first = docs.map((d) => {
    const x = extractDoc(d, options);
    votes.add(x);
    found.push(new Map(x.mentions.map((m) => [m.span.start, { guessed: m.guessed === true, type: m.type }])));
    options.onDoc?.(1);
    return keep ? x : { ...x, mentions: [] };
  });
  const learned = docs.length < 2 ? new Map<string, EntityType>() : votes.learned();
  if (learned.size === 0) return first;
  const index = buildScanIndex([...learned].map(([form, value]) => ({ form, value })));
  return docs.map((d, i) => {
    const again = hasNewName(d, found[i]!, index);
    found[i] = new Map();
    const x = again ? extractDoc(d, { ...options, learned }) : first[i]!;
    options.onDoc?.(2);
    return keep || !again ? x : { ...x, mentions: [] };
  });
}

/** Where the first pass found a name in a digest: start offset → whether it only guessed, and its type. */
type FirstPass = Map<number, { guessed: boolean; type: EntityType }>;

/** Whether a learnt name occurs in the digest where the first pass found nothing, or only guessed. */
function hasNewName(doc: Doc, found: FirstPass, index: ScanIndex<EntityType>): boolean {
  return scanForms(entityText(doc), index).some((f) => {
    const m = found.get(f.start);
    return !m || (m.guessed && m.type !== f.value);
  });
}
