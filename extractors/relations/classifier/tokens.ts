// Words of a short stretch of mixed Chinese and English text, for the classifier's features:
// lower-cased Latin words (a light stem: "released" ≡ "release"), numbers as "#", Chinese as
// character pairs (no dictionary needed: "发布了" → 发布, 布了), punctuation as itself.
// The pieces are those of /[a-z]+|[0-9]+(?:\.[0-9]+)?|[\u3400-\u9fff]+|[^\s\w\u3400-\u9fff*`_“”"‘’]/g
// on the lower-cased text, read by hand: no match objects for the tens of thousands of stretches
// a digest's candidates have (test/extractors/classifier-fast-path.test.ts holds them equal).

export function tokens(text: string): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase();
  readPieces(lower, 0, lower.length, out, null);
  return out;
}

/** Where a text's pieces are and which of its tokens each gave. */
export interface Pieces {
  starts: number[];
  ends: number[];
  /** Whether the piece is a run of Chinese characters (read as pairs). */
  cjk: boolean[];
  /** The index in the tokens of the piece's first token. */
  firsts: number[];
}

/** Pushes the tokens of lower[from, to) (lower-cased text) to `out`, and where each piece is to `pieces`. */
export function readPieces(lower: string, from: number, to: number, out: string[], pieces: Pieces | null): void {
  let i = from;
  while (i < to) {
    const c = lower.charCodeAt(i);
    const start = i++;
    const first = out.length;
    let cjk = false;
    if (isLetter(c)) {
      while (i < to && isLetter(lower.charCodeAt(i))) i++;
      out.push(stem(lower.slice(start, i)));
    } else if (isDigit(c)) {
      while (i < to && isDigit(lower.charCodeAt(i))) i++;
      if (i + 1 < to && lower.charCodeAt(i) === 0x2e && isDigit(lower.charCodeAt(i + 1))) for (i += 2; i < to && isDigit(lower.charCodeAt(i)); ) i++;
      out.push("#");
    } else if (isCjk(c)) {
      while (i < to && isCjk(lower.charCodeAt(i))) i++;
      if (i - start === 1) out.push(lower.slice(start, i));
      for (let k = start; k + 1 < i; k++) out.push(lower.slice(k, k + 2));
      cjk = true;
    } else if (!isSpace(c) && !isWordChar(c) && !SKIPPED.has(c)) out.push(lower[start]!);
    else continue;
    if (pieces) (pieces.starts.push(start), pieces.ends.push(i), pieces.cjk.push(cjk), pieces.firsts.push(first));
  }
}

/** "releases", "released", "releasing" → "releas": enough to share evidence across forms. */
function stem(word: string): string {
  if (word.length <= 4) return word;
  // What /(?:ing|ed|es|s|e)$/ takes off: the leftmost ending that ends the word.
  if (word.endsWith("ing")) return word.slice(0, -3);
  if (word.endsWith("ed") || word.endsWith("es")) return word.slice(0, -2);
  if (word.endsWith("s") || word.endsWith("e")) return word.slice(0, -1);
  return word;
}

const isLetter = (c: number): boolean => c >= 0x61 && c <= 0x7a;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isCjk = (c: number): boolean => c >= 0x3400 && c <= 0x9fff;
/** \w: what is left of it once letters and digits are read is A–Z (not in lower-cased text) and "_". */
const isWordChar = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || c === 0x5f;
/** Marks that are no token. */
const SKIPPED = new Set([..."*`_“”\"‘’"].map((ch) => ch.charCodeAt(0)));

/** \s: JavaScript's white space and line terminators. */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
