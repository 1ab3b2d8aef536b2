// Where the classifier's features go as they are made. A feature's name is its family's prefix
// ("b:", "bT:organization|model|", "bias:sentence") and, for most, a value ("发布"): training and
// the reasons keep the joined strings; classifying looks the value up among the model's names
// of that family, found once per family (feature-index.ts), without joining them.
import { mayGate } from "./cues.ts";

/** A family of features: the part of their names before the value. */
export class Family {
  /** The index this family was last looked up in, and what it found there (feature-index.ts). */
  index: object | null = null;
  /** The row of the prefix alone as a feature, or -1. */
  row = -1;
  /** Value → row, of the names the prefix starts; made the first time a value is looked up. */
  values: ReadonlyMap<string, number> | null = null;

  /** Whether the gates may read features of this family (cues.ts). */
  readonly gates: boolean;

  constructor(readonly prefix: string) {
    this.gates = mayGate(prefix);
  }
}

export interface FeatureSink {
  /** One feature, named `family.prefix + value`. */
  add(family: Family, value?: string): void;
}

/** Collects features as strings. */
export class StringSink implements FeatureSink {
  readonly features: string[] = [];

  add(family: Family, value?: string): void {
    this.features.push(value === undefined ? family.prefix : family.prefix + value);
  }
}
