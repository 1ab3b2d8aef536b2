// Which files a list of paths names: files as given, directories walked for digests.
import { readdirSync, statSync, type Dirent } from "node:fs";
import { join } from "node:path";

export interface DigestList {
  files: string[];
  problems: { file: string; problem: string }[];
}

const DIGEST_EXTENSIONS = [".md", ".markdown", ".txt"];
const SKIPPED_DIRS = new Set(["node_modules"]);

export function listDigests(paths: readonly string[]): DigestList {
  const files: string[] = [];
  const problems: DigestList["problems"] = [];
  const seen = new Set<string>();
  const add = (file: string): void => {
    if (!seen.has(file)) files.push(file);
    seen.add(file);
  };
  for (const path of paths) {
    const stats = statSync(path, { throwIfNoEntry: false });
    if (!stats) problems.push({ file: path, problem: "no such file or directory" });
    else if (!stats.isDirectory()) add(path);
    else {
      const found = walk(path);
      if (found.length === 0) problems.push({ file: path, problem: "no digests (.md, .markdown, .txt) in this directory" });
      found.forEach(add);
    }
  }
  return { files, problems };
}

/** Digest files under `dir`, depth first in name order; dot-folders and node_modules skipped. */
function walk(dir: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith(".") || SKIPPED_DIRS.has(entry.name) ? [] : walk(path);
    return isDigestName(entry.name) && isFile(entry, path) ? [path] : [];
  });
}

function isDigestName(name: string): boolean {
  const lower = name.toLowerCase();
  return DIGEST_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

// Symbolic links to files are followed; links to directories are not (they could loop).
function isFile(entry: Dirent, path: string): boolean {
  return entry.isFile() || (entry.isSymbolicLink() && statSync(path, { throwIfNoEntry: false })?.isFile() === true);
}
