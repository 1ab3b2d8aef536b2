// Every occurrence of every relation's cue words in a sentence, found in one pass over it, so that
// the cue relations of any stretch of it (the words between two names, the sentence) are a range
// query instead of 21 patterns run on each stretch. The words are walked in tries, ASCII letters
// folded to lower case as the patterns' "i" flag folds them. A pattern sees its stretch alone, so
// whether an English word is whole depends on the stretch's edges: each occurrence keeps, by
// relation, what kind of word it is, and is judged against the stretch (see matchesIn).
import type { CueClass } from "./cues.ts";

/** The occurrences in a text, in order of start: where each is, and for which relations (bit masks) it is a Chinese word (matches anywhere), an English word (whole words only) or an attached one ("'s": no word may follow). */
export interface Occurrences {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  anywhere: Int32Array;
  whole: Int32Array;
  attached: Int32Array;
}

/** The cue words of each relation, in two tries: those that may match anywhere (Chinese and attached words) and whole English words. */
export class CueWords {
  private constructor(
    private readonly anywhere: Trie,
    private readonly whole: Trie,
    /** Relations whose pattern matches any text at all (no words). */
    readonly always: number,
  ) {}

  /**
   * The words of these relations (bit i: cues[i]), or null where a scan would not find what the
   * patterns do: an empty word, a word with a non-ASCII letter (which the "i" flag folds
   * otherwise), more than 31 relations.
   */
  static of(cues: readonly CueClass[]): CueWords | null {
    const words = cues.flatMap((c) => [...c.zh, ...c.en]);
    if (cues.length > 31 || words.some((w) => w === "" || [...w].some((ch) => ch.charCodeAt(0) > 0x7f && ch.toLowerCase() !== ch.toUpperCase()))) return null;
    const anywhere = new Trie();
    const whole = new Trie();
    let always = 0;
    cues.forEach((cue, bit) => {
      if (!cue.zh.length && !cue.en.length) always |= 1 << bit;
      for (const w of cue.zh) anywhere.insert(w, bit, ANYWHERE);
      for (const w of cue.en) if (/^['’]/.test(w)) anywhere.insert(w, bit, ATTACHED);
      for (const w of cue.en) if (!/^['’]/.test(w)) whole.insert(w, bit, WHOLE);
    });
    return new CueWords(anywhere, whole, always);
  }

  /**
   * Every occurrence in text[from, to) of a word that may match anywhere, and of an English word
   * where it starts a word (after no letter or digit): one that starts inside a word is whole only
   * for a stretch starting right there, which relationsIn looks for itself.
   */
  scan(text: string, from: number, to: number, out = new OccurrenceList()): Occurrences {
    for (let i = from; i < to; i++) {
      this.anywhere.walk(text, i, to, out);
      if (i === 0 || !isWordChar(text.charCodeAt(i - 1))) this.whole.walk(text, i, to, out);
    }
    return out.done();
  }

  /** The relations (bits) whose pattern matches text[from, to) alone, scanning only it. */
  relationsOfStretch(text: string, from: number, to: number): number {
    return this.relationsIn(text, this.scan(text, from, to, STRETCH.clear()), from, to);
  }

  /** The relations (bits) whose pattern matches text[from, to) alone; `found`: the occurrences in a stretch holding it. */
  relationsIn(text: string, found: Occurrences, from: number, to: number): number {
    let bits = this.always | matchesIn(text, found, from, to);
    if (from > 0 && isWordChar(text.charCodeAt(from - 1))) {
      // An English word starting inside a word, whole for a stretch that starts there.
      this.whole.walk(text, from, to, HERE.clear());
      bits |= matchesIn(text, HERE.done(), from, to);
    }
    return bits;
  }
}

const ANYWHERE = 0;
const WHOLE = 1;
const ATTACHED = 2;

/** Words in a trie of node ids: ASCII steps in a table, others in a map. */
class Trie {
  private ascii = new Int32Array(128 * 64).fill(-1);
  private other = new Map<number, number>();
  /** Per node and kind (ANYWHERE, WHOLE, ATTACHED), the relations (bits) a word ending there is a word of. */
  private kinds: number[] = [0, 0, 0];
  /** Char codes some word starts with: most positions of a text are passed over at once. */
  private firsts = new Uint8Array(0x10000);

  insert(word: string, bit: number, kind: number): void {
    let node = 0;
    this.firsts[fold(word.charCodeAt(0))] = 1;
    for (let i = 0; i < word.length; i++) {
      const c = fold(word.charCodeAt(i));
      let next = this.step(node, c);
      if (next < 0) {
        next = this.kinds.length / 3;
        this.kinds.push(0, 0, 0);
        if (c < 128) {
          if ((next + 1) * 128 > this.ascii.length) this.grow();
          this.ascii[node * 128 + c] = next;
        } else this.other.set(node * 0x10000 + c, next);
      }
      node = next;
    }
    this.kinds[node * 3 + kind]! |= 1 << bit;
  }

  private grow(): void {
    const grown = new Int32Array(this.ascii.length * 2).fill(-1);
    grown.set(this.ascii);
    this.ascii = grown;
  }

  private step(node: number, c: number): number {
    return c < 128 ? this.ascii[node * 128 + c]! : (this.other.get(node * 0x10000 + c) ?? -1);
  }

  /** Adds every word starting at `at` and ending by `end`. */
  walk(text: string, at: number, end: number, out: OccurrenceList): void {
    if (this.firsts[fold(text.charCodeAt(at))] === 0) return;
    let node = 0;
    for (let j = at; j < end; j++) {
      node = this.step(node, fold(text.charCodeAt(j)));
      if (node < 0) return;
      const k = node * 3;
      if (this.kinds[k] || this.kinds[k + 1] || this.kinds[k + 2]) out.push(at, j + 1, this.kinds[k]!, this.kinds[k + 1]!, this.kinds[k + 2]!);
    }
  }
}

/** The relations (bits) of the occurrences inside text[from, to) that a pattern would match in it alone. */
function matchesIn(text: string, found: Occurrences, from: number, to: number): number {
  let bits = 0;
  const { starts, ends } = found;
  for (let k = firstFrom(starts, found.count, from); k < found.count && starts[k]! < to; k++) {
    const end = ends[k]!;
    if (end > to) continue;
    bits |= found.anywhere[k]!;
    // Inside the stretch, a letter or digit beyond a word's edge makes it no whole word; at the stretch's edge nothing does.
    const endFree = end === to || !isWordChar(text.charCodeAt(end));
    if (endFree) bits |= found.attached[k]!;
    if (endFree && (starts[k] === from || !isWordChar(text.charCodeAt(starts[k]! - 1)))) bits |= found.whole[k]!;
  }
  return bits;
}

/** The index of the first start not before `at`. */
function firstFrom(starts: Int32Array, count: number, at: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

class OccurrenceList {
  private n = 0;
  private columns: Int32Array<ArrayBuffer>[] = [new Int32Array(16), new Int32Array(16), new Int32Array(16), new Int32Array(16), new Int32Array(16)];

  clear(): this {
    this.n = 0;
    return this;
  }

  push(start: number, end: number, anywhere: number, whole: number, attached: number): void {
    if (this.n === this.columns[0]!.length) this.columns = this.columns.map(doubled);
    const [s, e, a, w, t] = this.columns as [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array];
    (s[this.n] = start), (e[this.n] = end), (a[this.n] = anywhere), (w[this.n] = whole), (t[this.n] = attached);
    this.n++;
  }

  done(): Occurrences {
    const [starts, ends, anywhere, whole, attached] = this.columns as [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array];
    return { count: this.n, starts, ends, anywhere, whole, attached };
  }
}

/** The words found in a stretch scanned alone, and where it starts inside a word: made once, cleared before each use. */
const STRETCH = new OccurrenceList();
const HERE = new OccurrenceList();

const doubled = (column: Int32Array): Int32Array<ArrayBuffer> => {
  const grown = new Int32Array(column.length * 2);
  grown.set(column);
  return grown;
};

/** ASCII capitals to lower case: what the patterns' "i" flag does to the text the words can match. */
const fold = (c: number): number => (c >= 0x41 && c <= 0x5a ? c + 32 : c);

/** [A-Za-z0-9], what the patterns' word edges look at. */
const isWordChar = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
