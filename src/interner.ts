// Strings as numbers into one table: the compact encodings (the graph file's tables, a corpus's
// packed mentions) keep each distinct string once.
import { ownCopy } from "./memo.ts";

/**
 * Strings as indices into a table; null as -1. A new string is copied, so the table keeps no
 * larger text alive, unless the table lives no longer than its strings (`copy: false`).
 */
export class Interner {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();

  constructor(private readonly options: { copy: boolean } = { copy: true }) {}

  id(value: string | null): number {
    if (value === null) return -1;
    let i = this.index.get(value);
    if (i === undefined) {
      i = this.values.length;
      const own = this.options.copy ? ownCopy(value) : value;
      this.values.push(own);
      this.index.set(own, i);
    }
    return i;
  }
}
