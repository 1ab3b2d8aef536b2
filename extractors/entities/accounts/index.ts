// Accounts named by the digest's structure: a link to x.com/<handle> whose label is the account's
// name ("[Kim Monismus](https://x.com/kimmonismus/status/…)", "[htihle](…)", "[ZainanZhou’s
// explanation](…)") names its owner: the lexicon's entity for the handle or the label, else an
// organisation when the account is named like one (KradleAI, ProximalHQ), else a person.
// A label that is no such name ("[details](…)", "[Open Agents](…)") is left to the other extractors.
// A link elsewhere whose label spells its site's domain names the site's owner (sites.ts).
import type { EntityExtractor } from "../../types.ts";
import type { EntityType, Link, Mention } from "../../../src/types.ts";
import { readDataJson } from "../../../src/data-dir.ts";
import { lookup, type Lexicon } from "../../../src/resolve/lexicon.ts";
import { compromiseTag, isOrdinaryEnglishWord } from "../english/words.ts";
import { siteMention } from "./sites.ts";
import { labelMention } from "./label-mention.ts";

interface AccountCues {
  accountLinks: { reason: string; pattern: string; notHandles: string[] };
  organizationAccounts: { reason: string; label: string; handle: string };
}

interface Compiled {
  link: RegExp;
  notHandles: Set<string>;
  linkReason: string;
  orgLabel: RegExp;
  orgHandle: RegExp;
  orgReason: string;
}

let cues: Compiled | undefined;

function accountCues(): Compiled {
  if (cues) return cues;
  const file = readDataJson<AccountCues>("cues", "accounts.json");
  cues = {
    link: new RegExp(file.accountLinks.pattern),
    notHandles: new Set(file.accountLinks.notHandles),
    linkReason: file.accountLinks.reason,
    orgLabel: new RegExp(file.organizationAccounts.label),
    orgHandle: new RegExp(file.organizationAccounts.handle, "i"),
    orgReason: file.organizationAccounts.reason,
  };
  return cues;
}

export const accountsExtractor: EntityExtractor = {
  id: "accounts",
  extract(doc, ctx) {
    const out: Mention[] = [];
    for (const link of doc.links) {
      const account = link.url.includes("x.com/") || link.url.includes("twitter.com/");
      const m = account ? accountMention(link, doc.text, ctx.entityText, ctx.lexicon) : siteMention(link, doc.text, ctx.entityText, ctx.lexicon);
      if (m) out.push(m);
    }
    return out;
  },
};

function accountMention(link: Link, text: string, entityText: string, lexicon: Lexicon): Mention | undefined {
  const c = accountCues();
  const handle = c.link.exec(link.url)?.[1];
  if (!handle || c.notHandles.has(handle.toLowerCase())) return undefined;
  const name = accountName(link.label, handle);
  // "released [code](x.com/code/…)": a lower-case word is the sentence's, whoever's the account.
  if (!name || (/^[a-z]+$/.test(name) && isOrdinaryEnglishWord(name))) return undefined;
  // The label's entity first: "[Ministral](x.com/MistralAI)" names the model, not its maker.
  const entry = lookup(lexicon, name) ?? lookup(lexicon, handle);
  const { type, why } = entry ? { type: entry.type, why: `lexicon: ${entry.name}` } : guessType(name, handle, c);
  return labelMention(name, link, text, entityText, { type, entry, reason: `${c.linkReason} (@${handle}); ${why}`, confidence: entry ? 0.95 : 0.8 });
}

function guessType(name: string, handle: string, c: Compiled): { type: EntityType; why: string } {
  if (c.orgLabel.test(name)) return { type: "organization", why: c.orgReason };
  // "Rohan Paul" (@rohanpaul_ai) is a person whatever the handle says.
  if (/\s/.test(name) && /Name$/.test(compromiseTag(name.split(/\s/)[0]!) ?? "")) return { type: "person", why: "an account's owner, by a first name" };
  if (c.orgHandle.test(handle)) return { type: "organization", why: c.orgReason };
  // A person's account bears their name; a brand's is often an ordinary word (@arena, @modal).
  if (isOrdinaryEnglishWord(name) && !/Name$/.test(compromiseTag(name) ?? "")) return { type: "organization", why: "an account named by an ordinary word: a brand's" };
  return { type: "person", why: "an account's owner, read as a person" };
}

/** Words that end the name in a label: a possessive, "et al.", or a word after it ("scaling01 claiming"). */
const POSSESSIVE = /[’']s\b.*$/u;

/**
 * The account's name at the start of the label, when it is one: the longest run of the label's
 * first words (up to a possessive) that spells the handle, give or take spaces, case, accents
 * and a few letters ("Kim Monismus" ~ kimmonismus, "Wen Sun" ~ WenSun1, "Hynek Kydlíček" ~ HKydlicek).
 */
export function accountName(label: string, handle: string): string | undefined {
  const bare = label.replace(/^[*_`\s]+|[*_`\s]+$/g, "").replace(/^@/, "").replace(POSSESSIVE, "").replace(/\s+et al\.?$/, "");
  const words = bare.split(/\s+/).slice(0, 4);
  let best: string | undefined;
  let bestRun = 0;
  for (let n = 1; n <= words.length; n++) {
    const name = words.slice(0, n).join(" ");
    if (!LATIN_NAME.test(name)) continue;
    // A display name is capitalised words ("Simon Willison"); "scaling01 claiming" is a name and a verb.
    if (!words.slice(1, n).every((w) => /^\p{Lu}/u.test(w)) && fold(name) !== fold(handle)) continue;
    if (!spells(name, handle)) continue;
    // Words that spell more of the handle belong to the name ("Simon" → "Simon Willison" for @simonw);
    // words that spell none of it are the label's own ("OpenAI ChatGPT Atlas" for @OpenAI is OpenAI).
    const run = longestCommonRun(fold(name), fold(handle));
    if (run > bestRun) (best = name), (bestRun = run);
  }
  return best;
}

const LATIN_NAME = /^[\p{Script=Latin}\p{N}][\p{Script=Latin}\p{N}\p{M}_.\- ]*$/u;

const fold = (s: string) => s.normalize("NFKD").replace(/[^A-Za-z0-9]/g, "").toLowerCase();

function spells(name: string, handle: string): boolean {
  const a = fold(name);
  const h = fold(handle);
  if (a.length < 2) return false;
  if (a === h) return true;
  if (/^[a-z]+$/.test(name) && isOrdinaryEnglishWord(name)) return false; // "[tweet](x.com/esrtweet)": a word, not the account
  if (a.length >= 4 && (h.includes(a) || a.includes(h))) return true;
  return a.length >= 6 && longestCommonRun(a, h) >= Math.max(5, Math.ceil(a.length * 0.6));
}

function longestCommonRun(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      let k = 0;
      while (i + k < a.length && j + k < b.length && a[i + k] === b[j + k]) k++;
      if (k > best) best = k;
    }
  }
  return best;
}
