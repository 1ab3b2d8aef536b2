// The lexicon: facts about well-known AI entities (data/lexicon/*.json), indexed for lookup by
// any surface form and for scanning text. Loaded once per process.
import { NameMemo } from "../memo.ts";
import { readDataJson } from "../data-dir.ts";
import type { EntityType } from "../types.ts";
import { ENTITY_TYPES } from "../types.ts";
import { hasCjk, nameKey } from "./normalize.ts";
import { buildScanIndex, type ScanIndex } from "./scan.ts";

export interface LexEntry {
  name: string;
  type: EntityType;
  aliases: string[];
  altTypes?: EntityType[];
  /** Canonical name of the organization that makes it (models, products, hardware). */
  developer?: string;
  /** A family prefix: "Qwen" covers Qwen3-Next-80B, Qwen2.5-32B… */
  family?: boolean;
  /** Canonical name of the organization an organization belongs to (Volcano Engine: ByteDance). */
  parent?: string;
  /** Organisations a person is well known to lead, work for or have founded (Jensen Huang: NVIDIA). */
  affiliations?: string[];
}

export interface SurfaceForm {
  form: string;
  entry: LexEntry;
}

export interface Lexicon {
  entries: LexEntry[];
  /** nameKey of every name and alias → entry. */
  byKey: Map<string, LexEntry>;
  /** nameKey of the first word of every name and alias: no name starts with any other word. */
  firstWordKeys: Set<string>;
  /** Family prefixes by first character, longest first. */
  familiesByFirst: Map<string, SurfaceForm[]>;
  /** Every surface form, indexed for scanning text. */
  scanIndex: ScanIndex<LexEntry>;
  /**
   * The forms word-by-word lookup cannot find, so text must be scanned for them: any with a
   * Chinese character (谷歌, Meta超级智能实验室) or a character no Latin token holds (Humanity's Last Exam).
   */
  textScanIndex: ScanIndex<LexEntry>;
  /** Lower-case Latin words and acronyms that are never entities (AI, LLM, MoE…). */
  generic: Set<string>;
  /** Chinese generic nouns that look like names after a cue (公司, 团队…). */
  zhGeneric: Set<string>;
  /** Capitalised English words that start sentences and are never names. */
  englishStop: Set<string>;
  surnames: { single: Set<string>; double: Set<string> };
  /**
   * Listed names that are also ordinary English words (Apple, Arm, Cursor), in lower case: in
   * lower case in running text they are the word ("its for-profit arm"), not the name.
   */
  englishWords: Set<string>;
  /** nameKey of an organization → nameKey of the organization it belongs to. */
  parents: Map<string, string>;
}

interface GenericFile {
  terms: string[];
  zh?: string[];
  english_stop?: string[];
}

/** The files of data/lexicon that hold entries, one per entity type. */
const ENTRY_FILES = ["organizations", "people", "models", "products", "hardware", "datasets", "research"];

export function buildLexicon(entries: LexEntry[], generic: GenericFile, surnames: { single: string[]; double: string[] }, englishWords: string[] = []): Lexicon {
  const byKey = new Map<string, LexEntry>();
  const firstWordKeys = new Set<string>();
  const families: SurfaceForm[] = [];
  const scan: { form: string; value: LexEntry }[] = [];
  const parents = new Map<string, string>();
  for (const entry of entries) {
    if (!ENTITY_TYPES.includes(entry.type)) continue;
    if (entry.parent) parents.set(nameKey(entry.name), nameKey(entry.parent));
    for (const form of new Set([entry.name, ...entry.aliases])) {
      const key = nameKey(form);
      if (!key) continue;
      if (!byKey.has(key)) byKey.set(key, entry);
      firstWordKeys.add(nameKey(form.split(/\s+/)[0]!));
      scan.push({ form, value: entry });
      if (entry.family && !hasCjk(form)) families.push({ form, entry });
    }
  }
  const scanIndex = buildScanIndex(scan);
  const textScanIndex = buildScanIndex(scan.filter(({ form }) => hasCjk(form) || /[^A-Za-z0-9 .\-_+@]/.test(form)));
  families.sort((a, b) => b.form.length - a.form.length);
  const familiesByFirst = new Map<string, SurfaceForm[]>();
  for (const f of families) familiesByFirst.set(f.form[0]!, [...(familiesByFirst.get(f.form[0]!) ?? []), f]);
  return {
    entries,
    byKey,
    firstWordKeys,
    familiesByFirst,
    scanIndex,
    textScanIndex,
    generic: new Set(generic.terms.map((t) => t.toLowerCase())),
    zhGeneric: new Set(generic.zh ?? []),
    englishStop: new Set((generic.english_stop ?? []).map((t) => t.toLowerCase())),
    surnames: { single: new Set(surnames.single), double: new Set(surnames.double) },
    englishWords: new Set(englishWords.map((w) => w.toLowerCase())),
    parents,
  };
}

/**
 * Whether two organisations (by nameKey) are one house: one's name starts the other's (Google,
 * Google DeepMind; Alibaba, Alibaba Cloud), or the lexicon makes one the other's parent
 * (ByteDance, Volcano Engine) or both the same one's.
 */
export function sameHouse(lexicon: Pick<Lexicon, "parents">, a: string, b: string): boolean {
  const top = (k: string) => lexicon.parents.get(k) ?? k;
  const [x, y] = [top(a), top(b)];
  return x.startsWith(y) || y.startsWith(x) || a.startsWith(b) || b.startsWith(a);
}

let cached: Lexicon | undefined;

/** The lexicon in data/lexicon, loaded once. */
export function loadLexicon(): Lexicon {
  if (cached) return cached;
  const entries = ENTRY_FILES.flatMap((name) => readDataJson<LexEntry[]>("lexicon", `${name}.json`));
  const generic = readDataJson<GenericFile>("lexicon", "generic.json");
  const surnames = readDataJson<{ single: string[]; double: string[] }>("lexicon", "zh-surnames.json");
  const { english_words: englishWords } = readDataJson<{ english_words: string[] }>("lexicon", "ambiguous.json");
  cached = buildLexicon(entries, generic, surnames, englishWords);
  return cached;
}

/** The entry a surface form names, if the lexicon knows it. */
export function lookup(lexicon: Lexicon, form: string): LexEntry | undefined {
  return lexicon.byKey.get(nameKey(form.startsWith("@") ? form.slice(1) : form));
}

const familyMemo = new WeakMap<Lexicon, NameMemo<SurfaceForm | null>>();

/** The family a versioned name belongs to ("Qwen3-Next-80B" → Qwen), if any. */
export function familyOf(lexicon: Lexicon, name: string): LexEntry | undefined {
  return familyMatch(lexicon, name)?.entry;
}

/**
 * The canonical name of a family's version: the family's own name before the version, whatever
 * form the name was written in ("Opus 4.5" → "Claude Opus 4.5", "Google Gemini 2.5" →
 * "Gemini 2.5", "Instinct MI450" → "AMD Instinct MI450"); the name itself if it is no version.
 */
export function familyCanonical(lexicon: Lexicon, name: string): string {
  const match = familyMatch(lexicon, name);
  if (!match || match.form === match.entry.name || hasCjk(match.form) || !spellsFamily(match.form, match.entry.name)) return name;
  return match.entry.name + name.slice(match.form.length);
}

/**
 * A form that is the family's name written otherwise: with its maker before it ("Google Veo"),
 * short of its first words ("Opus" for Claude Opus), or spaced or cased otherwise ("Qwen 3");
 * not another product listed with it ("Claude Max").
 */
function spellsFamily(form: string, name: string): boolean {
  return form.endsWith(` ${name}`) || name.endsWith(` ${form}`) || nameKey(form) === nameKey(name);
}

function familyMatch(lexicon: Lexicon, name: string): SurfaceForm | undefined {
  let memo = familyMemo.get(lexicon);
  if (!memo) familyMemo.set(lexicon, (memo = new NameMemo(200_000)));
  return memo.through(name, () => findFamily(lexicon, name) ?? null) ?? undefined;
}

/** A repository-style id in lower case ("claude-4-sonnet", "qwen3-30b-a3b"): families match it in any case. */
const LOWER_ID = /^[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)+$|^[a-z]+\d[a-z0-9.]*$/;

function findFamily(lexicon: Lexicon, name: string): SurfaceForm | undefined {
  const lower = LOWER_ID.test(name);
  const first = name[0] ?? "";
  const candidates = lower ? [...(lexicon.familiesByFirst.get(first) ?? []), ...(lexicon.familiesByFirst.get(first.toUpperCase()) ?? [])] : lexicon.familiesByFirst.get(first) ?? [];
  if (lower) candidates.sort((a, b) => b.form.length - a.form.length);
  for (const { form, entry } of candidates) {
    if (!(lower ? name.startsWith(form.toLowerCase()) : name.startsWith(form))) continue;
    const rest = name.slice(form.length);
    // "Qwen3", "GLM-4.7", "RTX 5090" continue a family; "Machine" does not continue "Mac".
    const continues = /^[\s\-_.][0-9A-Za-z]|^\d/.test(rest) || (/\d$/.test(form) && /^[A-Za-z]/.test(rest));
    if (rest && continues) {
      // "Claude Code" is not a Claude model: the rest must look like a version or size.
      if (/^[\s\-_.]?(?:v?\d|[A-Za-z]{1,2}\d|[\d.]+[BbMKk]\b)/.test(rest)) return { form, entry };
      if (/^[\s\-]?(?:Opus|Sonnet|Haiku|Pro|Flash|Ultra|Nano|Lite|Mini|Max|Turbo|Coder|VL|Omni|Next|Air|Thinking|Instruct)\b/.test(rest)) return { form, entry };
    }
  }
  return undefined;
}

/**
 * The lexicon with more entries (names a person's curation taught, src/resolve/taught.ts), put
 * before its own so that they win a surface form both give; everything else is the lexicon's.
 */
export function withEntries(base: Lexicon, entries: LexEntry[]): Lexicon {
  const all = [...entries, ...base.entries];
  const indexed = buildLexicon(all, { terms: [] }, { single: [], double: [] });
  const { byKey, firstWordKeys, familiesByFirst, scanIndex, textScanIndex } = indexed;
  return { ...base, entries: all, byKey, firstWordKeys, familiesByFirst, scanIndex, textScanIndex };
}
