// People and organisations with plain English names ("Sarah Friar", "Khan Academy") that carry no
// model-like shape: compromise tells them apart from product names. It runs on short candidate
// names, not whole digests (compromise reads about 0.1 MB/s; see TOOLCHAIN.md).
import { NameMemo } from "../../../src/memo.ts";
import type { EntityExtractor } from "../../types.ts";
import type { Mention } from "../../../src/types.ts";
import { lookup } from "../../../src/resolve/lexicon.ts";
import { latinRuns, type Token } from "../latin-names/runs.ts";
import { compromiseTag, isCommonWord } from "./words.ts";
import { compromise } from "./compromise.ts";
import { inTitleCaseHeadline } from "../../../src/segment/headlines.ts";
import { institutions } from "./institutions.ts";

const CAPITALISED = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

export const englishExtractor: EntityExtractor = {
  id: "english",
  extract(doc, ctx) {
    const out: Mention[] = institutions(doc, ctx.entityText, ctx.lexicon);
    for (const run of latinRuns(ctx.entityText)) {
      for (const window of capitalisedWindows(run)) {
        const start = window[0]!.span.start;
        const end = window[window.length - 1]!.span.end;
        const name = ctx.entityText.slice(start, end);
        // "Claude Design", "Claude Plays Pokemon": a known model or product's name does not start a person's.
        if (lookup(ctx.lexicon, name) || ctx.lexicon.generic.has(name.toLowerCase()) || isThing(window[0]!.text, ctx.lexicon) || window.some((t) => ctx.lexicon.englishStop.has(t.text.toLowerCase()) || ctx.lexicon.generic.has(t.text.toLowerCase()))) continue;
        // In a Title Case headline an ordinary word is no surname: "Jerry Rocks AI User Conference", "Claude Excels".
        if (window.slice(1).some((t) => isCommonWord(t.text)) && inTitleCaseHeadline(doc, ctx.entityText, start)) continue;
        const kind = compromiseKind(name);
        if (!kind) continue;
        const person = kind === "person";
        out.push({
          span: { start, end },
          text: doc.text.slice(start, end),
          type: person ? "person" : "organization",
          extractor: "english",
          reason: person ? "compromise reads a first name and a surname" : "compromise reads an organisation name",
          confidence: 0.75,
        });
      }
    }
    return out;
  },
};

/** A known name of something other than a person or an organisation (Claude, Gemini, Cursor). */
function isThing(word: string, lexicon: Parameters<typeof lookup>[0]): boolean {
  const entry = lookup(lexicon, word);
  return entry !== undefined && entry.type !== "person" && entry.type !== "organization";
}

const ORG_WORDS = /\b(?:Academy|University|Institute|Foundation|Capital|Ventures|Partners|Labs?|Group|Association|Council|College|School|Society|Agency|Bank|Fund|Holdings|Systems|Robotics|Research)$/;

/** Cheap pre-filter: compromise is only asked about names that could be a person or an organisation. */
const worthAsking = (name: string) => /Name$/.test(compromiseTag(name.split(" ")[0]!) ?? "") || ORG_WORDS.test(name);

const verdicts = new NameMemo<"person" | "organization" | null>();

/** What compromise reads the name as, remembered: the same names recur across a corpus. */
function compromiseKind(name: string): "person" | "organization" | null {
  if (!worthAsking(name)) return null;
  return verdicts.through(name, () => {
    const parsed = compromise()(name);
    return parsed.people().text() === name ? "person" : parsed.organizations().text() === name ? "organization" : null;
  });
}

/** Maximal stretches of two or three capitalised words within a run, each up to a verb. */
function capitalisedWindows(run: Token[]): Token[][] {
  const out: Token[][] = [];
  if (run.length < 2) return out;
  let from = 0;
  for (let i = 0; i <= run.length; i++) {
    // A headline's verb ends the name before it: "Sam Altman Says", "Claude Crowned King".
    if (i < run.length && CAPITALISED.test(run[i]!.text) && !(i > from && isVerb(run[i]!.text))) continue;
    if (i - from >= 2 && i - from <= 3) out.push(run.slice(from, i));
    from = i + 1;
  }
  return out;
}

const VERB_TAGS = new Set(["PresentTense", "PastTense", "Gerund", "Infinitive"]);

/** A verb by compromise's lexicon, or an inflected form of a common word it does not list (Nukes, Crowned). */
function isVerb(word: string): boolean {
  const tag = compromiseTag(word);
  if (tag !== undefined) return VERB_TAGS.has(tag);
  return /[a-z](?:s|ed|ing)$/.test(word) && isCommonWord(word);
}
