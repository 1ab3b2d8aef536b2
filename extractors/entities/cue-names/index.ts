// Chinese names the lexicon does not know, found by the words around them (data/cues/name-cues.json):
// 创始人杨作兴, 杨作兴表示, 比特微创始人, dotted transliterations (萨提亚·纳德拉), and titles in 《》
// that the words beside them call a book, paper or report; in any script, a title the words before
// it call a paper's, an article's or a book's ("a paper titled *Deep Sets for …*").
import type { EntityExtractor, ExtractContext } from "../../types.ts";
import type { Doc, Mention } from "../../../src/types.ts";
import { nameCues } from "../name-cues.ts";
import { isOrdinaryWord, startsWithOrdinaryWord } from "../../../src/segment/jieba.ts";
import { execAll } from "../../../src/segment/exec-all.ts";
import { sentencesWith } from "../../../src/segment/sentences.ts";
import { isHan } from "../../../src/segment/chars.ts";

export const cueNamesExtractor: EntityExtractor = {
  id: "cue-names",
  extract(doc, ctx) {
    const { cues, givenStop } = nameCues();
    const out: Mention[] = dottedNames(doc, ctx);
    // Per cue, the sentences that hold a word it cannot match without (null: every sentence).
    const where = cues.map((rule) => (rule.trigger ? sentencesWith(rule.trigger, ctx.sentences, ctx.entityText) : null));
    for (let s = 0; s < ctx.sentences.length; s++) {
      const sentence = ctx.sentences[s]!;
      if (!where.some((w) => w === null || w[s] === 1)) continue;
      const han = hasHan(ctx.entityText, sentence.span.start, sentence.span.end);
      const text = ctx.entityText.slice(sentence.span.start, sentence.span.end);
      for (let r = 0; r < cues.length; r++) {
        const rule = cues[r]!;
        if ((where[r] !== null && where[r]![s] !== 1) || (!han && rule.name !== "title")) continue;
        for (const m of execAll(rule.regex, text)) {
          const raw = m[1];
          if (!raw) continue;
          // (A title's bold marks and spaces are not its own: 《**智能体设计模式**》.)
          const titled = rule.name === "zh-title" || rule.name === "title";
          const lead = titled ? raw.length - raw.replace(/^[\s*]+/, "").length : 0;
          const at = m.index + m[0].indexOf(raw) + lead;
          const name = rule.name === "zh-person" ? personName(raw, ctx, givenStop) : titled ? raw.slice(lead).replace(/[\s*,.:;]+$/, "") : raw;
          // A title is whatever its author wrote: it need not look like a name.
          if (!name || (!titled && !acceptable(name, ctx))) continue;
          const start = sentence.span.start + at;
          out.push({
            span: { start, end: start + name.length },
            text: doc.text.slice(start, start + name.length),
            type: rule.type,
            extractor: "cue-names",
            reason: `cue ${rule.id}: ${rule.reason}`,
            confidence: rule.confidence,
          });
        }
      }
    }
    return out;
  },
};

function hasHan(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isHan(text.charCodeAt(i))) return true;
  return false;
}

/** 萨提亚·纳德拉: the runs of transliteration characters on both sides of a middle dot. */
function dottedNames(doc: Doc, ctx: ExtractContext): Mention[] {
  const { chars, confidence, reason } = nameCues().dotted;
  const text = ctx.entityText;
  const out: Mention[] = [];
  for (const d of text.matchAll(/[·・•‧]/g)) {
    const dot = d.index;
    let start = dot;
    while (start > 0 && chars.has(text[start - 1]!) && dot - start < 5) start--;
    let end = dot + 1;
    while (end < text.length && chars.has(text[end]!) && end - dot <= 5) end++;
    if (dot - start < 1 || end - dot - 1 < 1 || dot - start + end - dot - 1 < 3) continue;
    out.push({ span: { start, end }, text: doc.text.slice(start, end), type: "person", extractor: "cue-names", reason, confidence });
  }
  return out;
}

/** Cuts a surname and one or two given characters off the front of `raw`, if it starts with a surname. */
function personName(raw: string, ctx: ExtractContext, givenStop: Set<string>): string | undefined {
  const { single, double } = ctx.lexicon.surnames;
  const surname = double.has(raw.slice(0, 2)) ? raw.slice(0, 2) : single.has(raw[0]!) ? raw[0]! : undefined;
  if (!surname) return undefined;
  let given = raw.slice(surname.length, surname.length + 2);
  if (given.length === 2 && givenStop.has(given[1]!)) given = given.slice(0, 1);
  if (!given || givenStop.has(given[0]!)) return undefined;
  const name = surname + given;
  return startsWithOrdinaryWord(name) ? undefined : name;
}

function acceptable(name: string, ctx: ExtractContext): boolean {
  const { badStart, badEnd, notInName } = nameCues();
  if (ctx.lexicon.zhGeneric.has(name) || badStart.has(name[0]!) || badEnd.test(name) || notInName.test(name) || isOrdinaryWord(name)) return false;
  for (const g of ctx.lexicon.zhGeneric) if (g.length >= 2 && (name.endsWith(g) || name.startsWith(g))) return false;
  return true;
}
