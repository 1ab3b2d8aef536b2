// One line per decision, for people: what `aikg curate list` prints and the explorer shows.
import type { Decision, Outcome } from "./types.ts";

const q = (name: string): string => `'${name}'`;

export function describeDecision(d: Decision): string {
  switch (d.action) {
    case "merge":
      return `merge ${d.others.map((o) => q(o.name)).join(", ")} into ${q(d.into.name)}`;
    case "alias":
      return `alias ${q(d.form)} for ${q(d.entity.name)}`;
    case "unalias":
      return `unalias ${q(d.form)} from ${q(d.entity.name)}`;
    case "rename":
      return `rename ${q(d.entity.name)} to ${q(d.name)}`;
    case "retype":
      return `retype ${q(d.entity.name)} (${d.entity.type}) as ${d.type}`;
    case "reject":
      return `reject ${q(d.entity.name)} (${d.entity.type}): not an entity`;
    case "reject-relation":
      return `reject relation ${q(d.source.name)} ${d.predicate} ${q(d.target.name)}`;
    case "add":
      return `add ${q(d.name)} (${d.type}${d.aliases.length ? `; also ${d.aliases.map(q).join(", ")}` : ""})`;
  }
}

export function describeOutcome(o: Outcome): string {
  return o.note ? `${o.status}: ${o.note}` : o.status;
}
