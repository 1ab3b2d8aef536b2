// The relations whose cue words a stretch of text holds (cues.ts), for the features of the words
// between, before and after two names. Each sentence's cue relations are found once; a stretch
// inside a sentence that cuts no word at either end can hold only those, so only their patterns
// are tried on it, not all 21. (A match in the stretch is one in the sentence: Chinese words
// match anywhere, and an English one, matched whole, that starts or ends at the stretch's edge
// starts or ends with a letter or digit, so the character beyond that edge is none.)
import type { Sentence } from "../../../src/types.ts";
import type { CueClass } from "./cues.ts";

export interface CueScope {
  text: string;
  sentences: readonly Sentence[];
  /** Cue words of each relation (data/cues/relation-words.json), compiled. */
  cues: readonly CueClass[];
  /** The cue relations of each sentence so far (by sentence index). */
  sentenceCues: Map<number, readonly CueClass[]>;
}

/** The relations whose cue words a sentence holds anywhere, worked out once per sentence. */
export function sentenceCues(index: number, scope: CueScope): readonly CueClass[] {
  let cues = scope.sentenceCues.get(index);
  if (!cues) {
    const s = scope.sentences[index];
    scope.sentenceCues.set(index, (cues = s ? matching(scope.cues, scope.text.slice(s.span.start, s.span.end)) : []));
  }
  return cues;
}

/** The relations whose cue words text[from, to) holds, `sentence` being the index of the sentence it is part of. */
export function cuesIn(from: number, to: number, sentence: number, scope: CueScope): readonly CueClass[] {
  const span = scope.sentences[sentence]?.span;
  const inside = span !== undefined && from >= span.start && to <= span.end && !(from > span.start && cutsWord(scope, from - 1, from)) && !(to < span.end && cutsWord(scope, to, to - 1));
  return matching(inside ? sentenceCues(sentence, scope) : scope.cues, scope.text.slice(from, to));
}

/**
 * Whether a stretch's edge may cut a cue word: the character just beyond it (`beyond`) is a
 * letter or digit, and so is the one just inside (`inside`), unless some English cue words are
 * not edged (then any word they start or end may be cut).
 */
function cutsWord(scope: CueScope, beyond: number, inside: number): boolean {
  return isWordChar(scope.text.charCodeAt(beyond)) && (isWordChar(scope.text.charCodeAt(inside)) || !allEdged(scope.cues));
}

function matching(cues: readonly CueClass[], text: string): CueClass[] {
  const out: CueClass[] = [];
  for (const cue of cues) if (cue.pattern.test(text)) out.push(cue);
  return out;
}

/** [A-Za-z0-9], what the cue patterns' word edges look at. */
const isWordChar = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

const edgedLists = new WeakMap<readonly CueClass[], boolean>();
const allEdged = (cues: readonly CueClass[]): boolean => edgedLists.get(cues) ?? (edgedLists.set(cues, cues.every((c) => c.edged)), cues.every((c) => c.edged));
