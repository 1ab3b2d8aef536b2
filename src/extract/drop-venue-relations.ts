// A social platform named as the place something was said ("described on X", "Mark's X post",
// "在推特上发布") is no party to what was said: a typed relation whose evidence names such a
// platform only as a place is dropped; its co-mentions stay (data/cues/venues.json). So is one naming
// a game ("Gemini Plays Pokémon"), wherever it stands: where an AI played is no party to the news;
// and so is a community named after its owner ("the Latent Space Discord"), where it is named so.
import type { Relation, ResolvedMention } from "../types.ts";
import { readDataJson } from "../data-dir.ts";
import { nameKey } from "../resolve/normalize.ts";
import { namedOnlyAs } from "./evidence-mentions.ts";

interface VenueCues {
  names: string[];
  before: { pattern: string; reason: string }[];
  after: { pattern: string; reason: string }[];
  games: { names: string[]; reason: string };
  communities: { pattern: string; reason: string };
}

let cues: { ids: ReadonlySet<string>; games: ReadonlySet<string>; before: RegExp; after: RegExp; community: RegExp } | undefined;

function venueCues(): NonNullable<typeof cues> {
  if (cues) return cues;
  const data = readDataJson<VenueCues>("cues", "venues.json");
  const any = (rules: { pattern: string }[]) => new RegExp(rules.map((r) => `(?:${r.pattern})`).join("|"), "u");
  const games = new Set(data.games.names.map(nameKey));
  return (cues = { ids: new Set([...data.names.map(nameKey), ...games]), games, before: any(data.before), after: any(data.after), community: new RegExp(data.communities.pattern, "u") });
}

/** `text`: the text the mentions' spans index (the digest's entity text). */
export function dropVenueRelations(relations: Relation[], mentions: readonly ResolvedMention[], text: string): Relation[] {
  const { ids } = venueCues();
  // Whoever the digest names as a community's owner somewhere ("the Latent Space Discord").
  const owners = new Set<string>();
  for (const m of mentions) if (namesCommunity(text, m.span.end)) owners.add(m.entity);
  const placed = (entity: string) => ids.has(entity) || owners.has(entity);
  // (A maker named by the platform's own name, Google Play or 苹果应用商店, is stated wherever the name stands.)
  const typedWithVenue = (r: Relation) => r.predicate !== "co_mention" && r.extractor !== "name-prefix" && (placed(r.source) || placed(r.target));
  if (!relations.some(typedWithVenue)) return relations;
  const onlyAsPlace = (r: Relation, entity: string): boolean =>
    venueCues().games.has(entity) ||
    (ids.has(entity) && namedOnlyAs(r, entity, mentions, (m) => namedAsPlace(text, m.span.start, m.span.end))) ||
    (owners.has(entity) && namedOnlyAs(r, entity, mentions, (m) => namesCommunity(text, m.span.end)));
  return relations.filter((r) => !typedWithVenue(r) || !(onlyAsPlace(r, r.source) || onlyAsPlace(r, r.target)));
}

/** Whether the name ending at `end` names a community it owns ("Unsloth’s Discord"); most names are followed by none of " ", "'" or "’". */
function namesCommunity(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  return (c === 32 || c === 39 || c === 0x2019) && venueCues().community.test(text.slice(end, end + 24));
}

/** Whether text[start, end), a platform's name, is named as the place something was said. */
export function namedAsPlace(text: string, start: number, end: number): boolean {
  const { before, after } = venueCues();
  return before.test(text.slice(Math.max(0, start - 16), start)) || after.test(text.slice(end, end + 16));
}
