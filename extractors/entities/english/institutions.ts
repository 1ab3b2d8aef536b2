// Universities and institutes, named by the shape of their names: "University of Adelaide",
// "Shanghai Jiao Tong University", "Renmin University of China", "Massachusetts Institute of
// Technology". The word "of" splits them across Latin runs, so they are read off the text here.
import type { Doc, Mention } from "../../../src/types.ts";
import type { Lexicon } from "../../../src/resolve/lexicon.ts";
import { inTitleCaseHeadline } from "../../../src/segment/headlines.ts";

const ANCHOR = /\b(?:University|Institute|College)\b/g;
const WORD = "[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?";
/** Up to three capitalised words right before the anchor ("Shanghai Jiao Tong "). */
const BEFORE = new RegExp(`(?:${WORD} ){1,3}$`);
/** " of (the) " and up to three capitalised words ("of California San Diego", "of Technology"). */
const AFTER = new RegExp(`^ of (?:the )?${WORD}(?: ${WORD}){0,2}`);

export function institutions(doc: Pick<Doc, "text" | "emphasis" | "links">, text: string, lexicon: Lexicon): Mention[] {
  if (!text.includes("Universit") && !text.includes("Institute") && !text.includes("College")) return [];
  const out: Mention[] = [];
  for (const m of text.matchAll(ANCHOR)) {
    const at = m.index;
    let start = at;
    const before = BEFORE.exec(text.slice(Math.max(0, at - 60), at));
    if (before) {
      // Words that open sentences or are verbs are no part of the name ("Researchers at", "Pinpoints").
      const words = before[0].trim().split(" ");
      while (words.length && (lexicon.englishStop.has(words[0]!.toLowerCase()) || /(?:s|ed|ing)$/.test(words[0]!) && words.length > 1)) words.shift();
      if (words.length) start = at - words.join(" ").length - 1;
    }
    let end = at + m[0].length;
    const after = AFTER.exec(text.slice(end, end + 80));
    if (after) end += trimVerbs(after[0]).length;
    if (start === at && end === at + m[0].length) continue; // the word alone names nothing
    if (inTitleCaseHeadline(doc, text, at)) continue; // "LM Studio Pinpoints Basel University" is a headline's
    out.push({
      span: { start, end },
      text: doc.text.slice(start, end),
      type: "organization",
      extractor: "english",
      reason: "a university's or an institute's name (X University, University of X)",
      confidence: 0.8,
    });
  }
  return out;
}

/** " of Basel Located Via …": the name ends before a verb. */
function trimVerbs(s: string): string {
  const words = s.split(" ");
  for (let i = 3; i < words.length; i++) if (/(?:ed|ing|s)$/.test(words[i]!) && !/ss$/.test(words[i]!)) return words.slice(0, i).join(" ");
  return s;
}
