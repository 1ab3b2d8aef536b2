// Text → Doc: the reader that recognises the text lays it out; the date falls back from front
// matter to the title to the file name.
import type { Doc } from "../types.ts";
import { findDate } from "./date.ts";
import { pickReader } from "./formats/index.ts";

export function parseDoc(text: string, file: string, hash: string): Doc {
  const name = baseName(file);
  const id = stem(name);
  const reader = pickReader(text);
  const { title, date, items, links, excluded, emphasis } = reader.read(text);
  return {
    id,
    file: name,
    hash,
    series: reader.series,
    title: title.trim() || id,
    date: date ?? findDate(title) ?? findDate(name),
    text,
    items,
    links,
    excluded,
    emphasis,
  };
}

/** "dir/hubtoday_2025-06-01.md" → "hubtoday_2025-06-01.md" (either slash). */
export function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
}

/** "hubtoday_2025-06-01.md" → "hubtoday_2025-06-01". */
export function stem(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(0, dot) : name;
}
