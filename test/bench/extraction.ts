// Extraction throughput on the real digests, Chinese and English apart, next to raw jieba
// segmentation of the same text in the same run: the ratio is the figure that holds on a noisy
// machine. The pipeline measured is read (parse) + extract, one core, one pass per digest.
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

export interface ExtractionBenchResult {
  chinese: ThroughputResult;
  english: ThroughputResult;
}

const CHINESE = /^(?:hubtoday|ainews)_/;
const ENGLISH = /^ainews-en_/;

export function benchExtraction(bulkDir: string): ExtractionBenchResult {
  const files = readdirSync(bulkDir).filter((f) => f.endsWith(".md")).sort();
  const load = (re: RegExp) => files.filter((f) => re.test(f)).map((f) => ({ file: f, text: decode(readFileSync(join(bulkDir, f)), f) }));
  loadLexicon();
  jieba();
  return { chinese: throughput(load(CHINESE)), english: throughput(load(ENGLISH)) };
}

function throughput(texts: { file: string; text: string }[]): ThroughputResult {
  const megabytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t.text), 0) / 1e6;
  const first = texts[0];
  if (first) extractDoc(parseDoc(first.text, first.file, "")); // warm the JIT and the caches
  let started = performance.now();
  for (const t of texts) jieba().cut(t.text, false);
  const jiebaSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  for (const t of texts) extractDoc(parseDoc(t.text, t.file, ""));
  const pipelineSeconds = (performance.now() - started) / 1000;
  return {
    digests: texts.length,
    megabytes,
    pipelineMBps: megabytes / pipelineSeconds,
    jiebaMBps: megabytes / jiebaSeconds,
    ratioToJieba: pipelineSeconds / jiebaSeconds,
  };
}

export function formatExtractionBench(r: ExtractionBenchResult): string[] {
  const row = (name: string, t: ThroughputResult) =>
    `${name.padEnd(9)} ${String(t.digests).padStart(4)} digests ${t.megabytes.toFixed(1).padStart(5)} MB  pipeline ${t.pipelineMBps.toFixed(2).padStart(5)} MB/s  jieba ${t.jiebaMBps.toFixed(1).padStart(5)} MB/s  ratio ${t.ratioToJieba.toFixed(1)}×`;
  return [row("chinese", r.chinese), row("english", r.english)];
}
