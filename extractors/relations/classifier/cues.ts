// The cue words of each relation (data/cues/relation-words.json), compiled once into one
// pattern per relation: Chinese words anywhere, English words whole.
import { readDataJson } from "../../../src/data-dir.ts";

interface CueFile {
  cues: { name: string; reason: string; zh: string[]; en: string[] }[];
}

export interface CueClass {
  name: string;
  pattern: RegExp;
}

let compiled: CueClass[] | undefined;

export function cueClasses(): readonly CueClass[] {
  compiled ??= readDataJson<CueFile>("cues", "relation-words.json").cues.map((c) => ({ name: c.name, pattern: compile(c.zh, c.en) }));
  return compiled;
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function compile(zh: readonly string[], en: readonly string[]): RegExp {
  const parts: string[] = [];
  if (zh.length) parts.push(`(?:${zh.map(escape).join("|")})`);
  const attached = en.filter((w) => /^['’]/.test(w)); // "'s" follows its word
  const words = en.filter((w) => !/^['’]/.test(w));
  if (words.length) parts.push(`(?<![A-Za-z0-9])(?:${words.map(escape).join("|")})(?![A-Za-z0-9])`);
  if (attached.length) parts.push(`(?:${attached.map(escape).join("|")})(?![A-Za-z0-9])`);
  return new RegExp(parts.join("|"), "i");
}
