// Lists lexicon candidates: capitalised names that many digests of a corpus use and that the
// lexicon does not know, with how many digests name each and one line in which it stands. The
// list is for a person to check: only well-known, verifiable facts go into data/lexicon (see
// data/lexicon/README.md, Provenance). Nothing is written.
//   npx tsx scripts/lexicon-candidates.ts ../shared/corpus/bulk [--min 8] [--top 300]
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadLexicon, lookup } from "../src/resolve/lexicon.ts";
import { isOrdinaryEnglishWord } from "../extractors/entities/english/words.ts";
import { readDataJson } from "../src/data-dir.ts";

/** First names and surnames compromise knows (George, Daniel): people's names, not products'. */
const personNames = new Set(readDataJson<{ names: string[] }>("words", "compromise-words.json").names);
const isPersonName = (word: string) => personNames.has(word.toLowerCase());

const [dir, ...rest] = process.argv.slice(2);
if (!dir) {
  console.error("usage: npx tsx scripts/lexicon-candidates.ts DIR [--min N] [--top N]");
  process.exit(2);
}
const option = (name: string, fallback: number) => {
  const i = rest.indexOf(name);
  return i >= 0 ? Number(rest[i + 1]) : fallback;
};
const min = option("--min", 8);
const top = option("--top", 300);
const lexicon = loadLexicon();

// A capitalised word or CamelCase name, maybe with a second capitalised word, not after a
// sentence's end (where any word is capitalised).
const NAME = /(?<![.!?:]\s|^|\*\*|[A-Za-z0-9_\-./@#])([A-Z][a-z]+(?:[A-Z][a-z]+)*(?:\.js)?|[A-Z][a-z]*[A-Z][A-Za-z]+)(?: ([A-Z][a-z]+))?(?![A-Za-z0-9_\-])/gm;
const docs = new Map<string, Set<string>>();
const examples = new Map<string, string>();
const files = readdirSync(dir).filter((f) => f.endsWith(".md") || f.endsWith(".txt")).sort();
for (const file of files) {
  const text = readFileSync(join(dir, file), "utf8").replace(/\]\([^)]*\)|https?:\/\/\S+/g, " ");
  for (const m of text.matchAll(NAME)) {
    for (const name of m[2] ? [`${m[1]} ${m[2]}`, m[1]!] : [m[1]!]) {
      if (lookup(lexicon, name) || lexicon.englishStop.has(name.toLowerCase()) || lexicon.generic.has(name.toLowerCase())) continue;
      if (name.split(" ").every((w) => isOrdinaryEnglishWord(w) || isPersonName(w))) continue;
      if (/s$/.test(name) && (lookup(lexicon, name.slice(0, -1)) || lexicon.generic.has(name.slice(0, -1).toLowerCase()))) continue; // GPTs, MCPs
      let seen = docs.get(name);
      if (!seen) docs.set(name, (seen = new Set()));
      seen.add(file);
      if (!examples.has(name)) {
        const line = text.slice(text.lastIndexOf("\n", m.index) + 1, text.indexOf("\n", m.index));
        const at = line.indexOf(name);
        examples.set(name, line.slice(Math.max(0, at - 50), at + name.length + 50).replace(/\s+/g, " "));
      }
    }
  }
}
const ranked = [...docs].filter(([, d]) => d.size >= min).sort((a, b) => b[1].size - a[1].size).slice(0, top);
for (const [name, d] of ranked) console.log(`${d.size}\t${name}\t${examples.get(name)}`);
