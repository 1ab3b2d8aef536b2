// Names a digest defines in parentheses: "X（原Twitter）", "智谱AI（Zhipu AI）", "递归语言模型（RLM）".
import type { Entity, Mention, ResolvedMention } from "../types.ts";
import type { Lexicon } from "./lexicon.ts";
import { isOrdinaryEnglishWord } from "../../extractors/entities/english/words.ts";

const AFTER = /^\s*[（(]\s*(?:原|原名|前身为?|即|又称|又名|简称|aka\s|formerly\s)?([^（）()，,、；;：:\n]{2,24}?)\s*[）)]/;
const BEFORE_TERM = /([\u4e00-\u9fff][\u4e00-\u9fffA-Za-z]{1,14})\s*[（(]\s*$/;

/**
 * "NVIDIA（NVDA）": an unknown name in parentheses right after a known one is another name for
 * it. The inner mention takes the outer one's canonical name and type, so they resolve together.
 */
export function mergeParenGuesses<M extends Mention>(mentions: readonly M[], text: string): M[] {
  const out = [...mentions];
  for (let k = 1; k < out.length; k++) {
    const outer = out[k - 1]!;
    const inner = out[k]!;
    if (!inner.guessed || outer.guessed || outer.nested) continue;
    if (!/^\s*[（(]\s*$/.test(text.slice(outer.span.end, inner.span.start)) || !/^\s*[）)]/.test(text.slice(inner.span.end))) continue;
    const { guessed: _, weak: __, ...rest } = inner;
    out[k] = { ...rest, canonical: outer.canonical ?? outer.text, type: outer.type, reason: `named in parentheses after ${outer.text}` } as M;
  }
  return out;
}

/** Adds to each entity the aliases its mentions are given in parentheses; returns new entities. */
export function addParenAliases(entities: Entity[], mentions: ResolvedMention[], text: string, lexicon: Lexicon): Entity[] {
  const extra = new Map<string, Set<string>>();
  const add = (id: string, alias: string) => extra.set(id, (extra.get(id) ?? new Set()).add(alias));
  const starts = mentions.map((m) => m.span.start);
  for (const m of mentions) {
    const after = AFTER.exec(text.slice(m.span.end, m.span.end + 40));
    if (after) {
      const inner = after[1]!.trim();
      const innerStart = m.span.end + after[0].indexOf(after[1]!);
      const other = mentions.find((o) => o.span.start >= innerStart && o.span.start < innerStart + inner.length);
      if ((!other || other.entity === m.entity) && plausibleAlias(inner, lexicon)) add(m.entity, inner);
    }
    // An acronym defined by the Chinese term before it: 递归语言模型（RLM）.
    if (/^[A-Z][A-Z0-9-]{1,9}$/.test(m.text) && /^\s*[）)]/.test(text.slice(m.span.end))) {
      const before = BEFORE_TERM.exec(text.slice(Math.max(0, m.span.start - 20), m.span.start));
      const term = before?.[1];
      if (term && !starts.some((s) => s >= m.span.start - 20 && s < m.span.start) && plausibleAlias(term, lexicon)) add(m.entity, term);
    }
  }
  return entities.map((e) => {
    const more = [...(extra.get(e.id) ?? [])].filter((a) => !e.aliases.includes(a));
    return more.length ? { ...e, aliases: [...e.aliases, ...more] } : e;
  });
}

function plausibleAlias(s: string, lexicon: Lexicon): boolean {
  if (!/^[\p{L}\p{N}][\p{L}\p{N} .·&'’+-]*$/u.test(s)) return false; // markup, emoji, punctuation
  if (/^\d|\d+(?:\.\d+)?[BbMKk%]|\s.*\s.*\s/.test(s)) return false; // sizes, figures, phrases
  // Amounts and digest labels: "融资估值约8000亿美元", "(AI资讯)", "(详情)".
  if (/\d\s*(?:亿|万|千|百|美元|元|%)|资讯|报道|来源|链接|详情|原文|新闻|估值|融资/.test(s)) return false;
  if (lexicon.generic.has(s.toLowerCase()) || lexicon.zhGeneric.has(s)) return false;
  // "OpenAI (Another Evidence)", "(New Update)": a word that opens sentences and is never a name makes a phrase.
  if (/\s/.test(s) && s.split(/\s+/).some((w) => lexicon.englishStop.has(w.toLowerCase()))) return false;
  return /[A-Za-z\u4e00-\u9fff]/.test(s) && !isQualifier(s);
}

/**
 * "Gemini 2.5 Pro (experimental)", "o3 (high)", "(Full version)", "(with Grounding)": ordinary
 * English words, one of them in lower case, qualify a name rather than give another one
 * ("X (Twitter)" and "(Meta Platforms)" are names: capitalised throughout).
 */
function isQualifier(s: string): boolean {
  if (!/^[A-Za-z][A-Za-z' -]*$/.test(s) || !/(?:^|[\s-])[a-z]/.test(s)) return false;
  return s.split(/[\s-]+/).every(isOrdinaryEnglishWord);
}
