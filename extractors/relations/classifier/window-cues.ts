// The relations whose cue words a stretch of a digest's text holds (cues.ts), for the features
// of the words between, before and after two names and of whole sentences: what each relation's
// pattern finds in the stretch alone, read from one scan for every cue word
// (cue-scan.ts), once per sentence. Should the words be ones a scan cannot stand for, the
// patterns are run.
import type { Sentence } from "../../../src/types.ts";
import type { CueClass } from "./cues.ts";
import { CueWords, type Occurrences } from "./cue-scan.ts";
import { SHARED } from "./sentence-words.ts";

export interface CueScope {
  text: string;
  sentences: readonly Sentence[];
  /** Cue words of each relation (data/cues/relation-words.json), compiled. */
  cues: readonly CueClass[];
  /** Mentions by sentence: a sentence naming few things has few stretches, each scanned alone. */
  bySentence: readonly (readonly unknown[])[];
  /** The cue relations of each sentence so far (by sentence index). */
  sentenceCues: Map<number, readonly CueClass[]>;
  /** Where the cue words are in each sentence looked at so far (by sentence index). */
  occurrences: Map<number, Occurrences>;
}

/** The relations whose cue words a sentence holds anywhere, worked out once per sentence. */
export function sentenceCues(index: number, scope: CueScope): readonly CueClass[] {
  let cues = scope.sentenceCues.get(index);
  if (!cues) {
    const s = scope.sentences[index];
    scope.sentenceCues.set(index, (cues = s ? cuesIn(s.span.start, s.span.end, index, scope) : []));
  }
  return cues;
}

/** The relations whose cue words text[from, to) holds, in the order of `scope.cues`; `sentence`: the index of a sentence that may hold the stretch. */
export function cuesIn(from: number, to: number, sentence: number, scope: CueScope): readonly CueClass[] {
  const words = wordsOf(scope.cues);
  if (!words) return scope.cues.filter((cue) => cue.pattern.test(scope.text.slice(from, to)));
  // The sentence's words, found once for all the stretches in it; a stretch beyond it, or in a sentence naming few things, is looked at alone.
  const span = scope.sentences[sentence]?.span;
  if (!(span && from >= span.start && to <= span.end && (scope.bySentence[sentence]?.length ?? 0) >= SHARED)) return classesOf(scope.cues, words.relationsOfStretch(scope.text, from, to));
  const found = scope.occurrences.get(sentence) ?? words.scan(scope.text, span.start, span.end);
  scope.occurrences.set(sentence, found);
  return classesOf(scope.cues, words.relationsIn(scope.text, found, from, to));
}

const cueWords = new WeakMap<readonly CueClass[], CueWords | null>();
const lists = new WeakMap<readonly CueClass[], Map<number, readonly CueClass[]>>();

function wordsOf(cues: readonly CueClass[]): CueWords | null {
  let words = cueWords.get(cues);
  if (words === undefined) cueWords.set(cues, (words = CueWords.of(cues)));
  return words;
}

/** The relations of these bits, one list per set of bits. */
function classesOf(cues: readonly CueClass[], bits: number): readonly CueClass[] {
  let byBits = lists.get(cues);
  if (!byBits) lists.set(cues, (byBits = new Map()));
  let list = byBits.get(bits);
  if (!list) byBits.set(bits, (list = cues.filter((_, bit) => (bits & (1 << bit)) !== 0)));
  return list;
}
