// Lines and labels that are digest furniture in any series: attribution lines ("来源：…",
// "[原文链接](…)", "Source: …") and bold field labels ("**核心洞察：**"). Words in data/read/cues.json.
import type { Span } from "../types.ts";
import cues from "../../data/read/cues.json" with { type: "json" };
import type { Markdown } from "./markdown/document.ts";

const ATTRIBUTION = cues.attributionLines.map((word) => word.toLowerCase());
const LABELS = cues.labels;
const PROMO = cues.promoHeadings;
const COLONS = new Set([":", "："]);

/** Offset where a line's words begin: past indentation, quote markers, a list bullet. */
function wordsStart(text: string, start: number, end: number): number {
  let at = start;
  for (;;) {
    while (at < end && (text[at] === " " || text[at] === "\t" || text[at] === ">")) at++;
    const c = text[at];
    if ((c === "-" || c === "+" || c === "*") && text[at + 1] === " ") at += 2;
    else return at;
  }
}

/**
 * Visible characters beyond which a line says more than where its item came from: attribution
 * lines in the bulk corpus hold under 120; "**[Sources: OpenAI and Anthropic quietly lobby …](…)**
 * (Activity: 1470): …" is a Reddit post's title and summary, a thousand.
 */
const MAX_ATTRIBUTION = 200;

/** True when the line only says where its item came from (or how it is filed). */
export function isAttributionLine(text: string, start: number, end: number): boolean {
  return startsWithAttribution(text, start, end) && visibleLength(text.slice(start, end)) <= MAX_ATTRIBUTION;
}

/** The line's length without link targets and web addresses. */
function visibleLength(line: string): number {
  if (line.length <= MAX_ATTRIBUTION) return line.length;
  return line.replace(/\]\([^)]*\)/g, "]").replace(/https?:\/\/\S+/g, "").length;
}

function startsWithAttribution(text: string, start: number, end: number): boolean {
  let at = wordsStart(text, start, end);
  while (at < end && (text[at] === "*" || text[at] === "[" || text[at] === "_")) at++;
  const head = text.slice(at, at + 12).toLowerCase();
  return ATTRIBUTION.some((word) => {
    if (!head.startsWith(word)) return false;
    let after = at + word.length;
    while (after < end && (text[after] === "*" || text[after] === "]" || text[after] === "_" || text[after] === " ")) after++;
    return after >= end || COLONS.has(text[after]!) || text[after] === "(";
  });
}

/** Whole attribution lines, and bold labels with their colons. */
export function furnitureSpans(md: Markdown): Span[] {
  const { text, lines, infos } = md;
  const spans: Span[] = [];
  const from = md.frontMatter?.nextLine ?? 0;
  for (let i = from; i < lines.length; i++) {
    const kind = infos[i]!.kind;
    if (kind === "blank" || kind === "code" || kind === "fence") continue;
    const { start, end } = lines[i]!;
    if (isAttributionLine(text, start, end)) spans.push({ start, end });
    else spans.push(...boldLabel(text, wordsStart(text, start, end), end));
  }
  return spans;
}

/** "**核心洞察：**" or "**描述**：" at `at`: the label word and its colon, not the bold marks. */
function boldLabel(text: string, at: number, end: number): Span[] {
  if (!text.startsWith("**", at)) return [];
  const word = LABELS.find((label) => text.startsWith(label, at + 2));
  if (!word) return [];
  const wordEnd = at + 2 + word.length;
  const colon = text.startsWith("**", wordEnd) ? wordEnd + 2 : wordEnd;
  if (colon >= end || !COLONS.has(text[colon]!)) return [];
  return [
    { start: at + 2, end: wordEnd },
    { start: colon, end: colon + 1 },
  ];
}

/** True when a heading's text names a promotional section (podcast, account, product plug). */
export function isPromoHeading(headingText: string): boolean {
  return PROMO.some((word) => headingText.includes(word));
}
