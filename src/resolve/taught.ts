// Names a person taught the extractors (a curation's `add` and `alias`, src/curate/taught.ts):
// lexicon entries put before the lexicon's own for the digests extracted from then on, and a
// digest's signature of them, so a store knows which digests to extract again when they change.
// The signature covers the taught entries whose names the digest holds, written in any case,
// spacing or punctuation (more than the lexicon matches, never less): a digest that mentions
// none of them has none, and its extraction is what it would be without them.
import { shortHash } from "../short-hash.ts";
import { loadLexicon, lookup, withEntries, type LexEntry, type Lexicon } from "./lexicon.ts";

/** Letters and digits only, in lower case (NFKC): what any spelling of a name keeps. */
const squash = (s: string): string => s.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

/**
 * The taught entries as the lexicon takes them: an entry the lexicon has already (by its name)
 * keeps what the lexicon knows of it (maker, family) and gains the taught forms.
 */
function merged(base: Lexicon, taught: readonly LexEntry[]): LexEntry[] {
  return taught.map((t): LexEntry => {
    const known = lookup(base, t.name);
    return known ? { ...known, type: t.type, aliases: [...new Set([...known.aliases, ...t.aliases])] } : t;
  });
}

const lexicons = new WeakMap<readonly LexEntry[], Lexicon>();

/** The lexicon with the taught entries put before its own (built once per list). */
export function taughtLexicon(base: Lexicon, taught: readonly LexEntry[]): Lexicon {
  if (taught.length === 0) return base;
  let lexicon = lexicons.get(taught);
  if (!lexicon) lexicons.set(taught, (lexicon = withEntries(base, merged(base, taught))));
  return lexicon;
}

export interface TaughtSigner {
  /** The signature of the taught entries `text` mentions, or undefined when it mentions none. */
  (text: string): string | undefined;
}

const signers = new WeakMap<readonly LexEntry[], TaughtSigner>();

/** The signer for these taught entries (made once per list). */
export function taughtSigner(taught: readonly LexEntry[], base: Lexicon = loadLexicon()): TaughtSigner {
  let signer = signers.get(taught);
  if (!signer) signers.set(taught, (signer = makeSigner(merged(base, taught), base)));
  return signer;
}

/**
 * Only the forms the lexicon does not give already, as the same entity of the same type, can
 * change an extraction: OpenAI taught one more alias changes nothing in a digest that names it
 * by its old ones.
 */
function makeSigner(entries: readonly LexEntry[], base: Lexicon): TaughtSigner {
  const same = (form: string, entry: LexEntry): boolean => {
    const known = lookup(base, form);
    return known !== undefined && known.name === entry.name && known.type === entry.type;
  };
  const forms = entries.map((entry) => ({ entry, keys: [entry.name, ...entry.aliases].filter((f) => !same(f, entry)).map(squash).filter(Boolean) }));
  return (text) => {
    if (forms.length === 0) return undefined;
    const squashed = squash(text);
    const found = forms.filter(({ keys }) => keys.some((k) => squashed.includes(k))).map(({ entry }) => entry);
    if (found.length === 0) return undefined;
    return shortHash(JSON.stringify(found));
  };
}
