// Finds known surface forms in text. Chinese forms match anywhere; Latin forms only as whole
// words, case-sensitively or in all capitals ("Meta" never fires inside "metadata").
// A first-character index is used rather than Aho-Corasick: modern-ahocorasick segments the text
// with Intl.Segmenter, which is quadratic on long strings (see TOOLCHAIN.md).
import { hasCjk, isLatinWordChar } from "./normalize.ts";

export interface Form<T> {
  form: string;
  value: T;
}

export interface Found<T> extends Form<T> {
  start: number;
  end: number;
}

export type ScanIndex<T> = Map<string, Form<T>[]>;

export function buildScanIndex<T>(forms: Iterable<Form<T>>): ScanIndex<T> {
  const index: ScanIndex<T> = new Map();
  for (const f of forms) {
    if (!f.form) continue;
    const list = index.get(f.form[0]!) ?? [];
    list.push(f);
    index.set(f.form[0]!, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.form.length - a.form.length);
  return index;
}

/** The longest known form starting at each position (positions inside a match are skipped). */
export function scanForms<T>(text: string, index: ScanIndex<T>): Found<T>[] {
  const out: Found<T>[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === " " || c === "\n") continue;
    const latin = isLatinWordChar(c);
    if (latin && (isLatinWordChar(text[i - 1]) || joinsWord(text, i - 1, -1))) continue;
    const other = latin ? index.get(c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()) : undefined;
    const found = firstMatch(text, i, index.get(c)) ?? firstMatch(text, i, other);
    if (found) {
      out.push(found);
      i = found.end - 1;
    }
  }
  return out;
}

function firstMatch<T>(text: string, i: number, candidates: Form<T>[] | undefined): Found<T> | undefined {
  if (!candidates) return undefined;
  for (const f of candidates) {
    const end = i + f.form.length;
    const surface = text.slice(i, end);
    if (hasCjk(f.form)) {
      if (surface === f.form) return { ...f, start: i, end };
    } else if ((surface === f.form || surface === f.form.toUpperCase()) && !(isLatinWordChar(f.form.at(-1)) && (isLatinWordChar(text[end]) || joinsWord(text, end, 1)))) {
      return { ...f, start: i, end };
    }
  }
  return undefined;
}

/** A hyphen or dot between word characters continues a name: "GLM-4.7" is not a word of "GLM-4.7-Flash". */
function joinsWord(text: string, at: number, step: 1 | -1): boolean {
  return (text[at] === "-" || text[at] === ".") && isLatinWordChar(text[at + step]);
}
