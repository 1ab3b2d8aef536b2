// Words a regex cannot match without: a cheap test that lets a caller skip text where a costly
// pattern cannot match. Only a plain shape is understood; anything else gives no words.

/**
 * The alternatives of a top-level group "(?:w1|w2|…)" that every match of `pattern` must contain:
 * the group is not quantified, holds only letters and digits, and the pattern has no top-level "|".
 * Undefined when there is no such group.
 */
export function requiredWords(pattern: string): string[] | undefined {
  const groups: { start: number; end: number }[] = [];
  let depth = 0;
  let open = -1;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") i++;
    else if (c === "[") i = classEnd(pattern, i);
    else if (c === "|" && depth === 0) return undefined;
    else if (c === "(") {
      if (depth === 0) open = i;
      depth++;
    } else if (c === ")") {
      depth--;
      if (depth === 0) groups.push({ start: open, end: i });
    }
  }
  for (const { start, end } of groups) {
    if (!pattern.startsWith("(?:", start) || /^[?*+{]/.test(pattern.slice(end + 1))) continue;
    const words = pattern.slice(start + 3, end).split("|");
    if (words.every((w) => /^[\p{L}\p{N}]+$/u.test(w))) return words;
  }
  return undefined;
}

/** Index of the "]" closing the class opened at `open` (in JavaScript "[]" is a whole, empty class). */
function classEnd(pattern: string, open: number): number {
  for (let i = open + 1; i < pattern.length; i++) {
    if (pattern[i] === "\\") i++;
    else if (pattern[i] === "]") return i;
  }
  return pattern.length;
}
