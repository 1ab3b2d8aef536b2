// What the classifier's features read around one name, the same in every pair it is in (a name
// in a list of twenty is in a hundred and ninety): worked out once per mention and digest.
import type { ResolvedMention } from "../../../src/types.ts";
import { nameKey } from "../../../src/resolve/normalize.ts";
import type { CueClass } from "./cues.ts";
import type { FeatureContext } from "./features.ts";
import { windowTokens } from "./sentence-words.ts";
import { cuesIn } from "./window-cues.ts";

/** A score or rank: 87.8%, #1, 200/200, 第一, 92分. */
export const SCORE = /\d(?:\.\d+)?\s?[%％]|#\d\b|\b\d+\/\d+\b|第[一二三123]名?|\d分/;

/** A mention's sides, each worked out when first asked for. */
export interface Sides {
  before?: readonly string[];
  after?: After;
  heading?: Heading;
  /** The item `heading` is of. */
  headingItem?: number;
  lead?: Lead;
  emphasised?: boolean;
  key?: string;
}

interface After {
  /** The words of the 16 characters after the name, in its sentence. */
  words: readonly string[];
  /** The cue relations of the 12 characters after it. */
  cues: readonly CueClass[];
  /** A score right after it. */
  score: boolean;
}

/** A headline subject's side: its headline's first words after it and their cue relations. */
interface Heading {
  words: readonly string[];
  cues: readonly CueClass[];
}

/** A body name's side, as a headline subject's partner: how its clause reaches it. */
interface Lead {
  /** Names of other entities before it in its sentence. */
  before: number;
  cues: readonly CueClass[];
  /** A score in the words leading to it or right after it. */
  score: boolean;
  /** The last two words leading to it. */
  words: readonly string[];
  /** Its sentence opens with a pronoun or "the model". */
  anaphor: boolean;
  /** How many sentences into its item's body. */
  sentence: number;
}

function sidesOf(m: ResolvedMention, ctx: FeatureContext): Sides {
  let sides = ctx.sides.get(m);
  if (!sides) ctx.sides.set(m, (sides = {}));
  return sides;
}

/** The words of the 16 characters before the name, in its sentence. */
export function wordsBefore(m: ResolvedMention, ctx: FeatureContext): readonly string[] {
  const sides = sidesOf(m, ctx);
  return (sides.before ??= windowTokens(Math.max(ctx.sentences[m.sentence]?.span.start ?? 0, m.span.start - 16), m.span.start, m.sentence, ctx));
}

export function after(m: ResolvedMention, ctx: FeatureContext): After {
  const sides = sidesOf(m, ctx);
  if (sides.after) return sides.after;
  const end = ctx.sentences[m.sentence]?.span.end ?? m.span.end;
  const window = ctx.text.slice(m.span.end, Math.min(end, m.span.end + 16));
  return (sides.after = { words: windowTokens(m.span.end, Math.min(end, m.span.end + 16), m.sentence, ctx), cues: cuesIn(m.span.end, Math.min(end, m.span.end + 12), m.sentence, ctx), score: SCORE.test(window) });
}

/** `item`: the index of the item whose headline the subject is in. */
export function headingSide(subject: ResolvedMention, item: number, ctx: FeatureContext): Heading {
  const sides = sidesOf(subject, ctx);
  if (sides.heading && sides.headingItem === item) return sides.heading;
  sides.headingItem = item;
  const it = ctx.doc.items[item];
  const end = it ? Math.min(it.headingSpan.end, subject.span.end + 24) : subject.span.end;
  return (sides.heading = { words: windowTokens(subject.span.end, end, subject.sentence, ctx).slice(0, 3), cues: cuesIn(subject.span.end, end, subject.sentence, ctx) });
}

export function lead(b: ResolvedMention, ctx: FeatureContext): Lead {
  const sides = sidesOf(b, ctx);
  if (sides.lead) return sides.lead;
  const sentence = ctx.sentences[b.sentence];
  const ms = ctx.bySentence[b.sentence] ?? [];
  const before = ms.filter((m) => m.span.end <= b.span.start && m.entity !== b.entity);
  const leadStart = before.length ? before[before.length - 1]!.span.end : (sentence?.span.start ?? b.span.start);
  const from = Math.max(leadStart, b.span.start - 40);
  const text = ctx.text.slice(from, b.span.start);
  const start = sentence?.span.start ?? 0;
  const anaphor = /^\s*[>*-]*\s*[该此这它其]/.test(ctx.text.slice(start, start + 8)) || /^\s*(?:it|its|the model|the company|they)\b/i.test(ctx.text.slice(start, start + 16));
  const firstBody = ctx.firstBodySentence[sentence?.item ?? -1] ?? b.sentence;
  return (sides.lead = {
    before: before.length,
    cues: cuesIn(from, b.span.start, b.sentence, ctx),
    score: SCORE.test(text) || after(b, ctx).score,
    words: windowTokens(from, b.span.start, b.sentence, ctx).slice(-2),
    anaphor,
    sentence: b.sentence - firstBody,
  });
}

/** Whether a bold span holds the mention (Doc.emphasis is sorted and disjoint). */
export function emphasised(m: ResolvedMention, ctx: FeatureContext): boolean {
  const sides = sidesOf(m, ctx);
  if (sides.emphasised !== undefined) return sides.emphasised;
  const spans = ctx.doc.emphasis;
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= m.span.start) lo = mid + 1;
    else hi = mid - 1;
  }
  const s = spans[hi];
  return (sides.emphasised = s !== undefined && m.span.end <= s.end);
}

/** The name's key (nameKey of its canonical name or text). */
export function keyOf(m: ResolvedMention, ctx: FeatureContext): string {
  const sides = sidesOf(m, ctx);
  return (sides.key ??= nameKey(m.canonical ?? m.text));
}
