// The digests a bench run works on: the whole bulk corpus, or an evenly spread subset of it
// gathered as symlinks in a temporary directory (so every series keeps its share).
import { lstatSync, mkdirSync, readdirSync, statSync, symlinkSync } from "node:fs";
import { join } from "node:path";

export interface Corpus {
  /** The directory to give `aikg build` (the bulk directory itself when nothing is left out). */
  dir: string;
  /** Absolute paths of the digests, sorted by name. */
  files: string[];
  bytes: number;
}

const isDigest = (name: string): boolean => /\.(md|markdown|txt)$/.test(name);

/** Every `count`-th digest so the subset spans all series and dates; all of them for Infinity. */
export function selectCorpus(bulkDir: string, count: number, scratch: string): Corpus {
  const all = readdirSync(bulkDir).filter(isDigest).sort();
  const chosen = count >= all.length ? all : Array.from({ length: count }, (_, i) => all[Math.floor((i * all.length) / count)]!);
  const files = chosen.map((name) => join(bulkDir, name));
  const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
  if (chosen.length === all.length) return { dir: bulkDir, files, bytes };
  return { dir: linkDir(files, join(scratch, "corpus")), files, bytes };
}

/** A directory of symlinks to `files`. */
export function linkDir(files: readonly string[], dir: string): string {
  mkdirSync(dir, { recursive: true });
  for (const file of files) symlinkSync(file, join(dir, file.slice(file.lastIndexOf("/") + 1)));
  return dir;
}

/** The digest a user would add next: the newest Chinese daily (hubtoday), else the last file. */
export function newestChineseDigest(files: readonly string[]): string {
  const hubtoday = files.filter((f) => /\/hubtoday_[^/]*$/.test(f));
  return hubtoday.at(-1) ?? files.at(-1)!;
}

export interface DiskUsage {
  /** Sum of the files' sizes. */
  bytes: number;
  /** Space the files take on disk (allocated blocks), what `du` reports. */
  diskBytes: number;
  files: number;
}

export function diskUsage(dir: string): DiskUsage {
  const usage: DiskUsage = { bytes: 0, diskBytes: 0, files: 0 };
  const walk = (path: string): void => {
    const stat = lstatSync(path);
    if (stat.isDirectory()) {
      for (const name of readdirSync(path)) walk(join(path, name));
      return;
    }
    usage.bytes += stat.size;
    usage.diskBytes += stat.blocks * 512;
    usage.files++;
  };
  walk(dir);
  return usage;
}
