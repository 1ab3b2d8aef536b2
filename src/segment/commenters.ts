// Who said it, in a Reddit recap: a comment summary opens with the commenter's user name, then
// what they said ("    - GroundbreakingMall54 points out …", "- Chromix_ highlights …", "- A and B discuss …"). The
// name is a Reddit user's, never a model or a product; a known name there (Teknium) still counts.
import type { Doc, Span } from "../types.ts";
import { readDataJson } from "../data-dir.ts";

interface CommenterCues {
  commenters: { verbs: string[]; pluralVerbs: string[] };
}

let pattern: RegExp | undefined;
let listPattern: RegExp | undefined;
const USER = "[A-Za-z0-9][A-Za-z0-9_-]{1,39}";

/** An indented bullet, one word, then a reporting verb: the verbs are data (data/cues/accounts.json). */
function commenterPattern(): RegExp {
  if (pattern) return pattern;
  const verbs = readDataJson<CommenterCues>("cues", "accounts.json").commenters.verbs;
  pattern = new RegExp(`^[ \\t]{2,}[-*] (${USER}) (?:${verbs.join("|")})\\b`, "dgm");
  return pattern;
}

/** The same bullet naming several commenters, then a verb in the plural ("- Big-Info and douggieball1312 discuss"). */
function commenterListPattern(): RegExp {
  if (listPattern) return listPattern;
  const verbs = readDataJson<CommenterCues>("cues", "accounts.json").commenters.pluralVerbs;
  listPattern = new RegExp(`^[ \\t]{2,}[-*] (${USER}(?:, ${USER})*,? and ${USER}) (?:${verbs.join("|")})\\b`, "dgm");
  return listPattern;
}

export function commenterSpans(text: string): Span[] {
  const spans: Span[] = [];
  const regex = commenterPattern();
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    const [start, end] = m.indices![1]!;
    spans.push({ start, end });
  }
  const list = commenterListPattern();
  list.lastIndex = 0;
  for (let m = list.exec(text); m; m = list.exec(text)) {
    const start = m.indices![1]![0];
    for (const name of m[1]!.matchAll(/[A-Za-z0-9][A-Za-z0-9_-]*/g)) if (name[0] !== "and") spans.push({ start: start + name.index, end: start + name.index + name[0].length });
  }
  return spans.sort((a, b) => a.start - b.start);
}

const memo = new WeakMap<Pick<Doc, "text">, Span[]>();

/** True when [start, end) is exactly a commenter's user name (see above). */
export function isCommenter(doc: Pick<Doc, "text">, start: number, end: number): boolean {
  let spans = memo.get(doc);
  if (!spans) memo.set(doc, (spans = commenterSpans(doc.text)));
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const s = spans[lo];
  return s !== undefined && s.start === start && s.end === end;
}
