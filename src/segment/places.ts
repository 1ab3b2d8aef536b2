// Where things were said: subreddits ("/r/LocalLlama", "r/ChatGPTCoding") and Discord channels,
// a link to one ("[**gpt-4-discussions**](https://discord.com/channels/…/…)"), or to a message in
// one after a "#" ("#[gpt-4-discussions](…/channels/…/…/…)"). A channel or a subreddit named
// after a known entity (r/OpenAI, #torchao) still names it; an unknown name there is the place's
// own (gpt-4-discussions), never an entity. A link to a whole server ("[Perplexity AI](…/channels/…)")
// and other links to a message ("[here](…)") are no places.
import type { Doc, Span } from "../types.ts";

const SUBREDDIT = /(?<![\w/])\/?r\/[A-Za-z0-9][A-Za-z0-9_]{1,20}(?![\w/])/g;
/** A channel's address, and a message's id after it when there is one. */
const DISCORD_CHANNEL = /^https?:\/\/(?:www\.)?discord(?:app)?\.com\/channels\/\d+\/\d+(\/\d+)?\/?$/;

type PlaceSource = Pick<Doc, "text" | "links">;

/** True when a "#" (maybe then bold marks) comes right before `at`. */
function afterHash(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && text.charCodeAt(i - 1) === 42) i--; // "*"
  return text.charCodeAt(i - 1) === 35; // "#"
}

export function placeSpans({ text, links }: PlaceSource): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(SUBREDDIT)) spans.push({ start: m.index, end: m.index + m[0].length });
  // The reader's links: a name inside one lies in its label (the address is no entity text).
  for (const link of links) {
    const channel = DISCORD_CHANNEL.exec(link.url);
    if (channel && (!channel[1] || afterHash(text, link.span.start))) spans.push(link.span);
  }
  return spans.sort((a, b) => a.start - b.start);
}

const memo = new WeakMap<PlaceSource, Span[]>();

/** True when [start, end) lies inside a place's name (see above). */
export function inPlace(doc: PlaceSource, start: number, end: number): boolean {
  let spans = memo.get(doc);
  if (!spans) memo.set(doc, (spans = placeSpans(doc)));
  // Few places per digest, and most digests have none: a scan is enough.
  for (const s of spans) {
    if (s.start > start) return false;
    if (end <= s.end) return true;
  }
  return false;
}

const DISCORD = /^https?:\/\/(?:www\.)?discord(?:app)?\.com\//;
const linkStarts = new WeakMap<PlaceSource, number[]>();

/**
 * True when [start, end) lies in the label of a link to Discord: "[MLOps @Chipro](…/channels/…)"
 * names a server, and an @handle there is the server's, not a person's.
 */
export function inDiscordLabel(doc: PlaceSource, start: number, end: number): boolean {
  let starts = linkStarts.get(doc);
  if (!starts) linkStarts.set(doc, (starts = doc.links.map((l) => l.span.start)));
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= start) lo = mid + 1;
    else hi = mid;
  }
  const link = doc.links[lo - 1];
  return link !== undefined && end <= link.span.end && DISCORD.test(link.url);
}

/** "MLOps @Chipro Discord", "**MLOps @Chipro ▷ #[events](…)**": what follows says the name is a Discord server's. */
const SERVER_AFTER = /^(?:\*\*|\]|\s)*(?:Discord\b|▷)/;

/** True when the text after `end` names a Discord server, or the channel of one, that the name before it belongs to. */
export function beforeDiscordServerWord(text: string, end: number): boolean {
  return SERVER_AFTER.test(text.slice(end, end + 16));
}
