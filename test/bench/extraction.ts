// Extraction throughput on the real digests, Chinese and English apart, next to raw jieba
// segmentation of the same text in the same run: the ratio is the figure that holds on a noisy
// machine. The pipeline measured is read (parse) + extract, one core, one pass per digest.
//
// Each language's digests are split in two halves, alternating by date. The first half is
// extracted right after start-up ("cold": V8 still compiling, name memos empty); the second,
// other digests, follows on the warmed-up process ("steady"), as in a build, where a worker
// goes through hundreds of digests. The targets are read on the steady figures; both are shown.
// English runs after Chinese: its "cold" half starts on code the Chinese digests warmed.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { decode, parseDoc } from "../../src/read/index.ts";
import { extractDoc } from "../../src/extract/index.ts";
import { loadLexicon } from "../../src/resolve/lexicon.ts";
import { jieba } from "../../src/segment/jieba.ts";

export interface ThroughputResult {
  digests: number;
  megabytes: number;
  pipelineMBps: number;
  jiebaMBps: number;
  /** Pipeline time over jieba time for the same text. */
  ratioToJieba: number;
}

export interface LanguageThroughput extends ThroughputResult {
  /** The first half, extracted first: start-up costs included. */
  cold: ThroughputResult;
}

export interface ExtractionBenchResult {
  chinese: LanguageThroughput;
  english: LanguageThroughput;
}

const CHINESE = /^(?:hubtoday|ainews)_/;
const ENGLISH = /^ainews-en_/;

interface Text {
  file: string;
  text: string;
}

export function benchExtraction(bulkDir: string): ExtractionBenchResult {
  const files = readdirSync(bulkDir).filter((f) => f.endsWith(".md")).sort();
  const load = (re: RegExp): Text[] => files.filter((f) => re.test(f)).map((f) => ({ file: f, text: decode(readFileSync(join(bulkDir, f)), f) }));
  loadLexicon();
  jieba();
  const chinese = load(CHINESE);
  const english = load(ENGLISH);
  const halves = (texts: Text[]): LanguageThroughput => {
    const cold = throughput(texts.filter((_, i) => i % 2 === 0));
    return { ...throughput(texts.filter((_, i) => i % 2 === 1)), cold };
  };
  // Chinese first, the language the targets are set for: its cold half is the process's start.
  return { chinese: halves(chinese), english: halves(english) };
}

/**
 * jieba and the pipeline take turns over blocks of digests (about 0.25 MB: long enough for each to
 * run warm, short enough that a slow spell of the machine weighs on both alike).
 */
function throughput(texts: Text[]): ThroughputResult {
  const megabytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t.text), 0) / 1e6;
  let jiebaSeconds = 0;
  let pipelineSeconds = 0;
  for (const block of blocks(texts, BLOCK_BYTES)) {
    let started = performance.now();
    for (const t of block) jieba().cut(t.text, false);
    jiebaSeconds += (performance.now() - started) / 1000;
    started = performance.now();
    for (const t of block) extractDoc(parseDoc(t.text, t.file, ""));
    pipelineSeconds += (performance.now() - started) / 1000;
  }
  return {
    digests: texts.length,
    megabytes,
    pipelineMBps: megabytes / pipelineSeconds,
    jiebaMBps: megabytes / jiebaSeconds,
    ratioToJieba: pipelineSeconds / jiebaSeconds,
  };
}

const BLOCK_BYTES = 250_000;

function* blocks(texts: Text[], bytes: number): Generator<Text[]> {
  let block: Text[] = [];
  let size = 0;
  for (const t of texts) {
    block.push(t);
    size += t.text.length;
    if (size >= bytes) {
      yield block;
      block = [];
      size = 0;
    }
  }
  if (block.length) yield block;
}

export function formatExtractionBench(r: ExtractionBenchResult): string[] {
  const row = (name: string, t: ThroughputResult) =>
    `${name.padEnd(16)} ${String(t.digests).padStart(4)} digests ${t.megabytes.toFixed(1).padStart(5)} MB  pipeline ${t.pipelineMBps.toFixed(2).padStart(5)} MB/s  jieba ${t.jiebaMBps.toFixed(1).padStart(5)} MB/s  ratio ${t.ratioToJieba.toFixed(1)}×`;
  return [
    row("chinese, cold", r.chinese.cold),
    row("chinese, steady", r.chinese),
    row("english, cold", r.english.cold),
    row("english, steady", r.english),
  ];
}
