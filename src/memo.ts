// Memos of what is worked out per name (the same names recur in every digest of a corpus):
// bounded, and keyed by copies, because a name sliced from a digest is a view that would keep
// the whole digest's text alive for as long as the memo holds it.

/** Shorter strings are always copied when sliced (V8's SlicedString minimum length). */
const SLICE_MIN_LENGTH = 13;

/** A string with no tie to the text it was sliced from. */
export const ownCopy = (s: string): string => (s.length < SLICE_MIN_LENGTH ? s : (" " + s).slice(1));

export class NameMemo<V> {
  private readonly map = new Map<string, V>();

  constructor(private readonly limit = 100_000) {}

  get(key: string): V | undefined {
    return this.map.get(key);
  }

  /** Remembers and returns `value`; a full memo starts over rather than grow. */
  set(key: string, value: V): V {
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(ownCopy(key), value);
    return value;
  }

  /** The value remembered for `key`, else `work(key)` remembered. */
  through(key: string, work: (key: string) => V): V {
    const found = this.map.get(key);
    return found !== undefined ? found : this.set(key, work(key));
  }
}
