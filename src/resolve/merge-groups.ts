// Merges of a digest's entity groups the digest's own names call for (resolve.ts): a partial
// person's name into the one person it names, a bare version into the one model ending in it, a
// bare word the lexicon gives another maker into the digest's own full name, a maker's name and a
// thing's into the thing; lone codes go.
import { personAliasTarget } from "./person-names.ts";
import { moveInto, nameOf, typeOf, type Group } from "./groups.ts";
import { lookup, type Lexicon } from "./lexicon.ts";

type Groups = Map<string, Group>;
type Keys = (string | undefined)[];

/** "Molly" → "Molly Cantillon", "哈萨比斯" → "德米斯·哈萨比斯" when the digest names only one such person. */
export function mergePartialPersonNames(groups: Groups, keyOf: Keys): void {
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
export function mergeBareVersions(groups: Groups, keyOf: Keys): void {
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
 * "GitHub Copilot … Copilot": a bare word the lexicon reads as one maker's product ("Copilot" →
 * Microsoft Copilot) names the digest's own product of another maker ending in that word, when
 * the digest names exactly one such and never the lexicon's one in full.
 */
export function mergeSharedTails(groups: Groups, keyOf: Keys, lexicon: Lexicon): void {
  // "<maker> <word>": a name whose words before the last are an organisation the lexicon knows.
  const makerAndTail = (name: string, tail: string): boolean => {
    if (!name.toLowerCase().endsWith(tail)) return false;
    const maker = lookup(lexicon, name.slice(0, name.length - tail.length));
    return maker !== undefined && (maker.type === "organization" || maker.altTypes?.includes("organization") === true);
  };
  for (const g of [...groups.values()]) {
    const word = g.surfaces[0]!;
    const tail = ` ${word.toLowerCase()}`;
    if (!g.lexName || word.includes(" ") || !g.surfaces.every((s) => s === word) || !makerAndTail(g.lexName, tail)) continue;
    const targets = [...groups.values()].filter((t) => t !== g && makerAndTail(nameOf(t), tail));
    if (targets.length === 1) moveInto(groups, keyOf, g, targets[0]!);
  }
}

/**
 * "Higgsfield发布高保真图像模型Soul … Higgsfield Soul提供50+预设": a guessed name made of an
 * organisation's name and a name the digest reads as a thing of its own is that thing, named
 * with its maker (the name alone is an ordinary word, so no extractor split the two).
 */
export function mergeMakerPrefixed(groups: Groups, keyOf: Keys, lexicon: Lexicon): void {
  const things = [...groups.values()].filter((t) => !t.mentions.every((m) => m.guessed) && typeOf(t) !== "organization" && typeOf(t) !== "person");
  if (!things.length) return;
  for (const g of [...groups.values()]) {
    if (g.lexName || !g.mentions.every((m) => m.guessed)) continue;
    const name = nameOf(g);
    const space = name.indexOf(" ");
    if (space < 0) continue;
    const maker = lookup(lexicon, name.slice(0, space));
    if (maker?.type !== "organization") continue;
    const rest = name.slice(space + 1).toLowerCase();
    const targets = things.filter((t) => nameOf(t).toLowerCase() === rest); // (things are never guessed: none is g, none is moved)
    if (targets.length === 1) moveInto(groups, keyOf, g, targets[0]!);
  }
}

/**
 * A letter and a digit alone ("Q3", "H1", "K3") is a code, unless mergeBareVersions folded it
 * into the one model of the digest that ends in it ("Kimi K3"): short forms left alone go.
 */
export function dropLoneShortForms(groups: Groups, keyOf: Keys): void {
  for (const g of [...groups.values()]) {
    if (!g.mentions.every((m) => m.shortForm)) continue;
    for (const i of g.indices) keyOf[i] = undefined;
    groups.delete(g.id);
  }
}

const endsWithVersion = (name: string, version: string): boolean => name.endsWith(version) && /[\s-]/.test(name.charAt(name.length - version.length - 1));
