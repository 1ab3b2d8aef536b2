/** Keys already worked out: the same names come back in every digest. */
const keys = new Map<string, string>();

/**
 * The key two surface forms share when they name the same thing: NFKC, lower case, without
 * spaces, hyphens, dots, middle dots and quotes ("GLM-4.7-Flash" ≡ "glm 4.7 flash").
 * Versions stay distinct: "DeepSeek-R1" → "deepseekr1" ≠ "deepseek".
 */
export function nameKey(s: string): string {
  let key = keys.get(s);
  if (key === undefined) {
    key = s
      .normalize("NFKC")
      .toLowerCase()
      .replace(/[\s\-_.·・•‧'’"“”()（）[\]【】「」《》]/g, "");
    if (keys.size >= 100_000) keys.clear();
    keys.set(s, key);
  }
  return key;
}

export const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
export const hasCjk = (s: string): boolean => CJK.test(s);
