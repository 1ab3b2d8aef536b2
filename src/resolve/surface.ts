import type { EntityType } from "../types.ts";

// "Cursor团队", "OpenAI官方", "@karpathy" name Cursor, OpenAI, karpathy (GUIDELINES: "X 团队" is X).
const ORG_SUFFIX = /(?:团队|公司|官方|集团|方面)$/;

/** The surface form with what is not part of the name taken off. */
export function cleanSurface(text: string, type: EntityType): string {
  let s = text.trim();
  if (s.startsWith("@")) s = s.slice(1);
  if (s.endsWith("'s") || s.endsWith("’s")) s = s.slice(0, -2);
  if (type === "organization" && ORG_SUFFIX.test(s) && s.replace(ORG_SUFFIX, "").length >= 2) s = s.replace(ORG_SUFFIX, "");
  return s;
}
