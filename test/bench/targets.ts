// The issue's targets for this 2-core machine, each checked against the figure measured.
import type { BenchResults } from "./results.ts";

export interface TargetCheck {
  id: string;
  label: string;
  /** The measured figure in `unit`, null when its part did not run. */
  figure: number | null;
  unit: string;
  comparator: "<=" | ">=";
  limit: number;
  /** null: not judged (the part did not run, or --quick measured a subset the target is not about). */
  pass: boolean | null;
  note?: string;
}

interface Target {
  id: string;
  label: string;
  unit: string;
  comparator: "<=" | ">=";
  limit: number;
  /** Only meaningful on the whole corpus, so not judged under --quick. */
  wholeCorpus: boolean;
  figure: (r: BenchResults) => number | null | undefined;
}

const GB = 1e9;

const TARGETS: Target[] = [
  { id: "extraction.chinese.mbps", label: "Chinese extraction, one core (steady)", unit: "MB/s", comparator: ">=", limit: 2, wholeCorpus: false, figure: (r) => r.extraction?.chinese.pipelineMBps },
  { id: "extraction.chinese.ratio", label: "  … time over raw jieba", unit: "×", comparator: "<=", limit: 3, wholeCorpus: false, figure: (r) => r.extraction?.chinese.ratioToJieba },
  { id: "build.full.wall", label: "build whole bulk corpus", unit: "s", comparator: "<=", limit: 60, wholeCorpus: true, figure: (r) => r.build && r.build.full.wallMs / 1000 },
  { id: "build.full.rss", label: "  … peak RSS", unit: "GB", comparator: "<=", limit: 1.5, wholeCorpus: true, figure: (r) => r.build?.full.peakRssBytes && r.build.full.peakRssBytes / GB },
  { id: "build.incremental.wall", label: "add one digest", unit: "s", comparator: "<=", limit: 1, wholeCorpus: true, figure: (r) => r.build && r.build.incremental.wallMs / 1000 },
  { id: "query.load", label: "store load (+ alias index)", unit: "s", comparator: "<=", limit: 2, wholeCorpus: true, figure: (r) => r.query && (r.query.load.medianMs + r.query.aliasIndexMs) / 1000 },
  { id: "query.who.median", label: "who, median, store loaded", unit: "ms", comparator: "<=", limit: 20, wholeCorpus: true, figure: (r) => r.query?.who.medianMs },
  { id: "server.small.p99", label: "server: small requests during a hub's, p99", unit: "ms", comparator: "<=", limit: 50, wholeCorpus: false, figure: (r) => r.server?.small.p99Ms },
  { id: "browser.firstDrawn", label: "explorer: first drawn graph", unit: "ms", comparator: "<=", limit: 2500, wholeCorpus: true, figure: (r) => r.browserStore?.firstDrawnMs },
  { id: "browser.coMention", label: "  … co-mention off, settled", unit: "ms", comparator: "<=", limit: 1000, wholeCorpus: true, figure: (r) => r.browserStore?.coMentionOff.settledMs },
  { id: "browser.selectHub", label: "  … select a hub, with panel", unit: "ms", comparator: "<=", limit: 1000, wholeCorpus: true, figure: (r) => r.browserStore?.selectHub.drawnMs },
  { id: "browser.panHub", label: "  … panning, hub selected", unit: "fps", comparator: ">=", limit: 30, wholeCorpus: true, figure: (r) => r.browserStore?.panWithHub.fps },
];

export function checkTargets(results: BenchResults, quick: boolean): TargetCheck[] {
  return TARGETS.map((t) => {
    const figure = t.figure(results) ?? null;
    const judged = figure !== null && !(quick && t.wholeCorpus);
    const pass = judged ? (t.comparator === "<=" ? figure <= t.limit : figure >= t.limit) : null;
    const note = figure === null ? "not run" : judged ? undefined : "--quick: a subset, not judged";
    return { id: t.id, label: t.label, figure, unit: t.unit, comparator: t.comparator, limit: t.limit, pass, ...(note ? { note } : {}) };
  });
}

export function formatTargets(checks: readonly TargetCheck[]): string[] {
  return checks.map((c) => {
    const mark = c.pass === null ? "  –   " : c.pass ? "✓ PASS" : "✗ MISS";
    const figure = c.figure === null ? "—" : `${c.figure.toFixed(c.figure >= 100 ? 0 : 2)} ${c.unit}`;
    const target = `${c.comparator === "<=" ? "≤" : "≥"} ${c.limit} ${c.unit}`;
    return `${mark}  ${c.label.padEnd(28)} ${figure.padStart(11)}   target ${target.padEnd(10)}${c.note ? `  (${c.note})` : ""}`;
  });
}
