// A readable summary of one digest's extraction, for `aikg extract FILE`.
import type { Extraction } from "../types.ts";
import { ENTITY_TYPES } from "../types.ts";

export function summarise(x: Extraction): string {
  const lines: string[] = [];
  const { doc } = x;
  lines.push(`${doc.file}  ${doc.series} · ${doc.date ?? "no date"}${doc.title ? ` · ${doc.title}` : ""}`);
  lines.push(`  ${x.entities.length} ${x.entities.length === 1 ? "entity" : "entities"}`);
  for (const type of ENTITY_TYPES) {
    const of = x.entities.filter((e) => e.type === type).sort((a, b) => b.mentions - a.mentions);
    if (!of.length) continue;
    const shown = of.map((e) => {
      const others = e.aliases.filter((a) => a !== e.name);
      return `${e.name}${others.length ? ` (${others.join(", ")})` : ""}`;
    });
    lines.push(`    ${type.padEnd(12)} ${shown.join(" · ")}`);
  }
  const names = new Map(x.entities.map((e) => [e.id, e.name]));
  const typed = x.relations.filter((r) => r.predicate !== "co_mention");
  const coMentions = x.relations.length - typed.length;
  lines.push(`  ${typed.length} relation${typed.length === 1 ? "" : "s"}, ${coMentions} co-mention${coMentions === 1 ? "" : "s"}`);
  for (const r of typed) {
    const role = r.role ? ` (${r.role})` : "";
    lines.push(`    ${names.get(r.source)} —${r.predicate}${role}→ ${names.get(r.target)}   “${clip(r.evidence.text, 60)}”`);
  }
  return lines.join("\n");
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
