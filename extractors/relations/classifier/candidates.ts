// Candidate pairs for the relation classifier: two mentions of different entities that a
// digest may relate — within one sentence, or an item's headline subject and a name in its body.
import type { Doc, ResolvedMention, Sentence } from "../../../src/types.ts";

export type CandidateKind = "sentence" | "heading";

/** Two mentions in text order (`a` first); `kind` says how they were paired. */
export interface Candidate {
  a: ResolvedMention;
  b: ResolvedMention;
  kind: CandidateKind;
  /** Where a and b are among their sentence's mentions (bySentence), for a pair in one sentence; else -1. */
  ia: number;
  ib: number;
}

/** Pairs in one sentence further apart than this (characters) are not candidates. */
const MAX_SPAN = 240;
/** An item's headline subjects: its first few names. */
const HEADLINE_SUBJECTS = 2;

/** `bySentence`: the digest's mentions grouped by sentence (see groupBySentence). */
export function candidatePairs(doc: Doc, bySentence: readonly (readonly ResolvedMention[])[], sentences: readonly Sentence[]): Candidate[] {
  const out: Candidate[] = [];
  for (const ms of bySentence) {
    for (let j = 1; j < ms.length; j++) {
      for (let i = j - 1; i >= 0; i--) {
        const a = ms[i]!;
        const b = ms[j]!;
        if (b.span.start - a.span.end > MAX_SPAN) break;
        if (a.entity !== b.entity && a.span.end <= b.span.start && !seenBefore(ms, i, j)) out.push({ a, b, kind: "sentence", ia: i, ib: j });
      }
    }
  }
  headingPairs(doc, bySentence, sentences, out);
  return out;
}

/** Whether the same two entities were already paired nearer in this sentence (one instance is enough). */
function seenBefore(ms: readonly ResolvedMention[], i: number, j: number): boolean {
  const a = ms[i]!.entity;
  const b = ms[j]!.entity;
  for (let k = i + 1; k < j; k++) if (ms[k]!.entity === a || ms[k]!.entity === b) return true;
  return false;
}

/** The headline's first names paired with the first mention of each other entity in each body sentence. */
function headingPairs(doc: Doc, bySentence: readonly (readonly ResolvedMention[])[], sentences: readonly Sentence[], out: Candidate[]): void {
  let subjects: ResolvedMention[] = [];
  let subjectItem = -1;
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s]!;
    if (sentence.item < 0) continue;
    const item = doc.items[sentence.item]!;
    const inHeading = sentence.span.start < item.headingSpan.end && sentence.span.end > item.headingSpan.start;
    if (inHeading) {
      if (subjectItem !== sentence.item) subjects = [];
      subjectItem = sentence.item;
      for (const m of bySentence[s]!) if (subjects.length < HEADLINE_SUBJECTS && !subjects.some((x) => x.entity === m.entity)) subjects.push(m);
      continue;
    }
    if (subjectItem !== sentence.item || !subjects.length) continue;
    const seen = new Set<string>();
    for (const m of bySentence[s]!) {
      if (seen.has(m.entity) || subjects.some((x) => x.entity === m.entity)) continue;
      seen.add(m.entity);
      for (const a of subjects) out.push({ a, b: m, kind: "heading", ia: -1, ib: -1 });
    }
  }
}

/** Mentions grouped by sentence, in text order; nested names (OpenAI in "OpenAI o3") left out. */
export function groupBySentence(mentions: readonly ResolvedMention[], count: number): readonly (readonly ResolvedMention[])[] {
  // Most sentences name nothing: they share one empty group.
  const groups = new Array<ResolvedMention[]>(count).fill(NONE);
  for (const m of mentions) {
    if (m.nested || m.sentence < 0 || m.sentence >= count) continue;
    if (groups[m.sentence] === NONE) groups[m.sentence] = [m];
    else groups[m.sentence]!.push(m);
  }
  for (const g of groups) if (g.length > 1) g.sort((x, y) => x.span.start - y.span.start || y.span.end - x.span.end);
  return groups;
}

const NONE: ResolvedMention[] = [];
