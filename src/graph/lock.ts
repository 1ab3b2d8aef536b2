// One writer at a time: a lock file created with O_EXCL holding the writer's pid. A lock left
// by a process that no longer runs is stale and taken over.
import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { EXIT, UserError } from "../cli/errors.ts";
import { storePaths } from "./paths.ts";

/** A lock file still without a pid this long after creation was left by a crash. */
const EMPTY_LOCK_GRACE_MS = 5000;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The pid holding the lock, or null when the lock is stale (or gone). */
function holder(path: string): number | null {
  let text: string;
  try {
    text = readFileSync(path, "utf8").trim();
  } catch {
    return null;
  }
  const pid = Number.parseInt(text, 10);
  if (Number.isInteger(pid) && pid > 0) return isRunning(pid) ? pid : null;
  const stat = statSync(path, { throwIfNoEntry: false });
  return stat && Date.now() - stat.mtimeMs < EMPTY_LOCK_GRACE_MS ? -1 : null;
}

function tryLock(path: string): boolean {
  try {
    const fd = openSync(path, "wx");
    writeSync(fd, `${process.pid}\n`);
    closeSync(fd);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw new UserError(`${path}: cannot create the store lock (${(err as Error).message})`, EXIT.store);
  }
}

/** Runs `work` holding the store's lock; throws a one-line UserError when another writer has it. */
export async function withStoreLock<T>(dir: string, work: () => Promise<T>): Promise<T> {
  await mkdir(dir, { recursive: true });
  const path = storePaths(dir).lock;
  if (!tryLock(path)) {
    const pid = holder(path);
    if (pid !== null) {
      const who = pid > 0 ? `process ${pid}` : "another process";
      throw new UserError(`store ${dir} is being written by ${who}; try again when it is done (lock: ${path})`, EXIT.store);
    }
    rmSync(path, { force: true });
    if (!tryLock(path)) throw new UserError(`store ${dir} was just locked by another process; try again`, EXIT.store);
  }
  try {
    return await work();
  } finally {
    rmSync(path, { force: true });
  }
}
