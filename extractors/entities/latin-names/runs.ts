// Latin-script name runs inside mixed text: "Claude Opus 4.5", "GLM-4.7-Flash", "LFM2.5 1B q4".
import type { Span } from "../../../src/types.ts";

export interface Token {
  text: string;
  span: Span;
}

// Internal dots, hyphens and slashes-free: "llama.cpp", "Z.ai", "30B-A3B"; trailing "+" for "C++".
const TOKEN = /@?[A-Za-z0-9](?:[A-Za-z0-9_]*[A-Za-z0-9])?(?:[.\-][A-Za-z0-9_]*[A-Za-z0-9])*\+*/g;

/** Lower-case words that continue a model name ("o4 mini", "Gemini 2.5 flash"). */
const CONTINUATIONS = new Set([
  "mini", "pro", "max", "flash", "turbo", "lite", "nano", "preview", "instruct", "thinking", "coder",
  "chat", "base", "exp", "air", "plus", "ultra", "large", "small", "medium", "vision", "omni", "it",
]);

function continues(prev: string, next: string): boolean {
  // A bare number continues a name ("Gemini 2.5") but not a setting ("temp 0.2").
  if (/^[\d.]+$/.test(next)) return /^[A-Z]|\d/.test(prev);
  return /^[A-Z@]/.test(next) || /\d/.test(next) || /[-.]/.test(next) || CONTINUATIONS.has(next.toLowerCase());
}

let last: { text: string; runs: Token[][] } | undefined;

/** Groups the Latin tokens of `text` into runs of words joined by single spaces (the last text's runs are remembered: several extractors ask). */
export function latinRuns(text: string): Token[][] {
  if (last?.text !== text) last = { text, runs: computeRuns(text) };
  return last.runs;
}

function computeRuns(text: string): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const token = { text: m[0], span: { start: m.index, end: m.index + m[0].length } };
    // An "@" glued to a preceding word is an e-mail address, not a handle.
    if (token.text.startsWith("@") && /[A-Za-z0-9]/.test(text[m.index - 1] ?? "")) continue;
    const prev = run[run.length - 1];
    const gap = prev ? text.slice(prev.span.end, token.span.start) : "";
    // An ordinary lower-case word starts no name ("against gpt-oss-20b", "native 256K").
    const plainStart = run.length === 1 && /^[a-z]+$/.test(prev?.text ?? "");
    if (prev && gap === " " && !plainStart && continues(prev.text, token.text) && !token.text.startsWith("@")) run.push(token);
    else {
      if (run.length) runs.push(run);
      run = [token];
    }
  }
  if (run.length) runs.push(run);
  return runs;
}

export const runText = (text: string, run: readonly Token[]): string =>
  text.slice(run[0]!.span.start, run[run.length - 1]!.span.end);

export const runSpan = (run: readonly Token[]): Span => ({
  start: run[0]!.span.start,
  end: run[run.length - 1]!.span.end,
});
