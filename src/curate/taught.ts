// The names a curation teaches the extractors: each `add` (a name and its aliases, typed) and
// each `alias` (a surface form of an entity), as lexicon entries for the digests extracted from
// then on (src/resolve/taught.ts). Later decisions revise them: `unalias` takes a form back,
// `rename`, `retype` and `merge` carry a taught entity along, `reject` stops teaching it.
// Worked out from the file alone, so a build from scratch teaches what the store taught.
import type { LexEntry } from "../resolve/lexicon.ts";
import { nameKey } from "../resolve/normalize.ts";
import type { Decision, EntityRef } from "./types.ts";

export function taughtEntries(decisions: readonly Decision[]): LexEntry[] {
  const entries = new Map<string, LexEntry>();
  const of = (ref: EntityRef): LexEntry | undefined => entries.get(nameKey(ref.name));
  const dropForm = (form: string): void => {
    for (const entry of entries.values()) entry.aliases = entry.aliases.filter((a) => nameKey(a) !== nameKey(form));
  };
  const rekey = (entry: LexEntry, name: string): void => {
    for (const [key, e] of entries) if (e === entry) entries.delete(key);
    entry.aliases = [...new Set([...entry.aliases, entry.name])].filter((a) => nameKey(a) !== nameKey(name));
    entry.name = name;
    entries.set(nameKey(name), entry);
  };
  for (const d of decisions) {
    switch (d.action) {
      case "add": {
        const entry = entries.get(nameKey(d.name));
        const aliases = [...new Set([...(entry?.aliases ?? []), ...d.aliases])];
        entries.set(nameKey(d.name), { name: d.name, type: d.type, aliases, altTypes: [] });
        break;
      }
      case "alias": {
        dropForm(d.form);
        const entry = of(d.entity) ?? { name: d.entity.name, type: d.entity.type, aliases: [], altTypes: [] };
        entry.aliases = [...new Set([...entry.aliases, d.form])];
        entries.set(nameKey(entry.name), entry);
        break;
      }
      case "unalias":
        dropForm(d.form);
        break;
      case "rename": {
        const entry = of(d.entity);
        if (entry) rekey(entry, d.name);
        break;
      }
      case "retype": {
        const entry = of(d.entity);
        if (entry) entry.type = d.type;
        break;
      }
      case "merge":
        for (const other of d.others) {
          const entry = of(other);
          if (!entry) continue;
          const into = of(d.into);
          entries.delete(nameKey(other.name));
          if (into) into.aliases = [...new Set([...into.aliases, entry.name, ...entry.aliases])];
          else entries.set(nameKey(d.into.name), { name: d.into.name, type: d.into.type, aliases: [entry.name, ...entry.aliases], altTypes: [] });
        }
        break;
      case "reject":
        entries.delete(nameKey(d.entity.name));
        break;
      case "reject-relation":
        break;
    }
  }
  return [...entries.values()].map((e) => ({ ...e, aliases: e.aliases.filter((a) => a !== e.name) }));
}
