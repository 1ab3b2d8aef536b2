// Where things were said: subreddits ("/r/LocalLlama", "r/ChatGPTCoding") and Discord channels,
// the text of a link to one ("[**gpt-4-discussions**](https://discord.com/channels/…/…)"), or to
// a message in one after a "#" ("#[gpt-4-discussions](…/channels/…/…/…)"). A channel or a
// subreddit named after a known entity (r/OpenAI, #torchao) still names it; an unknown name
// there is the place's own (gpt-4-discussions), never an entity. A link to a whole server
// ("[Perplexity AI](…/channels/…)") and other links to a message ("[here](…)") are no places.
import type { Doc, Span } from "../types.ts";

const SUBREDDIT = /(?<![\w/])\/?r\/[A-Za-z0-9][A-Za-z0-9_]{1,20}(?![\w/])/g;
const DISCORD_LINK = /(#\**)?\[([^\]\n]+)\]\(https?:\/\/(?:www\.)?discord(?:app)?\.com\/channels\/\d+\/\d+(\/\d+)?\/?\)/g;

export function placeSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(SUBREDDIT)) spans.push({ start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(DISCORD_LINK)) {
    const [, hash, label, message] = m;
    if (message && !hash) continue;
    const start = m.index + (hash?.length ?? 0) + 1;
    spans.push({ start, end: start + label!.length });
  }
  return spans.sort((a, b) => a.start - b.start);
}

const memo = new WeakMap<Pick<Doc, "text">, Span[]>();

/** True when [start, end) lies inside a place's name (see above). */
export function inPlace(doc: Pick<Doc, "text">, start: number, end: number): boolean {
  let spans = memo.get(doc);
  if (!spans) memo.set(doc, (spans = placeSpans(doc.text)));
  // Few places per digest, and most digests have none: a scan is enough.
  for (const s of spans) {
    if (s.start > start) return false;
    if (end <= s.end) return true;
  }
  return false;
}
