// The families of the classifier's features (sink.ts): the start of their names, made once.
// Those weighed by the pair's types ("bT:organization|model|") are made once per pair of types.
import { Family } from "./sink.ts";

const f = (prefix: string): Family => new Family(prefix);

export const BIAS = { sentence: f("bias:sentence"), heading: f("bias:heading") };
export const INLIST = f("inlist");
export const GAP_LENGTH = f("D:");
export const GAP_WORDS = f("W:");
export const BETWEEN = f("b:");
export const BETWEEN_ENDS = f("bx:");
export const FIRST = f("bf:");
export const LAST = f("bl:");
export const CUE = f("cue:");
export const GAP = f("g:");
export const LIST = f("list");
export const PAREN = f("paren:open");
export const LEFT = f("l:");
export const RIGHT = f("r:");
export const RIGHT_CUE = f("rcue:");
export const SCORE_GAP = f("score:gap");
export const SCORE_AFTER = f("score:after");
export const A_OPENS = f("a:opens");
export const NAME_BETWEEN = f("ib:");
export const NAMES_BETWEEN = f("nb:");
/** How many clause breaks (，；;。 and ", ") lie between the two. */
export const CLAUSES_BETWEEN = f("cl:");
/** A person and an organisation in different clauses, another organisation between (a gate, cues.ts). */
export const CLAUSE_APART = f("~apart:clause");
/** A person the lexicon places at other organisations than this one (a gate, cues.ts). */
export const KNOWN_ELSEWHERE = f("~known:elsewhere");
export const HEADING = f("h:");
export const HEADING_CUE = f("hcue:");
export const HEADING_BEFORE = f("hbefore:");
export const LEAD_CUE = f("hlcue:");
export const HEADING_SCORE = f("hscore");
export const LEAD = f("hl:");
export const ANAPHOR_HEADING = f("h:anaphor");
export const HEADING_SENTENCE = f("hsent:");
/** The body sentence opens on another subject before the name (a gate, cues.ts). */
export const OTHER_BEFORE = f("~other:before");
export const RULE = f("rule:");
export const RULE_ID = f("ruleid:");
export const MAKER = { a: f("maker:>"), otherA: f("maker:other>"), b: f("maker:<"), otherB: f("maker:other<") };
export const HELD = { a: f("held:elsewhere<"), b: f("held:elsewhere>") };
export const PREFIX = { a: f("prefix:>"), b: f("prefix:<") };
export const ANAPHOR = f("anaphor:a");
export const BOLD = f("bold:both");
export const SENTENCE_CUE = f("scue:");

/** The families weighed by the pair's types. */
export interface Typed {
  types: string;
  /** Those with no value: "T:<types>", "K:sentence|<types>", … */
  T: Family;
  kind: { sentence: Family; heading: Family };
  inlist: Family;
  paren: Family;
  hscore: Family;
  anaphor: Family;
  ib: Family;
  cl: Family;
  b: Family;
  bf: Family;
  bl: Family;
  cue: Family;
  g: Family;
  r: Family;
  score: Family;
  hcue: Family;
  hlcue: Family;
  hl: Family;
  held: Family;
  prefix: Family;
  /** "S:<series>|<types>" by series. */
  series: Map<string, Family>;
}

const typedFamilies = new Map<string, Map<string, Typed>>();

/** The typed families of a pair of types ("organization", "model"). */
export function typed(a: string, b: string): Typed {
  let row = typedFamilies.get(a);
  if (!row) typedFamilies.set(a, (row = new Map()));
  let t = row.get(b);
  if (t === undefined) {
    const types = `${a}|${b}`;
    const p = (family: string) => f(`${family}:${types}|`);
    const whole = (family: string) => f(`${family}${types}`);
    const kind = { sentence: whole("K:sentence|"), heading: whole("K:heading|") };
    t = { types, T: whole("T:"), kind, inlist: whole("inlistT:"), paren: whole("parenT:"), hscore: whole("hscoreT:"), anaphor: whole("anaphorT:"), ib: p("ibT"), cl: p("clT"), b: p("bT"), bf: p("bfT"), bl: p("blT"), cue: p("cueT"), g: p("gT"), r: p("rT"), score: p("scoreT"), hcue: p("hcueT"), hlcue: p("hlcueT"), hl: p("hlT"), held: f(`heldT:${types}`), prefix: f(`prefixT:${types}`), series: new Map() };
    row.set(b, t);
  }
  return t;
}

/** The family "S:<series>|<types>" (no value): the digest's series weighed by the pair's types. */
export function seriesFamily(t: Typed, series: string): Family {
  let family = t.series.get(series);
  if (!family) t.series.set(series, (family = f(`S:${series}|${t.types}`)));
  return family;
}
