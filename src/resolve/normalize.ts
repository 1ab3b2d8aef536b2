/**
 * The key two surface forms share when they name the same thing: NFKC, lower case, without
 * spaces, hyphens, dots, middle dots and quotes ("GLM-4.7-Flash" ≡ "glm 4.7 flash").
 * Versions stay distinct: "DeepSeek-R1" → "deepseekr1" ≠ "deepseek".
 */
export function nameKey(s: string): string {
  return s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\-_.·・•‧'’"“”()（）[\]【】「」《》]/g, "");
}

export const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
export const hasCjk = (s: string): boolean => CJK.test(s);
export const isLatinWordChar = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9]/.test(c);
