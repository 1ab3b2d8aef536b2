// Names a person taught the extractors (a curation's `add` and `alias`, src/curate/taught.ts):
// lexicon entries put before the lexicon's own for the digests extracted from then on, and a
// digest's signature of them, so a store knows which digests to extract again when they change.
// The signature covers the taught entries whose names the digest holds, written in any case,
// spacing or punctuation (more than the lexicon matches, never less): a digest that mentions
// none of them has none, and its extraction is what it would be without them.
import { createHash } from "node:crypto";
import { lookup, withEntries, type LexEntry, type Lexicon } from "./lexicon.ts";

/** Letters and digits only, in lower case (NFKC): what any spelling of a name keeps. */
const squash = (s: string): string => s.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

const lexicons = new WeakMap<readonly LexEntry[], Lexicon>();

/**
 * The lexicon with the taught entries (built once per list). An entry the lexicon has already
 * (by its name) keeps what the lexicon knows of it (maker, family) and gains the taught forms.
 */
export function taughtLexicon(base: Lexicon, taught: readonly LexEntry[]): Lexicon {
  if (taught.length === 0) return base;
  let lexicon = lexicons.get(taught);
  if (!lexicon) {
    const entries = taught.map((t): LexEntry => {
      const known = lookup(base, t.name);
      return known ? { ...known, type: t.type, aliases: [...new Set([...known.aliases, ...t.aliases])] } : t;
    });
    lexicons.set(taught, (lexicon = withEntries(base, entries)));
  }
  return lexicon;
}

export interface TaughtSigner {
  /** The signature of the taught entries `text` mentions, or undefined when it mentions none. */
  (text: string): string | undefined;
}

const signers = new WeakMap<readonly LexEntry[], TaughtSigner>();

/** The signer for these taught entries (made once per list). */
export function taughtSigner(taught: readonly LexEntry[]): TaughtSigner {
  let signer = signers.get(taught);
  if (!signer) signers.set(taught, (signer = makeSigner(taught)));
  return signer;
}

function makeSigner(taught: readonly LexEntry[]): TaughtSigner {
  const forms = taught.map((entry) => ({ entry, keys: [entry.name, ...entry.aliases].map(squash).filter(Boolean) }));
  return (text) => {
    if (forms.length === 0) return undefined;
    const squashed = squash(text);
    const found = forms.filter(({ keys }) => keys.some((k) => squashed.includes(k))).map(({ entry }) => entry);
    if (found.length === 0) return undefined;
    return createHash("sha256").update(JSON.stringify(found)).digest("hex").slice(0, 16);
  };
}
