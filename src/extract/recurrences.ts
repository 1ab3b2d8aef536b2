// One name, one reading per digest: a name an extractor read with confidence somewhere in a
// digest (bold, a cue, its shape) is the same name where the digest writes it again, though no
// cue marks it there ("**DiffusionGemma**" … "Google introduced [DiffusionGemma](…)"). The lexicon
// and the learnt names are found everywhere already; this finds the digest's own names again.
// It runs on resolved mentions, after the entity stage: a form found again names the entity its
// first reading resolved to, so a corpus's first pass (which only learns names) never runs it.
import type { Doc, EntityType, ResolvedMention, Sentence, Span } from "../types.ts";
import { NameMemo } from "../memo.ts";
import { firstEndingAfter, mergeSpans } from "../read/spans.ts";
import { buildScanIndex, scanForms, type Form } from "../resolve/scan.ts";
import { hasCjk } from "../resolve/normalize.ts";
import { sentenceOf } from "../resolve/resolve.ts";
import { inPlace } from "../segment/places.ts";
import { isCommenter } from "../segment/commenters.ts";
import { isCommonWord } from "../../extractors/entities/english/words.ts";

export const RECURRENCE_DEFAULTS = {
  /** Extractors whose names are found at every occurrence already, or that name no surface form. */
  skipExtractors: new Set(["lexicon", "learned", "recurrence", "anaphora"]),
  /** Latin forms shorter than this are too ambiguous to find again without a cue ("Pi", "Arc"). */
  minLatinLength: 4,
  minCjkLength: 2,
  confidence: 0.6,
};

interface Reading {
  entity: string;
  type: EntityType;
  guessed: boolean;
}

/** Mentions of the digest's own confident names where it writes them again and nothing else was found there. */
export function recurrences(
  doc: Pick<Doc, "text" | "links">,
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly ResolvedMention[],
  options = RECURRENCE_DEFAULTS,
): ResolvedMention[] {
  const readings = new Map<string, Reading | null>();
  for (const m of mentions) {
    if (m.weak || m.build || m.shortForm || m.nested || options.skipExtractors.has(m.extractor)) continue;
    const form = text.slice(m.span.start, m.span.end);
    if (!isFindable(form, options)) continue;
    const seen = readings.get(form);
    if (seen === undefined) readings.set(form, { entity: m.entity, type: m.type, guessed: m.guessed === true });
    else if (seen && (seen.entity !== m.entity || seen.type !== m.type)) readings.set(form, null); // read two ways: not found again
  }
  const forms: Form<Reading>[] = [];
  for (const [form, reading] of readings) if (reading) forms.push({ form, value: reading });
  if (forms.length === 0) return [];
  const taken = mergeSpans(mentions.map((m) => m.span));
  const out: ResolvedMention[] = [];
  for (const { form, value, start, end } of scanForms(text, buildScanIndex(forms))) {
    if (overlapsAny(taken, start, end) || inPlace(doc, start, end) || isCommenter(doc, start, end)) continue;
    const m: ResolvedMention = {
      span: { start, end },
      text: doc.text.slice(start, end),
      type: value.type,
      extractor: "recurrence",
      reason: `'${form}' is read as ${value.type} elsewhere in this digest`,
      confidence: options.confidence,
      entity: value.entity,
      sentence: sentenceOf(sentences, start),
    };
    // (A type only guessed where the name was read stays a guess here: the role the name plays may settle it.)
    if (value.guessed) m.guessed = true;
    out.push(m);
  }
  return out;
}

/** Whether a form may be found again without a cue; the same forms recur across a corpus, so the answer is kept. */
const isFindable = (form: string, options: typeof RECURRENCE_DEFAULTS): boolean => findable.through(form, (f) => readsAsName(f, options));

const findable = new NameMemo<boolean>();

function readsAsName(form: string, options: typeof RECURRENCE_DEFAULTS): boolean {
  if (hasCjk(form)) return form.length >= options.minCjkLength;
  // A Latin name written in ordinary words only ("Memory Palace") or all in lower case is a name where a cue says so.
  return form.length >= options.minLatinLength && /[A-Z0-9]/.test(form) && !form.split(/[\s-]+/).every(isCommonWord);
}

/** Whether [start, end) overlaps one of the sorted, merged spans. */
function overlapsAny(taken: readonly Span[], start: number, end: number): boolean {
  const span = taken[firstEndingAfter(taken, start)];
  return span !== undefined && span.start < end;
}
