// data/cues/name-cues.json, loaded once: the cues and shapes the entity extractors share.
import { readDataJson } from "../../src/data-dir.ts";
import type { EntityType } from "../../src/types.ts";
import { requiredWords } from "../../src/segment/required-words.ts";

export interface NameCue {
  id: string;
  type: EntityType;
  name: "zh-person" | "zh-org" | "zh-title" | "title";
  pattern: string;
  confidence: number;
  reason: string;
}

interface NameCueFile {
  rules: NameCue[];
  shapes: { "zh-person-given-stop": string; "zh-org": string; "zh-title": string; title: string; "zh-org-bad-start": string; "zh-not-in-name": string; "zh-org-bad-end": string };
  dotted: { chars: string; confidence: number; reason: string };
  orgDivisions: { words: string[] };
  headlineNameWords: { words: string[] };
  headlineVerbs: { words: string[] };
  productHeads: { words: string[] };
  productWords: { words: string[] };
  documentWords: { words: string[]; nouns: string[] };
  softwareHeads: { afterModel: string[]; afterProduct: string[] };
  notNames: { rules: { pattern: string; reason: string }[] };
  licences: { names: string[]; after: string; before: string; reason: string };
}

export interface NameCues {
  /** `trigger` finds the words a cue cannot match without (see requiredWords), if it has such. */
  cues: (NameCue & { regex: RegExp; trigger?: RegExp })[];
  givenStop: Set<string>;
  /** Function characters a name never starts with (向, 对, 在…): a cue caught a phrase. */
  badStart: Set<string>;
  /** Verbs and function words a short bold term with them in is a phrase, not a name. */
  notInName: RegExp;
  /** Endings that show a cue caught a role word, not a name (DeepMind 联合|创始人). */
  badEnd: RegExp;
  dotted: { chars: Set<string>; confidence: number; reason: string };
  orgDivisions: Set<string>;
  /** Ordinary words that still continue a name in a Title Case headline (Pro, Flash, Labs). */
  headlineNameWords: Set<string>;
  /** Verbs a headline puts beside its name: they start or end no name. */
  headlineVerbs: Set<string>;
  /** Nouns that end a product's name after a known name (Cloud, Search, Playground). */
  productHeads: Set<string>;
  /** Stop-list nouns that may stand inside such a name before its head (Model: "Docker Model Runner"). */
  productWords: Set<string>;
  /** A run ending in one of `words` and one of `nouns` ("Qwen3 Technical Report") ends before both: a document about the name. */
  documentWords: { words: Set<string>; nouns: Set<string> };
  /** Acronyms that end a product's name after a known model (SDK, CLI, API, App) or product (SDK, CLI). */
  softwareHeads: { afterModel: Set<string>; afterProduct: Set<string> };
  /** The notNames patterns of the data file as one expression. */
  notName: RegExp;
  /** Licence names that are also known names (MIT), and the words before or after them that say licence. */
  licences: { names: Set<string>; after: RegExp; before: RegExp; reason: string };
}

let cached: NameCues | undefined;

export function nameCues(): NameCues {
  if (cached) return cached;
  const file = readDataJson<NameCueFile>("cues", "name-cues.json");
  // A person's shape is checked in code (surname list), so the pattern takes up to 4 characters.
  const shape = { "zh-person": "[\\u4e00-\\u9fff]{2,4}", "zh-org": file.shapes["zh-org"], "zh-title": file.shapes["zh-title"], title: file.shapes.title };
  cached = {
    cues: file.rules.map((r) => {
      const words = requiredWords(r.pattern);
      // requiredWords gives letters and digits only: nothing to escape.
      const trigger = words ? new RegExp(words.join("|"), "gu") : undefined;
      return { ...r, regex: new RegExp(r.pattern.replace("NAME", shape[r.name]), "gu"), ...(trigger ? { trigger } : {}) };
    }),
    givenStop: new Set(file.shapes["zh-person-given-stop"]),
    badStart: new Set(file.shapes["zh-org-bad-start"]),
    notInName: new RegExp(file.shapes["zh-not-in-name"], "u"),
    badEnd: new RegExp(`(?:${file.shapes["zh-org-bad-end"]})$`, "u"),
    dotted: { ...file.dotted, chars: new Set(file.dotted.chars) },
    orgDivisions: new Set(file.orgDivisions.words),
    headlineNameWords: new Set(file.headlineNameWords.words),
    headlineVerbs: new Set(file.headlineVerbs.words),
    productHeads: new Set(file.productHeads.words),
    productWords: new Set(file.productWords.words),
    documentWords: { words: new Set(file.documentWords.words), nouns: new Set(file.documentWords.nouns) },
    softwareHeads: { afterModel: new Set(file.softwareHeads.afterModel), afterProduct: new Set(file.softwareHeads.afterProduct) },
    notName: new RegExp(file.notNames.rules.map((r) => `(?:${r.pattern})`).join("|"), "u"),
    licences: { ...file.licences, names: new Set(file.licences.names), after: new RegExp(file.licences.after, "u"), before: new RegExp(file.licences.before, "u") },
  };
  return cached;
}
