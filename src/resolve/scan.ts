// Finds known surface forms in text. Chinese forms match anywhere; Latin forms only as whole
// words, case-sensitively or in all capitals ("Meta" never fires inside "metadata").
// Forms are grouped by their first two characters, and by length within a group; a table of first
// characters and a bit set of the two-character keys let most positions go by without allocating.
// (modern-ahocorasick segments text with Intl.Segmenter, which is quadratic on long strings: see TOOLCHAIN.md.)
import { hasCjk } from "./normalize.ts";

export interface Form<T> {
  form: string;
  value: T;
}

export interface Found<T> extends Form<T> {
  start: number;
  end: number;
}

interface Surface<T> {
  /** The form, or its all-capitals variant: what the text must hold. */
  surface: string;
  form: Form<T>;
  /** A Latin form ending in a word character must end at a word boundary. */
  wordEnd: boolean;
}

interface Bucket<T> {
  /** Distinct lengths of the forms in this bucket, longest first. */
  lengths: number[];
  /** Per length (same order): the surfaces, compared in place when few, else looked up by slice. */
  groups: Surface<T>[][];
  bySurface: (Map<string, Surface<T>> | null)[];
  /** Per length: a bit for each last char code (mod 32) some surface ends with, checked before any slice. */
  lastBits: Int32Array;
  /** Per length: 1 when every surface must end at a word boundary, so a word character after rules the length out. */
  allWordEnd: Uint8Array;
}

export interface ScanIndex<T> {
  /** By the first two char codes (bucketKey); a one-character form by its one code. */
  buckets: Map<number, Bucket<T>>;
  /** 1 for each char code some bucket key starts with. */
  firsts: Uint8Array;
  /** Bit set over a hash of each bucket key's two char codes: no bit, no bucket. */
  keys: Uint32Array;
}

// Local, not imported: under tsx an imported function is read through a getter at every call.
const isLatinWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
const KEY_BITS = 20;
/** Groups up to this size are compared with startsWith; larger ones are looked up in a map. */
const SMALL_GROUP = 8;

const keyHash = (c0: number, c1: number): number => Math.imul(Math.imul(c0, 0x9e3779b1) ^ c1, 0x85ebca6b) >>> (32 - KEY_BITS);
const hasKey = (keys: Uint32Array, h: number): boolean => (keys[h >>> 5]! & (1 << (h & 31))) !== 0;

// One-character forms get a one-character key, which only the text's last position can look up:
// alone they are too ambiguous to scan for; the latin-names extractor still looks up a lone "X".
const keyOf = (s: string) => s.slice(0, 2);
/** A number for the first two characters at i (one at the text's end): no string is made per position. */
const bucketKey = (text: string, i: number): number =>
  i + 1 < text.length ? text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1) : text.charCodeAt(i) - 0x10000;
const lastBit = (code: number): number => 1 << (code & 31);

export function buildScanIndex<T>(forms: Iterable<Form<T>>): ScanIndex<T> {
  const drafts = new Map<string, Map<string, Surface<T>>>();
  const add = (surface: string, form: Form<T>, cjk: boolean) => {
    let bucket = drafts.get(keyOf(surface));
    if (!bucket) drafts.set(keyOf(surface), (bucket = new Map()));
    if (bucket.has(surface)) return; // the first form with a surface keeps it
    bucket.set(surface, { surface, form, wordEnd: !cjk && isLatinWordCode(form.form.charCodeAt(form.form.length - 1)) });
  };
  for (const f of forms) {
    if (!f.form) continue;
    const cjk = hasCjk(f.form);
    add(f.form, f, cjk);
    if (!cjk && f.form.toUpperCase() !== f.form) add(f.form.toUpperCase(), f, cjk);
  }
  const index: ScanIndex<T> = { buckets: new Map(), firsts: new Uint8Array(0x10000), keys: new Uint32Array((1 << KEY_BITS) / 32) };
  for (const [key, surfaces] of drafts) {
    const lengths = [...new Set([...surfaces.keys()].map((s) => s.length))].sort((a, b) => b - a);
    const groups = lengths.map((n) => [...surfaces.values()].filter((s) => s.surface.length === n));
    const bySurface = groups.map((g) => (g.length > SMALL_GROUP ? new Map(g.map((s) => [s.surface, s])) : null));
    const lastBits = Int32Array.from(groups, (g) => g.reduce((bits, s) => bits | lastBit(s.surface.charCodeAt(s.surface.length - 1)), 0));
    const allWordEnd = Uint8Array.from(groups, (g) => Number(g.every((s) => s.wordEnd)));
    index.buckets.set(bucketKey(key, 0), { lengths, groups, bySurface, lastBits, allWordEnd });
    index.firsts[key.charCodeAt(0)] = 1;
    if (key.length === 2) {
      const h = keyHash(key.charCodeAt(0), key.charCodeAt(1));
      index.keys[h >>> 5]! |= 1 << (h & 31);
    }
  }
  return index;
}

/** The longest known form starting at each position (positions inside a match are skipped). */
export function scanForms<T>(text: string, index: ScanIndex<T>): Found<T>[] {
  const out: Found<T>[] = [];
  const { firsts, keys } = index;
  const last = text.length - 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (firsts[c] === 0 || c === 32 || c === 10) continue; // no form starts here
    if (isLatinWordCode(c) && (isLatinWordCode(text.charCodeAt(i - 1)) || joinsWord(text, i - 1, -1))) continue;
    if (i < last && !hasKey(keys, keyHash(c, text.charCodeAt(i + 1)))) continue;
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
  const bucket = index.buckets.get(bucketKey(text, i));
  if (!bucket) return undefined;
  const { lengths, groups, bySurface, lastBits, allWordEnd } = bucket;
  for (let g = 0; g < lengths.length; g++) {
    const end = i + lengths[g]!;
    if (end > text.length) continue;
    if ((lastBits[g]! & lastBit(text.charCodeAt(end - 1))) === 0) continue;
    if (allWordEnd[g] === 1 && end < text.length && (isLatinWordCode(text.charCodeAt(end)) || joinsWord(text, end, 1))) continue;
    const s = find(text, i, end, groups[g]!, bySurface[g]!);
    if (!s) continue;
    if (s.wordEnd && end < text.length && (isLatinWordCode(text.charCodeAt(end)) || joinsWord(text, end, 1))) continue;
    return { form: s.form.form, value: s.form.value, start: i, end };
  }
  return undefined;
}

/** The surface of the group that [i, end) of the text holds, if any. */
function find<T>(text: string, i: number, end: number, group: Surface<T>[], map: Map<string, Surface<T>> | null): Surface<T> | undefined {
  if (map) return map.get(text.slice(i, end));
  for (const s of group) if (text.startsWith(s.surface, i)) return s;
  return undefined;
}

/** A hyphen or dot between word characters continues a name: "GLM-4.7" is not a word of "GLM-4.7-Flash". */
function joinsWord(text: string, at: number, step: 1 | -1): boolean {
  const c = text.charCodeAt(at);
  return (c === 45 || c === 46) && isLatinWordCode(text.charCodeAt(at + step));
}
