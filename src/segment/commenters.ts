// Who said it, in a Reddit recap: a comment summary opens with the commenter's user name, then
// what they said ("    - GroundbreakingMall54 points out …", "- Chromix_ highlights …"). The
// name is a Reddit user's, never a model or a product; a known name there (Teknium) still counts.
import type { Doc, Span } from "../types.ts";
import { readDataJson } from "../data-dir.ts";

interface CommenterCues {
  commenters: { verbs: string[] };
}

let pattern: RegExp | undefined;

/** An indented bullet, one word, then a reporting verb: the verbs are data (data/cues/accounts.json). */
function commenterPattern(): RegExp {
  if (pattern) return pattern;
  const verbs = readDataJson<CommenterCues>("cues", "accounts.json").commenters.verbs;
  pattern = new RegExp(`^[ \\t]{2,}[-*] ([A-Za-z0-9][A-Za-z0-9_-]{1,39}) (?:${verbs.join("|")})\\b`, "dgm");
  return pattern;
}

export function commenterSpans(text: string): Span[] {
  const spans: Span[] = [];
  const regex = commenterPattern();
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    const [start, end] = m.indices![1]!;
    spans.push({ start, end });
  }
  return spans;
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
