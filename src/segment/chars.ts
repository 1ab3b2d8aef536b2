// Character classes by char code, for loops that would otherwise run a regex per character.

/** What /\s/ matches. */
export function isSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** What /[\u4e00-\u9fff]/ matches. */
export function isHan(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}
