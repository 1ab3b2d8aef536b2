// Words of a short stretch of mixed Chinese and English text, for the classifier's features:
// lower-cased Latin words (a light stem: "released" ≡ "release"), numbers as "#", Chinese as
// character pairs (no dictionary needed: "发布了" → 发布, 布了), punctuation as itself.
const PIECES = /[a-z]+|[0-9]+(?:\.[0-9]+)?|[\u3400-\u9fff]+|[^\s\w\u3400-\u9fff*`_“”"‘’]/g;

export function tokens(text: string): string[] {
  const out: string[] = [];
  PIECES.lastIndex = 0;
  const lower = text.toLowerCase();
  for (let m = PIECES.exec(lower); m; m = PIECES.exec(lower)) {
    const piece = m[0];
    const c = piece.charCodeAt(0);
    if (c >= 0x3400) {
      if (piece.length === 1) out.push(piece);
      for (let i = 0; i + 1 < piece.length; i++) out.push(piece.slice(i, i + 2));
    } else if (c >= 0x30 && c <= 0x39) out.push("#");
    else if (c >= 0x61 && c <= 0x7a) out.push(stem(piece));
    else out.push(piece);
  }
  return out;
}

/** "releases", "released", "releasing" → "releas": enough to share evidence across forms. */
function stem(word: string): string {
  if (word.length <= 4) return word;
  return word.replace(/(?:ing|ed|es|s|e)$/, "");
}
