// What a corpus's first pass keeps of each digest for the second: the mentions the entity
// extractors found, packed into typed arrays and one shared table of strings. Kept as objects,
// a corpus's half a million mentions would cost hundreds of MB and be traced by every full GC;
// packed, they cost a few MB and almost nothing to the GC. Each mention's text is
// Doc.text.slice(span), so it is not kept: unpacking takes the digest's text.
import type { EntityType, Mention } from "../types.ts";
import { Interner } from "../interner.ts";

/** Mention lists (some absent), packed: `counts[i]` mentions of list i, or -1 for an absent list. */
export interface PackedMentions {
  counts: Int32Array;
  /** FIELDS numbers per mention. */
  ints: Int32Array;
  confidence: Float64Array;
}

// start, end, type, canonical (-1: absent), extractor, reason, flags
const FIELDS = 7;
// Each optional flag in two bits: absent, false or true.
const FLAGS = ["nested", "guessed", "weak", "shortForm"] as const;

export class MentionPacker {
  /** Types, canonical names, extractors, reasons (copied in: the table keeps no digest's text alive). */
  private readonly strings = new Interner();

  pack(lists: readonly (readonly Mention[] | null)[]): PackedMentions {
    const total = lists.reduce((n, list) => n + (list?.length ?? 0), 0);
    const packed: PackedMentions = { counts: new Int32Array(lists.length), ints: new Int32Array(total * FIELDS), confidence: new Float64Array(total) };
    let k = 0;
    lists.forEach((list, i) => {
      packed.counts[i] = list ? list.length : -1;
      for (const m of list ?? []) {
        const at = k * FIELDS;
        const { ints } = packed;
        ints[at] = m.span.start;
        ints[at + 1] = m.span.end;
        ints[at + 2] = this.strings.id(m.type);
        ints[at + 3] = m.canonical === undefined ? -1 : this.strings.id(m.canonical);
        ints[at + 4] = this.strings.id(m.extractor);
        ints[at + 5] = this.strings.id(m.reason);
        ints[at + 6] = flagsOf(m);
        packed.confidence[k++] = m.confidence;
      }
    });
    return packed;
  }

  /** The lists back, each mention's text read from `text` (the digest's Doc.text). */
  unpack(packed: PackedMentions, text: string): (Mention[] | null)[] {
    let k = 0;
    return Array.from(packed.counts, (count) => {
      if (count < 0) return null;
      const list: Mention[] = [];
      for (let j = 0; j < count; j++, k++) list.push(this.mention(packed, k, text));
      return list;
    });
  }

  private mention({ ints, confidence }: PackedMentions, k: number, text: string): Mention {
    const at = k * FIELDS;
    const start = ints[at]!;
    const end = ints[at + 1]!;
    const canonical = ints[at + 3]!;
    const m: Mention = {
      span: { start, end },
      text: text.slice(start, end),
      type: this.strings.values[ints[at + 2]!] as EntityType,
      ...(canonical >= 0 ? { canonical: this.strings.values[canonical]! } : {}),
      extractor: this.strings.values[ints[at + 4]!]!,
      reason: this.strings.values[ints[at + 5]!]!,
      confidence: confidence[k]!,
    };
    const flags = ints[at + 6]!;
    FLAGS.forEach((flag, f) => {
      const bits = (flags >> (2 * f)) & 3;
      if (bits) m[flag] = bits === 2;
    });
    return m;
  }
}

function flagsOf(m: Mention): number {
  let flags = 0;
  FLAGS.forEach((flag, f) => {
    const value = m[flag];
    if (value !== undefined) flags |= (value ? 2 : 1) << (2 * f);
  });
  return flags;
}
