// One name, one reading per digest: a name an extractor read with confidence somewhere in a
// digest (bold, a cue, its shape) is the same name where the digest writes it again, though no
// cue marks it there ("**DiffusionGemma**" … "Google introduced [DiffusionGemma](…)"). The lexicon
// and the learnt names are found everywhere already; this finds the digest's own names again.
import type { Doc, EntityType, Mention } from "../types.ts";
import { buildScanIndex, scanForms, type Form } from "../resolve/scan.ts";
import { hasCjk } from "../resolve/normalize.ts";
import { inPlace } from "../segment/places.ts";
import { isCommenter } from "../segment/commenters.ts";
import { isCommonWord } from "../../extractors/entities/english/words.ts";

export const RECURRENCE_DEFAULTS = {
  /** Extractors whose names are found at every occurrence already (or only by shape where they stand). */
  skipExtractors: new Set(["lexicon", "learned", "recurrence", "anaphora"]),
  /** Latin forms shorter than this are too ambiguous to find again without a cue ("Pi", "Arc"). */
  minLatinLength: 4,
  minCjkLength: 2,
  confidence: 0.6,
};

/** Mentions of the digest's own confident names where it writes them again and nothing else was found there. */
export function recurrences(doc: Pick<Doc, "text" | "links">, text: string, settled: readonly Mention[], options = RECURRENCE_DEFAULTS): Mention[] {
  const types = new Map<string, EntityType | null>();
  const guessed = new Set<string>();
  for (const m of settled) {
    if (m.weak || m.build || m.shortForm || m.nested || options.skipExtractors.has(m.extractor)) continue;
    const form = text.slice(m.span.start, m.span.end);
    if (!isFindable(form, options)) continue;
    if (m.guessed) guessed.add(form);
    const seen = types.get(form);
    types.set(form, seen === undefined || seen === m.type ? m.type : null); // read two ways: not found again
  }
  const forms: Form<EntityType>[] = [];
  for (const [form, type] of types) if (type) forms.push({ form, value: type });
  if (forms.length === 0) return [];
  const taken = takenSpans(settled);
  return scanForms(text, buildScanIndex(forms))
    .filter((f) => !overlapsAny(taken, f.start, f.end) && !inPlace(doc, f.start, f.end) && !isCommenter(doc, f.start, f.end))
    .map(({ form, value: type, start, end }) => ({
      span: { start, end },
      text: doc.text.slice(start, end),
      type,
      extractor: "recurrence",
      reason: `'${form}' is read as ${type} elsewhere in this digest`,
      confidence: options.confidence,
      // (A type only guessed where the name was read stays a guess here: the role the name plays may settle it.)
      ...(guessed.has(form) ? { guessed: true } : {}),
    }));
}

function isFindable(form: string, options: typeof RECURRENCE_DEFAULTS): boolean {
  if (hasCjk(form)) return form.length >= options.minCjkLength;
  // A Latin name written in ordinary words only ("Memory Palace") or all in lower case is a name where a cue says so.
  return form.length >= options.minLatinLength && /[A-Z0-9]/.test(form) && !form.split(/[\s-]+/).every(isCommonWord);
}

/** Spans sorted by start, with the furthest end of each prefix: an overlap test is one binary search. */
interface Taken {
  starts: Int32Array;
  furthestEnd: Int32Array;
}

function takenSpans(mentions: readonly Mention[]): Taken {
  const spans = mentions.map((m) => m.span).sort((a, b) => a.start - b.start);
  const starts = Int32Array.from(spans, (s) => s.start);
  const furthestEnd = new Int32Array(spans.length);
  spans.forEach((s, k) => (furthestEnd[k] = Math.max(s.end, k ? furthestEnd[k - 1]! : 0)));
  return { starts, furthestEnd };
}

/** Whether [start, end) overlaps a taken span: one that starts before `end` and ends after `start`. */
function overlapsAny({ starts, furthestEnd }: Taken, start: number, end: number): boolean {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < end) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && furthestEnd[lo - 1]! > start;
}
