// Mentions of one digest → entities: one entity per thing, a canonical name (the lexicon's, or
// the form the digest uses most), every surface form as an alias. Versions never merge with
// their family or maker: keys are whole normalised names, never prefixes.
import type { Entity, EntityType, Mention, ResolvedMention, Sentence } from "../types.ts";
import type { Lexicon } from "./lexicon.ts";
import { lookup } from "./lexicon.ts";
import { isCaseOnlyMatch } from "./case-match.ts";
import { entityKey } from "./name-order.ts";
import { cleanSurface } from "./surface.ts";
import { personAliasTarget } from "./person-names.ts";
import { buildBase } from "./builds.ts";

export interface Resolution {
  entities: Entity[];
  mentions: ResolvedMention[];
}

interface Group {
  id: string;
  lexName?: string;
  lexType?: EntityType;
  altTypes?: EntityType[];
  mentions: Mention[];
  /** Where the mentions are in the list being resolved. */
  indices: number[];
  surfaces: string[];
  /** The model a build packages, when a mention is one ("Qwen3-30B-A3B" for "Qwen3-30B-A3B-GGUF"). */
  baseName?: string;
  /** Names an extractor gave that no surface spells ("Veo 3.1" for "Google Veo 3.1"). */
  given?: string[];
}

export function resolveMentions(mentions: readonly Mention[], sentences: readonly Sentence[], lexicon: Lexicon): Resolution {
  const groups = new Map<string, Group>();
  // The entity id of each mention, by index (undefined: the mention names nothing).
  const keyOf: (string | undefined)[] = new Array(mentions.length);
  // The mentions as resolved: a build's mention is typed as the model it packages.
  const effective = mentions.slice();
  for (let i = 0; i < mentions.length; i++) {
    let m = mentions[i]!;
    const surface = cleanSurface(m.text, m.type);
    let entry = m.canonical ? lookup(lexicon, m.canonical) : lookup(lexicon, surface);
    if (entry && !m.canonical && isCaseOnlyMatch(surface, entry)) entry = undefined; // "React框架" is no ReAct
    let canonical = m.canonical ?? entry?.name ?? surface;
    // A quantised or packaged build ("Qwen3-30B-A3B-GGUF") joins the node of the model it packages.
    const base = entry ? undefined : buildBase(canonical);
    if (base) {
      entry = lookup(lexicon, base);
      canonical = entry?.name ?? base;
      effective[i] = m = { ...m, build: true, ...(m.type !== "model" && (entry?.type ?? "model") === "model" ? { type: "model" as const } : {}) };
    }
    const id = entityKey(canonical);
    if (!id) continue;
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { id, mentions: [], indices: [], surfaces: [] }));
    if (entry && entityKey(entry.name) === id) {
      g.lexName = entry.name;
      g.lexType = entry.type;
      if (entry.altTypes?.length) g.altTypes = entry.altTypes;
    }
    if (base && !entry) g.baseName = canonical;
    else if ((!entry || !g.lexName) && m.canonical && m.canonical !== surface) (g.given ??= []).push(m.canonical);
    g.mentions.push(m);
    g.indices.push(i);
    g.surfaces.push(surface);
    keyOf[i] = id;
  }
  mergePartialPersonNames(groups, keyOf);
  mergeBareVersions(groups, keyOf);
  dropLoneShortForms(groups, keyOf);
  const entities = [...groups.values()].map(toEntity);
  const resolved: ResolvedMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const entity = keyOf[i];
    if (entity !== undefined) resolved.push(resolvedMention(effective[i]!, entity, sentenceOf(sentences, mentions[i]!.span.start)));
  }
  return { entities, mentions: resolved };
}

/**
 * The mention with its entity and sentence, in one object shape whatever extractor made it (a
 * spread copies each extractor's own shape, and was 3% of extraction); absent fields stay absent.
 */
function resolvedMention(m: Mention, entity: string, sentence: number): ResolvedMention {
  const r: ResolvedMention = { span: m.span, text: m.text, type: m.type, extractor: m.extractor, reason: m.reason, confidence: m.confidence, entity, sentence };
  if (m.canonical !== undefined) r.canonical = m.canonical;
  if (m.nested !== undefined) r.nested = m.nested;
  if (m.guessed !== undefined) r.guessed = m.guessed;
  if (m.weak !== undefined) r.weak = m.weak;
  if (m.build !== undefined) r.build = m.build;
  return r;
}

/** "Molly" → "Molly Cantillon", "哈萨比斯" → "德米斯·哈萨比斯" when the digest names only one such person. */
function mergePartialPersonNames(groups: Map<string, Group>, keyOf: (string | undefined)[]): void {
  const people = [...groups.values()].filter((g) => typeOf(g) === "person");
  const guessed = [...groups.values()].filter((g) => g.mentions.every((m) => m.guessed));
  for (const g of [...people, ...guessed]) {
    if (g.lexName || !groups.has(g.id)) continue;
    const target = personAliasTarget(g.surfaces[0]!, people.filter((p) => p !== g).map((p) => ({ id: p.id, name: nameOf(p) })));
    if (!target) continue;
    moveInto(groups, keyOf, g, groups.get(target)!);
  }
}

/** A bare version ("M2.7", "K2", "V3.2"): a letter or two and a number, no family before it. */
const BARE_VERSION = /^[A-Z]{1,2}\d+(?:\.\d+)*$/;

/**
 * "M2.7" → "MiniMax M2.7" when the digest names exactly one model ending in it: the bare version
 * is that model's short form. Never a known name, never on two candidates (R1 of two makers).
 */
function mergeBareVersions(groups: Map<string, Group>, keyOf: (string | undefined)[]): void {
  // Most digests have no bare version: look for one before naming every model.
  const bare = [...groups.values()].filter((g) => !g.lexName && BARE_VERSION.test(g.surfaces[0]!) && typeOf(g) === "model");
  if (!bare.length) return;
  const models = [...groups.values()].filter((g) => typeOf(g) === "model");
  const names = new Map(models.map((m) => [m, nameOf(m).toLowerCase()]));
  for (const g of bare) {
    const short = nameOf(g);
    if (!BARE_VERSION.test(short) || !groups.has(g.id)) continue;
    const lower = short.toLowerCase();
    const targets = models.filter((m) => m !== g && groups.has(m.id) && endsWithVersion(names.get(m)!, lower));
    if (targets.length !== 1) continue;
    const into = targets[0]!;
    // The model keeps its full name, however often the digest shortens it.
    if (!into.lexName && !into.given) into.given = [nameOf(into)];
    moveInto(groups, keyOf, g, into);
  }
}

/**
 * A letter and a digit alone ("Q3", "H1", "K3") is a code, unless mergeBareVersions folded it
 * into the one model of the digest that ends in it ("Kimi K3"): short forms left alone go.
 */
function dropLoneShortForms(groups: Map<string, Group>, keyOf: (string | undefined)[]): void {
  for (const g of [...groups.values()]) {
    if (!g.mentions.every((m) => m.shortForm)) continue;
    for (const i of g.indices) keyOf[i] = undefined;
    groups.delete(g.id);
  }
}

const endsWithVersion = (name: string, version: string): boolean => name.endsWith(version) && /[\s-]/.test(name.charAt(name.length - version.length - 1));

function moveInto(groups: Map<string, Group>, keyOf: (string | undefined)[], g: Group, into: Group): void {
  into.mentions.push(...g.mentions);
  into.indices.push(...g.indices);
  into.surfaces.push(...g.surfaces);
  for (const i of g.indices) keyOf[i] = into.id;
  groups.delete(g.id);
}

function typeOf(g: Group): EntityType {
  if (g.lexType) return g.lexType;
  if (g.mentions.every((m) => m.type === g.mentions[0]!.type)) return g.mentions[0]!.type;
  const votes = new Map<EntityType, number>();
  for (const m of g.mentions) votes.set(m.type, (votes.get(m.type) ?? 0) + m.confidence);
  return [...votes.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}

function nameOf(g: Group): string {
  if (g.lexName) return g.lexName;
  // A family's version written after its maker is named as the family names it ("Google Veo 3.1" → "Veo 3.1").
  if (g.given) return mostFrequent(g.given);
  // A model named only by its builds is named as the model; else by its own forms, not its builds'.
  const surfaces = g.baseName ? g.surfaces.filter((s) => buildBase(s) === undefined) : g.surfaces;
  if (!surfaces.length) return g.baseName!;
  if (surfaces.every((s) => s === surfaces[0])) return surfaces[0]!;
  return mostFrequent(surfaces);
}

/** The most frequent of the names, the longest among equals. */
function mostFrequent(names: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const s of names) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]![0];
}

function toEntity(g: Group): Entity {
  const name = nameOf(g);
  const aliases = [...new Set(g.surfaces)];
  return {
    id: g.id,
    name,
    type: typeOf(g),
    ...(g.altTypes ? { altTypes: g.altTypes } : {}),
    aliases: aliases.includes(name) ? [name, ...aliases.filter((a) => a !== name)] : aliases,
    mentions: g.mentions.length,
    confidence: Math.max(...g.mentions.map((m) => m.confidence)),
  };
}

/** The index of the sentence holding `offset`, or -1. */
export function sentenceOf(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!.span;
    if (s.end <= offset) lo = mid + 1;
    else if (s.start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}
