// Feature name → its row of the model's weights, looked up from a feature's family and value
// without joining them (a joined string is a fresh one V8 must build, flatten and hash; a
// candidate has ~35 features). A family keeps the map of the rest of the names its prefix
// starts (made once from the sorted names) and the row of the prefix alone, so a lookup answers
// exactly what a map of whole names would, with one small map or none.
import type { Family, FeatureSink } from "./sink.ts";
import { mayGate } from "./cues.ts";

export class FeatureIndex {
  /** Row → feature name. */
  readonly names: readonly string[];
  private readonly rows: ReadonlyMap<string, number>;
  /** Names in code-unit order: those a prefix starts are one run of it. */
  private readonly sorted: readonly string[];
  private readonly byPrefix = new Map<string, ReadonlyMap<string, number>>();

  /** Rows are numbered in the order of `names`, which must be distinct. */
  constructor(names: readonly string[]) {
    this.names = names;
    this.rows = new Map(names.map((name, row) => [name, row]));
    this.sorted = [...names].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  }

  get size(): number {
    return this.names.length;
  }

  /** The row of the feature with this name, or -1. */
  find(name: string): number {
    return this.rows.get(name) ?? -1;
  }

  /** The row of the feature named `family.prefix + value`, or -1. */
  rowOf(family: Family, value?: string): number {
    if (family.index !== this) {
      family.index = this;
      family.row = this.rows.get(family.prefix) ?? -1;
      family.values = null;
    }
    if (value === undefined) return family.row;
    family.values ??= this.withPrefix(family.prefix);
    return family.values.get(value) ?? -1;
  }

  /** The rest of each name `prefix` starts → its row. */
  private withPrefix(prefix: string): ReadonlyMap<string, number> {
    let map = this.byPrefix.get(prefix);
    if (map) return map;
    const out = new Map<string, number>();
    for (let i = firstAtLeast(this.sorted, prefix); i < this.sorted.length && this.sorted[i]!.startsWith(prefix); i++) {
      const name = this.sorted[i]!;
      out.set(name.slice(prefix.length), this.rows.get(name)!);
    }
    this.byPrefix.set(prefix, (map = out));
    return map;
  }
}

/** The index of the first of `sorted` not before `key`. */
function firstAtLeast(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The distinct rows of one candidate's features that the model knows, in the order first added. */
export class RowSink implements FeatureSink {
  rows = new Int32Array(64);
  count = 0;
  /** A row is in `rows` when its stamp is the current one: no clearing between candidates. */
  private seen: Int32Array;
  private stamp = 0;

  constructor(private readonly index: FeatureIndex) {
    this.seen = new Int32Array(index.size);
  }

  /** The features of the candidate the gates may read (cues.ts): their families and values, joined only when asked for. */
  private readonly gateFamilies: (Family | string)[] = [];
  private readonly gateValues: (string | undefined)[] = [];

  /** Starts the next candidate. */
  reset(): this {
    this.count = 0;
    this.gateFamilies.length = 0;
    this.gateValues.length = 0;
    if (++this.stamp === 0x7fffffff) (this.seen.fill(0), (this.stamp = 1));
    return this;
  }

  add(family: Family, value?: string): void {
    if (family.gates) (this.gateFamilies.push(family), this.gateValues.push(value));
    this.addRow(this.index.rowOf(family, value));
  }

  /** Adds the feature named `name`. */
  addName(name: string): void {
    if (mayGate(name)) (this.gateFamilies.push(name), this.gateValues.push(undefined));
    this.addRow(this.index.find(name));
  }

  /** The candidate's features the gates may read, as strings. */
  get gateFeatures(): string[] {
    return this.gateFamilies.map((f, i) => (typeof f === "string" ? f : f.prefix) + (this.gateValues[i] ?? ""));
  }

  private addRow(row: number): void {
    if (row < 0 || this.seen[row] === this.stamp) return;
    this.seen[row] = this.stamp;
    if (this.count === this.rows.length) {
      const grown = new Int32Array(this.rows.length * 2);
      grown.set(this.rows);
      this.rows = grown;
    }
    this.rows[this.count++] = row;
  }
}
