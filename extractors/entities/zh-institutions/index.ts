// Chinese names of universities and colleges the lexicon does not know: 阿德莱德大学, 布朗大学,
// 加州大学圣迭戈分校. Only a few characters around each anchor word (大学, 学院) are read by jieba,
// so a digest without them costs one indexOf per anchor (data/cues/zh-institutions.json).
import type { EntityExtractor } from "../../types.ts";
import type { Mention } from "../../../src/types.ts";
import { readDataJson } from "../../../src/data-dir.ts";
import { jieba } from "../../../src/segment/jieba.ts";
import { isHan } from "../../../src/segment/chars.ts";

interface InstitutionCues {
  anchors: { words: string[]; reason: string };
  properTags: { tags: string[]; reason: string };
  generic: { words: string[]; reason: string };
  branch: { word: string; reason: string };
  confidence: number;
}

let cues: (InstitutionCues & { proper: Set<string>; kinds: Set<string> }) | undefined;

function institutionCues() {
  if (cues) return cues;
  const file = readDataJson<InstitutionCues>("cues", "zh-institutions.json");
  cues = { ...file, proper: new Set(file.properTags.tags), kinds: new Set(file.generic.words) };
  return cues;
}

/** Han characters read before and after an anchor: enough for 穆罕默德·本·扎耶德 would be more, but such names are the lexicon's. */
const BEFORE = 10;
const AFTER = 8;

export const zhInstitutionsExtractor: EntityExtractor = {
  id: "zh-institutions",
  extract(doc, ctx) {
    const text = ctx.entityText;
    const { anchors } = institutionCues();
    const out: Mention[] = [];
    const seen = new Set<number>();
    for (const anchor of anchors.words) {
      for (let at = text.indexOf(anchor); at >= 0; at = text.indexOf(anchor, at + anchor.length)) {
        const found = nameAround(text, at, anchor);
        if (!found || seen.has(found.start)) continue;
        seen.add(found.start);
        out.push({
          span: found,
          text: doc.text.slice(found.start, found.end),
          type: "organization",
          extractor: "zh-institutions",
          reason: `${anchors.reason}${found.branch ? `; ${institutionCues().branch.reason}` : ""}`,
          confidence: institutionCues().confidence,
        });
      }
    }
    return out;
  },
};

/** The university's name around the anchor at `at`, if jieba reads a proper name before it. */
function nameAround(text: string, at: number, anchor: string): { start: number; end: number; branch: boolean } | undefined {
  const { proper, kinds, branch } = institutionCues();
  let from = at;
  while (from > 0 && at - from < BEFORE && isHan(text.charCodeAt(from - 1))) from--;
  let to = at + anchor.length;
  while (to < text.length && to - at - anchor.length < AFTER && isHan(text.charCodeAt(to))) to++;
  const tokens = jieba().tag(text.slice(from, to));
  // Offsets of the tokens in the window; the anchor must end a token (大学 of 大学生 does not).
  let offset = from;
  const spans = tokens.map((t) => {
    const s = { word: t.word, tag: t.tag, start: offset, end: offset + t.word.length };
    offset = s.end;
    return s;
  });
  const last = spans.findIndex((s) => s.end === at + anchor.length);
  if (last < 0 || spans[last]!.start > at) return undefined;
  let first = last;
  while (first > 0 && proper.has(spans[first - 1]!.tag)) first--;
  const head = spans[last]!;
  // A kind of university alone (理工大学, 大学) needs a proper name before it; a longer word
  // ending in the anchor must be one jieba reads as a name (中国人民大学/nt).
  if (first === last && (kinds.has(head.word) || !proper.has(head.tag))) return undefined;
  let end = head.end;
  let branched = false;
  const next = spans[last + 1];
  const after = spans[last + 2];
  if (next && after && after.word === branch.word && next.word.length >= 2 && next.word.length <= 4) {
    end = after.end;
    branched = true;
  } else if (next && next.word.endsWith(branch.word) && next.word.length > branch.word.length) {
    end = next.end;
    branched = true;
  }
  return { start: spans[first]!.start, end, branch: branched };
}
