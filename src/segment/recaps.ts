// Where an English digest looked: its recaps' titles ("# AI Twitter Recap", "## /r/LocalLlama
// Recap") and the list of subreddits under one ("> /r/Singularity, /r/Oobabooga, …") are the same
// in every issue and name no entity of the news, though the lexicon knows some of their words
// (Twitter is X, Oobabooga text-generation-webui). The lines are data (data/cues/accounts.json).
import type { Doc, Span } from "../types.ts";
import { readDataJson } from "../data-dir.ts";

interface RecapCues {
  recapTitles: { lines: string[] };
}

let patterns: RegExp[] | undefined;

function recapPatterns(): RegExp[] {
  patterns ??= readDataJson<RecapCues>("cues", "accounts.json").recapTitles.lines.map((p) => new RegExp(p, "gm"));
  return patterns;
}

export function recapSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const regex of recapPatterns()) for (const m of text.matchAll(regex)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

const memo = new WeakMap<Pick<Doc, "text">, Span[]>();

/** True when [start, end) lies in a recap's title or its list of subreddits (see above). */
export function inRecapTitle(doc: Pick<Doc, "text">, start: number, end: number): boolean {
  let spans = memo.get(doc);
  if (!spans) memo.set(doc, (spans = recapSpans(doc.text)));
  // A handful of such lines per digest, none in most: a scan is enough.
  return spans.some((s) => s.start <= start && end <= s.end);
}
