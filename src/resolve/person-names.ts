/**
 * The id of the one person a partial name refers to: a Latin first or last name ("Molly" →
 * "Molly Cantillon") or the part of a dotted Chinese name ("哈萨比斯" → "德米斯·哈萨比斯").
 * Undefined when none or several match: two things never merge on a guess.
 */
export function personAliasTarget(partial: string, people: { id: string; name: string }[]): string | undefined {
  if (/\s|·/.test(partial)) return undefined;
  const matches = people.filter(({ name }) => name.split(/[\s·・]+/).some((part) => part === partial) && name !== partial);
  return matches.length === 1 ? matches[0]!.id : undefined;
}
