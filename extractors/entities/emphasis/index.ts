// Markdown bold is a strong hint that a name is there: a short bold Chinese term is taken as a
// name when the words around it say what it is (**神眸**摄像头, **录音豆**硬件).
import type { EntityExtractor } from "../../types.ts";
import type { Mention } from "../../../src/types.ts";
import { guessType } from "../latin-names/classify.ts";
import { nameCues } from "../name-cues.ts";
import { isOrdinaryWord } from "../../../src/segment/jieba.ts";

const SHORT_CJK = /^[\u4e00-\u9fffA-Za-z0-9·]{2,8}$/;

export const emphasisExtractor: EntityExtractor = {
  id: "emphasis",
  extract(doc, ctx) {
    const out: Mention[] = [];
    for (const span of doc.emphasis) {
      const name = ctx.entityText.slice(span.start, span.end).trim();
      if (!SHORT_CJK.test(name) || !/[\u4e00-\u9fff]/.test(name) || ctx.lexicon.zhGeneric.has(name) || nameCues().notInName.test(name) || isOrdinaryWord(name)) continue;
      const start = span.start + ctx.entityText.slice(span.start, span.end).indexOf(name);
      const end = start + name.length;
      const guess = guessType(name, ctx.entityText, start, end);
      if (!guess || guess.confidence < 0.6) continue;
      out.push({
        span: { start, end },
        text: doc.text.slice(start, end),
        type: guess.type,
        extractor: "emphasis",
        reason: `bold term; ${guess.reason}`,
        confidence: guess.confidence - 0.1,
      });
    }
    return out;
  },
};
