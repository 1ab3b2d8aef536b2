// Front matter at the top of a digest: YAML (---), TOML (+++), Jekyll and Hugo alike.
import type { Span } from "../../types.ts";
import { findDate } from "../date.ts";
import type { Line } from "../lines.ts";

export interface FrontMatter {
  span: Span;
  /** Top-level `key: value` / `key = value` fields, quotes removed. */
  fields: Map<string, string>;
  /** Index of the first line after the closing fence. */
  nextLine: number;
}

/** Front matter longer than this is taken as a stray "---", not as front matter. */
const MAX_LINES = 400;
const FIELD = /^([A-Za-z_][\w-]*)\s*[:=]\s*(.*)$/;

export function readFrontMatter(text: string, lines: readonly Line[]): FrontMatter | null {
  const first = lines[0];
  if (!first) return null;
  const fence = text.slice(first.start, first.end).trimEnd();
  if (fence !== "---" && fence !== "+++") return null;
  const fields = new Map<string, string>();
  for (let i = 1; i < lines.length && i <= MAX_LINES; i++) {
    const line = lines[i]!;
    const content = text.slice(line.start, line.end);
    const trimmed = content.trimEnd();
    if (trimmed === fence || (fence === "---" && trimmed === "...")) {
      return { span: { start: 0, end: line.end }, fields, nextLine: i + 1 };
    }
    const field = FIELD.exec(content);
    if (field && !fields.has(field[1]!)) fields.set(field[1]!, unquote(field[2]!.trim()));
  }
  return null;
}

function unquote(value: string): string {
  const q = value[0];
  if ((q === '"' || q === "'") && value.length >= 2 && value.endsWith(q)) return value.slice(1, -1);
  return value;
}

/** The front matter's `date` field as YYYY-MM-DD, or null. */
export function frontMatterDate(frontMatter: FrontMatter | null): string | null {
  return findDate(frontMatter?.fields.get("date") ?? "");
}
