/**
 * The matches of a global regex in `text`, as String.prototype.matchAll yields them, without the
 * copy of the regex matchAll makes at every call (it shows when called once per sentence).
 * The regex's lastIndex is reset; do not use the same regex inside the loop.
 */
export function* execAll(regex: RegExp, text: string): Generator<RegExpExecArray> {
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    // An empty match would match again at the same place: step over one character (or code point).
    if (m[0] === "") regex.lastIndex = step(text, regex.lastIndex, regex.unicode);
    yield m;
  }
  regex.lastIndex = 0;
}

function step(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const c = text.charCodeAt(at);
  return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? at + 2 : at + 1;
}
