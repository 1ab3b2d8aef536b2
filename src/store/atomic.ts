// Atomic file writes: a temp file in the same directory, flushed to disk, then renamed over
// the target, so a reader sees the old file or the new one, never half of one.
import { createHash, randomBytes } from "node:crypto";
import { open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

export const TEMP_SUFFIX = ".tmp";

/** Flushes a directory entry (the rename) where the platform allows it. */
async function syncDirectory(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, "r");
    await handle.sync();
  } catch {
    // Some file systems refuse fsync on directories; the rename is still atomic there.
  } finally {
    await handle?.close();
  }
}

export async function writeFileAtomic(path: string, data: string): Promise<void> {
  await writeAtomic(dirname(path), basename(path), [data], () => path);
}

/**
 * Writes `chunks` atomically under the name `name(hash)` gives, `hash` being the content's
 * sha256 in hex: the content is hashed as it is written, never held whole. Returns the path.
 */
export async function writeContentAddressed(dir: string, name: (sha256: string) => string, chunks: Iterable<string>): Promise<string> {
  const hash = createHash("sha256");
  return writeAtomic(dir, "content", chunks, () => join(dir, name(hash.digest("hex"))), (bytes) => hash.update(bytes));
}

async function writeAtomic(
  dir: string,
  base: string,
  chunks: Iterable<string>,
  finalPath: () => string,
  onChunk?: (bytes: Buffer) => void,
): Promise<string> {
  const temp = join(dir, `.${base}.${process.pid}.${randomBytes(4).toString("hex")}${TEMP_SUFFIX}`);
  let path: string;
  try {
    const handle = await open(temp, "wx");
    try {
      for (const chunk of chunks) {
        const bytes = Buffer.from(chunk, "utf8"); // encoded once, for the hash and the file
        onChunk?.(bytes);
        for (let done = 0; done < bytes.length; ) done += (await handle.write(bytes, done)).bytesWritten;
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    path = finalPath();
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true });
    // A write's error names no file, a rename's names the temporary one: name what was being written.
    const e = err as NodeJS.ErrnoException;
    if (typeof e.code === "string" && (!e.path || e.path === temp)) e.path = base === "content" ? dir : join(dir, base);
    throw err;
  }
  await syncDirectory(dir);
  return path;
}
