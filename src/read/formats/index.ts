// Every digest reader, in the order that breaks ties between equal detection scores.
import type { FormatReader } from "../types.ts";
import { ainewsEn } from "./ainews-en.ts";
import { ainewsZh } from "./ainews-zh.ts";
import { hubtoday } from "./hubtoday.ts";
import { markdown } from "./markdown.ts";
import { text } from "./text.ts";
import { twitterReport } from "./twitter-report.ts";
import { wechat } from "./wechat.ts";

export const READERS: readonly FormatReader[] = [hubtoday, ainewsZh, wechat, twitterReport, ainewsEn, markdown, text];

/** The reader most confident about the text (the first one on a tie). */
export function pickReader(source: string): FormatReader {
  let best = READERS[0]!;
  let bestScore = -1;
  for (const reader of READERS) {
    const score = reader.detect(source);
    if (score > bestScore) {
      best = reader;
      bestScore = score;
    }
    if (bestScore >= 1) break; // scores go up to 1: no later reader can win
  }
  return best;
}
