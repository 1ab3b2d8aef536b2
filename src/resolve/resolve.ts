// Mentions of one digest → entities: one entity per thing, a canonical name (the lexicon's, or
// the form the digest uses most), every surface form as an alias. Versions never merge with
// their family or maker: keys are whole normalised names, never prefixes.
import type { Entity, EntityType, Mention, ResolvedMention, Sentence } from "../types.ts";
import type { Lexicon } from "./lexicon.ts";
import { lookup } from "./lexicon.ts";
import { isCaseOnlyMatch } from "./case-match.ts";
import { entityKey } from "./name-order.ts";
import { cleanSurface } from "./surface.ts";
import { buildBase } from "./builds.ts";
import { nameOf, typeOf, type Group } from "./groups.ts";
import { dropLoneShortForms, mergeBareVersions, mergeMakerPrefixed, mergePartialPersonNames, mergeSharedTails } from "./merge-groups.ts";

export interface Resolution {
  entities: Entity[];
  mentions: ResolvedMention[];
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
  mergeSharedTails(groups, keyOf, lexicon);
  mergeMakerPrefixed(groups, keyOf, lexicon);
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
