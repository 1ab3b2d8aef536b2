// Where an evidence sentence names the relation's two entities: every surface form of either
// (its name and aliases, in any case), so the panel can mark both names in the sentence. Works on
// a sentence or a fragment of one, whatever the extractor kept.

export interface Piece {
  text: string;
  /** The piece is one of the names. */
  marked: boolean;
}

const WORDISH = /[\p{L}\p{N}]/u;
const LATIN_EDGE = /[A-Za-z0-9]/;
const escape = (form: string): string => form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A Latin name matches as a whole word (GPT-4 is not marked inside GPT-4o, X not inside Xbox);
 * a Chinese one anywhere (谷歌 inside 的谷歌发布).
 */
function pattern(form: string): string {
  const start = LATIN_EDGE.test(form[0]!) ? "(?<![A-Za-z0-9])" : "";
  const end = LATIN_EDGE.test(form[form.length - 1]!) ? "(?![A-Za-z0-9])" : "";
  return `${start}${escape(form)}${end}`;
}

/** A matcher for these surface forms, longest first; forms without a letter or digit are skipped. */
export function nameMatcher(forms: Iterable<string>): RegExp | null {
  const unique = new Map<string, string>();
  for (const form of forms) {
    const trimmed = form.trim();
    if (trimmed && WORDISH.test(trimmed)) unique.set(trimmed.toLowerCase(), trimmed);
  }
  if (unique.size === 0) return null;
  const sorted = [...unique.values()].sort((a, b) => b.length - a.length);
  return new RegExp(sorted.map(pattern).join("|"), "giu");
}

/** The text cut into pieces, the names marked. */
export function markNames(text: string, matcher: RegExp | null): Piece[] {
  if (!matcher) return [{ text, marked: false }];
  const pieces: Piece[] = [];
  let at = 0;
  for (const match of text.matchAll(matcher)) {
    const start = match.index;
    if (start > at) pieces.push({ text: text.slice(at, start), marked: false });
    pieces.push({ text: match[0], marked: true });
    at = start + match[0].length;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}
