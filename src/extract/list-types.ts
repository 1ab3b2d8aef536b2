// The members of a list are alike in type too: a name the rules could only default (a product,
// guessed) among members the extractors typed, all one type, is of that type ("Adobe, Cisco,
// Palantir, and DoorDash" are organisations; "Claude、GPT-5和Foo" models). Two typed members at
// least, so that one misread neighbour does not carry the list.
import type { Mention } from "../types.ts";

export const LIST_TYPE_DEFAULTS = { minTyped: 2, maxGap: 20 };

const SEPARATOR = /^[*`]*\s*(?:,\s*(?:and|or)(?:\s+(?:even|also))?\s+|,|、|，|\/|和|与|及|以及|或|\s(?:and|or|&)(?:\s+(?:even|also))?\s)\s*[*`]*$/;

/** The mentions (in text order), with the defaulted members of each list retyped as its typed ones; `text`: the entity text. */
export function typedAlike(mentions: Mention[], text: string, options = LIST_TYPE_DEFAULTS): Mention[] {
  const ms = mentions.filter((m) => !m.nested);
  let out: Mention[] | undefined;
  for (let i = 0; i < ms.length; ) {
    let j = i;
    while (j + 1 < ms.length && separates(text, ms[j]!.span.end, ms[j + 1]!.span.start, options.maxGap)) j++;
    const list = ms.slice(i, j + 1);
    i = j + 1;
    const typed = list.filter((m) => !m.guessed);
    const type = typed[0]?.type;
    if (typed.length < options.minTyped || !typed.every((m) => m.type === type) || !list.some(isDefaulted)) continue;
    out ??= mentions.slice();
    for (const m of list) if (isDefaulted(m)) out[out.indexOf(m)] = { ...m, type: type!, reason: `${m.reason}; a member of a list of ${type} names` };
  }
  return out ?? mentions;
}

const isDefaulted = (m: Mention): boolean => m.guessed === true && m.type === "product";

const separates = (text: string, from: number, to: number, maxGap: number): boolean => to >= from && to - from <= maxGap && SEPARATOR.test(text.slice(from, to));
