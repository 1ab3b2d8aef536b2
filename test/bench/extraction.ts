// Extraction throughput on the real digests, Chinese and English apart, next to raw jieba
// segmentation of the same text in the same run: the ratio is the figure that holds on a noisy
// machine. The pipeline measured is read (parse) + extract, one core, one pass per digest.
//
// Each language's digests are split in two halves, alternating by date. The first half is
// extracted right after start-up ("cold": V8 still compiling, name memos empty); the second,
// other digests, follows on the warmed-up process ("steady"), as in a build, where a worker
// goes through hundreds of digests. The targets are read on the steady figures; both are shown.
// English runs after Chinese: its "cold" half starts on code the Chinese digests warmed.
//
// Digests are held as the bytes read from disk and decoded inside the timed pipeline, as a build
// reads them. Holding all 56 MB decoded on the heap instead is no part of the pipeline and skews
// it: V8 then sizes the old generation for that text, skips full collections for seconds while
// promoted garbage grows by 200 MB into fresh pages, and the Chinese pipeline ran 25–45% slower
// (3.1–3.4× jieba against 2.2–2.4× in the same process without the text; measured 2026-11-23).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { decode, parseDoc } from "../../src/read/index.ts";
import { extractDoc } from "../../src/extract/index.ts";
import { loadLexicon } from "../../src/resolve/lexicon.ts";
import { jieba } from "../../src/segment/jieba.ts";
import { withHeapGrowth } from "../../src/extract/heap-growth.ts";
import { PARALLEL_DEFAULTS } from "../../src/extract/parallel.ts";

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

interface Digest {
  file: string;
  bytes: Buffer;
}

/** Measured with V8's heap set as `aikg build` sets it while extracting (see heap-growth.ts). */
export function benchExtraction(bulkDir: string): Promise<ExtractionBenchResult> {
  return withHeapGrowth(PARALLEL_DEFAULTS.heapGrowingPercent, async () => measure(bulkDir));
}

function measure(bulkDir: string): ExtractionBenchResult {
  const files = readdirSync(bulkDir).filter((f) => f.endsWith(".md")).sort();
  const load = (re: RegExp): Digest[] => files.filter((f) => re.test(f)).map((f) => ({ file: f, bytes: readFileSync(join(bulkDir, f)) }));
  loadLexicon();
  jieba();
  const chinese = load(CHINESE);
  const english = load(ENGLISH);
  const halves = (texts: Digest[]): LanguageThroughput => {
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
function throughput(digests: Digest[]): ThroughputResult {
  const megabytes = digests.reduce((sum, d) => sum + d.bytes.length, 0) / 1e6;
  let jiebaSeconds = 0;
  let pipelineSeconds = 0;
  for (const block of blocks(digests, BLOCK_BYTES)) {
    // jieba is given the text already decoded: its time is segmentation alone.
    const texts = block.map((d) => decode(d.bytes, d.file));
    let started = performance.now();
    for (const text of texts) jieba().cut(text, false);
    jiebaSeconds += (performance.now() - started) / 1000;
    texts.length = 0;
    started = performance.now();
    for (const d of block) extractDoc(parseDoc(decode(d.bytes, d.file), d.file, ""));
    pipelineSeconds += (performance.now() - started) / 1000;
  }
  return {
    digests: digests.length,
    megabytes,
    pipelineMBps: megabytes / pipelineSeconds,
    jiebaMBps: megabytes / jiebaSeconds,
    ratioToJieba: pipelineSeconds / jiebaSeconds,
  };
}

const BLOCK_BYTES = 250_000;

function* blocks(digests: Digest[], bytes: number): Generator<Digest[]> {
  let block: Digest[] = [];
  let size = 0;
  for (const d of digests) {
    block.push(d);
    size += d.bytes.length;
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
