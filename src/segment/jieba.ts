// jieba, loaded on first use: its dictionary takes about a third of a second to load, and even
// reading its files (5 MB) is work a command that never segments Chinese should not do.
import { createRequire } from "node:module";
import type { Jieba } from "@node-rs/jieba";
import { NameMemo } from "../memo.ts";

const require = createRequire(import.meta.url);
let instance: Jieba | undefined;

export function jieba(): Jieba {
  if (!instance) {
    const { Jieba } = require("@node-rs/jieba") as typeof import("@node-rs/jieba");
    const { dict } = require("@node-rs/jieba/dict.js") as typeof import("@node-rs/jieba/dict.js");
    instance = Jieba.withDict(dict);
  }
  return instance;
}

/**
 * True when jieba reads the whole string as one ordinary word (关注/v, 文章/n, 明确/ad): a cue that
 * seemed to point at a name caught a word. Names split into pieces (杨/作兴) or carry a
 * proper-noun tag (nr, ns, nt, nz).
 */
/** True when the first word jieba reads spans more than one character and is ordinary (全家|桶, 高效|工). */
export function startsWithOrdinaryWord(s: string): boolean {
  const first = jieba().tag(s)[0];
  return first !== undefined && first.word.length > 1 && !/^n[rstz]/.test(first.tag);
}

const ordinary = new NameMemo<boolean>();

export function isOrdinaryWord(s: string): boolean {
  return ordinary.through(s, () => {
    const tags = jieba().tag(s);
    return tags.length === 1 && tags[0]!.word === s && !/^n[rstz]/.test(tags[0]!.tag);
  });
}
