// Finds known surface forms in text. Chinese forms match anywhere; Latin forms only as whole
// words, case-sensitively or in all capitals ("Meta" never fires inside "metadata").
// Forms are kept in exact-string maps keyed by their first two characters with the lengths they
// come in, so a position costs a few hash lookups. (modern-ahocorasick segments text with
// Intl.Segmenter, which is quadratic on long strings: see TOOLCHAIN.md.)
import { hasCjk, isLatinWordChar } from "./normalize.ts";

export interface Form<T> {
  form: string;
  value: T;
}

export interface Found<T> extends Form<T> {
  start: number;
  end: number;
}

interface Bucket<T> {
  /** Distinct lengths of the forms in this bucket, longest first. */
  lengths: number[];
  /** Surface (the form, or its all-capitals variant) → form. */
  forms: Map<string, Form<T> & { cjk: boolean }>;
}

export type ScanIndex<T> = Map<string, Bucket<T>>;

// One-character forms never match (no bucket key is one character): alone they are too ambiguous
// to scan for; the latin-names extractor still looks up a lone "X" as a whole word.
const keyOf = (s: string) => s.slice(0, 2);

export function buildScanIndex<T>(forms: Iterable<Form<T>>): ScanIndex<T> {
  const index: ScanIndex<T> = new Map();
  const add = (surface: string, f: Form<T>, cjk: boolean) => {
    let bucket = index.get(keyOf(surface));
    if (!bucket) index.set(keyOf(surface), (bucket = { lengths: [], forms: new Map() }));
    if (bucket.forms.has(surface)) return;
    bucket.forms.set(surface, { ...f, cjk });
    if (!bucket.lengths.includes(surface.length)) bucket.lengths.push(surface.length);
  };
  for (const f of forms) {
    if (!f.form) continue;
    const cjk = hasCjk(f.form);
    add(f.form, f, cjk);
    if (!cjk && f.form.toUpperCase() !== f.form) add(f.form.toUpperCase(), f, cjk);
  }
  for (const bucket of index.values()) bucket.lengths.sort((a, b) => b - a);
  return index;
}

/** The longest known form starting at each position (positions inside a match are skipped). */
export function scanForms<T>(text: string, index: ScanIndex<T>): Found<T>[] {
  const out: Found<T>[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === " " || c === "\n") continue;
    if (isLatinWordChar(c) && (isLatinWordChar(text[i - 1]) || joinsWord(text, i - 1, -1))) continue;
    const found = matchAt(text, i, index);
    if (found) {
      out.push(found);
      i = found.end - 1;
    }
  }
  return out;
}

/** The longest known form that starts exactly at `i`, with word boundaries for Latin forms. */
export function matchAt<T>(text: string, i: number, index: ScanIndex<T>): Found<T> | undefined {
  const bucket = index.get(text.slice(i, i + 2));
  if (!bucket) return undefined;
  for (const length of bucket.lengths) {
    if (i + length > text.length) continue; // a slice past the end would be shorter than `length`
    const f = bucket.forms.get(text.slice(i, i + length));
    if (!f) continue;
    const end = i + length;
    if (!f.cjk && isLatinWordChar(f.form.at(-1)) && (isLatinWordChar(text[end]) || joinsWord(text, end, 1))) continue;
    return { form: f.form, value: f.value, start: i, end };
  }
  return undefined;
}

/** A hyphen or dot between word characters continues a name: "GLM-4.7" is not a word of "GLM-4.7-Flash". */
function joinsWord(text: string, at: number, step: 1 | -1): boolean {
  return (text[at] === "-" || text[at] === ".") && isLatinWordChar(text[at + step]);
}
