// Line positions of a text: every reader scans line by line, which keeps the stage linear.

export interface Line {
  start: number;
  /** End of the line's content, before "\n" or "\r\n". */
  end: number;
}

const NEWLINE = 10;
const RETURN = 13;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const newline = text.indexOf("\n", start);
    if (newline < 0) break;
    const end = newline > start && text.charCodeAt(newline - 1) === RETURN ? newline - 1 : newline;
    lines.push({ start, end });
    start = newline + 1;
  }
  if (start < text.length) lines.push({ start, end: text.length });
  return lines;
}

/** Offset of the first character at or after `from` (up to `end`) that is not a space or tab. */
export function skipBlanks(text: string, from: number, end: number): number {
  let at = from;
  while (at < end) {
    const c = text.charCodeAt(at);
    if (c !== 32 && c !== 9) break;
    at++;
  }
  return at;
}

/** `end` moved back over trailing whitespace (spaces, tabs, line breaks), not before `start`. */
export function trimEnd(text: string, start: number, end: number): number {
  let at = end;
  while (at > start) {
    const c = text.charCodeAt(at - 1);
    if (c !== 32 && c !== 9 && c !== NEWLINE && c !== RETURN && c !== 0x3000) break;
    at--;
  }
  return at;
}

/** True for ASCII letters and digits. */
export function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
