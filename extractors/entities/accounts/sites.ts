// A link whose label spells its site's domain names the site's owner: "[Sonatype](https://www.
// sonatype.com/…)", "[Orca Security](https://orca.security/…)", "[ijustvibecodedthis.com](…)".
// The lexicon's entity when it knows the label; else a person when the label is a person's name
// (a personal site: "[Simon Willison](https://simonwillison.net/…)"), else an organisation.
import type { EntityType, Link, Mention } from "../../../src/types.ts";
import { readDataJson } from "../../../src/data-dir.ts";
import { lookup, type Lexicon } from "../../../src/resolve/lexicon.ts";
import { compromiseTag, isOrdinaryEnglishWord } from "../english/words.ts";
import { labelMention } from "./label-mention.ts";

interface SiteCues {
  siteLinks: { reason: string; hostPrefixes: string };
}

let cues: { reason: string; prefixes: RegExp } | undefined;

function siteCues() {
  if (cues) return cues;
  const { siteLinks } = readDataJson<SiteCues>("cues", "accounts.json");
  cues = { reason: siteLinks.reason, prefixes: new RegExp(siteLinks.hostPrefixes, "i") };
  return cues;
}

const HOST = /^https?:\/\/([^/?#:]+)/i;
/** A label that can name a site's owner: Latin letters, digits, spaces, dots and hyphens. */
const LABEL = /^[A-Za-z0-9][A-Za-z0-9 .&-]{1,40}$/;
/** "co.uk", "com.cn": a country's second level, under which a site has its own name. */
const SECOND_LEVEL = /^(?:co|com|org|net|ac|gov|edu)$/;
const FILE_NAME = /\.(?:md|py|cu|js|ts|json|txt|ya?ml|sh|rs|go|cpp|h|ipynb|toml)$/i;
const fold = (s: string) => s.replace(/[^A-Za-z0-9]/g, "").toLowerCase();

/** The mention a site link's label makes, if the label spells the site's domain. */
export function siteMention(link: Link, text: string, entityText: string, lexicon: Lexicon): Mention | undefined {
  const host = HOST.exec(link.url)?.[1]?.toLowerCase();
  const label = link.label.replace(/^[*_`\s]+|[*_`\s]+$/g, "");
  if (!host || !LABEL.test(label)) return undefined;
  // "[details](…)", "[docs](…)": an ordinary word spells a domain only by chance.
  if (/^[a-z]+$/.test(label) && isOrdinaryEnglishWord(label)) return undefined;
  const site = host.replace(siteCues().prefixes, "").split(".");
  // Only a site's own name: "gist.github.com" is GitHub's, "desert-dusky.vercel.app" Vercel's.
  if (site.length !== 2 && !(site.length === 3 && SECOND_LEVEL.test(site[1]!))) return undefined;
  const folded = fold(label);
  if (folded.length < 3 || (folded !== fold(site.join(".")) && folded !== fold(site[0]!))) return undefined;
  if (FILE_NAME.test(label)) return undefined; // "[CLAUDE.md](…)", "[CPM.cu](…)": a file, whatever the link
  // "[arxiv.org](…)", "[huggingface.co](…)": a known site named by its domain is the lexicon's;
  // "[Flux.dev](http://flux.dev/)" names a model the domain is named after: left to the others.
  const bySite = label.includes(".") ? lookup(lexicon, site[0]!) : undefined;
  if (bySite && bySite.type !== "organization" && bySite.type !== "product") return undefined;
  const entry = lookup(lexicon, label) ?? bySite;
  const type: EntityType = entry?.type ?? (isPersonName(label) ? "person" : "organization");
  const reason = `${siteCues().reason}${entry ? `; lexicon: ${entry.name}` : type === "person" ? "; a personal site, by a first name" : ""}`;
  return labelMention(label, link, text, entityText, { type, entry, reason, confidence: entry ? 0.95 : 0.75 });
}

/** "Simon Willison": two or three capitalised words, the first a given name to compromise. */
const isPersonName = (label: string): boolean =>
  /^[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}$/.test(label) && /Name$/.test(compromiseTag(label.split(" ")[0]!) ?? "");
