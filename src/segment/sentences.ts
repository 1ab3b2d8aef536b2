import type { Doc, Sentence } from "../types.ts";

// A sentence ends at Chinese/ASCII terminal punctuation or a line break; an ASCII period ends
// one only before whitespace (so "GLM-4.7", "llama.cpp" and "Z.ai" stay whole).
const TERMINAL = /[。！？!?；;\n]|\.(?=\s)/g;

/** Splits entity text into sentences and tags each with the item it belongs to. */
export function sentences(doc: Pick<Doc, "items">, entityText: string): Sentence[] {
  const out: Sentence[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(entityText[start]!)) start++;
    while (end > start && /\s/.test(entityText[end - 1]!)) end--;
    if (end > start) out.push({ span: { start, end }, item: -1 });
  };
  let at = 0;
  for (const m of entityText.matchAll(TERMINAL)) {
    push(at, m.index + (m[0] === "\n" ? 0 : 1));
    at = m.index + 1;
  }
  push(at, entityText.length);
  assignItems(out, doc.items);
  return out;
}

function assignItems(list: Sentence[], items: Doc["items"]): void {
  let i = 0;
  for (const s of list) {
    while (i < items.length && items[i]!.span.end <= s.span.start) i++;
    const item = items[i];
    if (item && item.span.start <= s.span.start && s.span.start < item.span.end) s.item = i;
  }
}
