// How edge kinds and evidence read in the page.
import type { EdgeKind } from "../../src/types.ts";

export const edgeKindLabel = (kind: EdgeKind): string => (kind === "co_mention" ? "co-mention" : kind.replace(/_/g, " "));

/** Evidence keeps the digest's markdown; the panel shows the sentence without the markup. */
export const readable = (text: string): string =>
  text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\*\*(?=\S)(.+?)(?<=\S)\*\*/g, "$1")
    .replace(/(?<!\w)__(?=\S)(.+?)(?<=\S)__(?!\w)/g, "$1") // unlike **, __ is no emphasis inside a word
    .replace(/\*\*|`/g, "")
    .replace(/\s+/g, " ")
    .trim();
