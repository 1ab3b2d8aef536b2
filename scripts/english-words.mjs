#!/usr/bin/env node
// Writes data/words/compromise-words.json: the words compromise's lexicon knows, split into
// ordinary words and names (and which names are places), so that telling an ordinary English word needs no loading of
// compromise (a third of a second, which a Chinese digest otherwise pays for this alone).
// Run again after upgrading compromise; test/extractors/english-words.test.ts checks it is current.
//   node scripts/english-words.mjs
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);

/** The lexicon's words by what `isEnglishWord` needs: ordinary words, and words tagged as names. */
export function compromiseWords() {
  const lexicon = require("compromise").model().one.lexicon;
  const words = [];
  const names = [];
  const places = [];
  for (const [word, tag] of Object.entries(lexicon)) {
    (NAME_TAG.test(String(tag)) ? names : words).push(word);
    if (PLACE_TAG.test(String(tag)) && !/Abbreviation/.test(String(tag))) places.push(word);
  }
  return { words: words.sort(), names: names.sort(), places: places.sort() };
}

// The tags that make a word a name: what isEnglishWord has always left out.
const NAME_TAG = /Name$|Organization|Place|Country|City/;
// The names of places (Paris, San Francisco, Shenzhen, Nevada): not annotated (GUIDELINES), so no unknown name.
const PLACE_TAG = /\b(?:Place|Country|City|Region)\b/;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { version } = require("compromise");
  const out = join(root, "data", "words", "compromise-words.json");
  const { words, names, places } = compromiseWords();
  writeFileSync(out, JSON.stringify({ source: `compromise ${version}, model().one.lexicon`, words, names, places }) + "\n");
  console.log(`wrote ${out}: ${words.length} words, ${names.length} names, ${places.length} places`);
}
