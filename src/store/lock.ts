// One writer at a time: a lock file created with O_EXCL holding the writer's pid. A lock left
// by a process that no longer runs is stale and taken over.
import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { EXIT, UserError } from "../cli/errors.ts";
import { isSystemError, systemUserError } from "../cli/system-errors.ts";
import { storePaths } from "./paths.ts";
import { manifestCommits } from "./store.ts";

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
    try {
      writeSync(fd, `${process.pid}\n`);
    } catch (err) {
      // A lock without its pid (a full disk) is no lock: take it back.
      rmSync(path, { force: true });
      throw err;
    } finally {
      closeSync(fd);
    }
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "EEXIST") return false;
    (err as NodeJS.ErrnoException).path ??= path;
    if (isSystemError(err)) throw systemUserError(err, "the store is unchanged");
    throw new UserError(`${path}: cannot create the store lock (${(err as Error).message})`, EXIT.store);
  }
}

/** What became of the store when a write stops before its end: the manifest's rename commits it. */
const outcome = (commitsBefore: number, commits: () => number): string =>
  commits() > commitsBefore ? "the store holds the new write" : "the store is unchanged";

/**
 * Runs `work` holding the store's lock; throws a one-line UserError when another writer has it.
 * Ctrl-C or SIGTERM while it runs releases the lock, says what became of the store, and exits
 * 130 or 143; a system error (full disk, read-only, …) is one line that says the same.
 */
export async function withStoreLock<T>(dir: string, work: () => Promise<T>): Promise<T> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (err) {
    if (isSystemError(err)) throw systemUserError(err, "the store is unchanged");
    throw err;
  }
  return withLockFile(storePaths(dir).lock, `store ${dir}`, work, manifestCommits);
}

/**
 * The same for any file a writer guards with `path` (a curation file outside a store): `what`
 * names it in messages, and `commits` counts this process's commits of it.
 */
export async function withLockFile<T>(path: string, what: string, work: () => Promise<T>, commits: () => number): Promise<T> {
  const commitsBefore = commits();
  let held = false;
  // Listening before the lock is taken: a signal the moment it exists still releases it.
  const interrupted = (signal: NodeJS.Signals): void => {
    if (held) rmSync(path, { force: true });
    process.stderr.write(`aikg: interrupted (${signal}); ${outcome(commitsBefore, commits)}${held ? ", and its lock is released" : ""}\n`);
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);
  try {
    held = tryLock(path);
    if (!held) {
      const pid = holder(path);
      if (pid !== null) {
        const who = pid > 0 ? `process ${pid}` : "another process";
        throw new UserError(`${what} is being written by ${who}; try again when it is done (lock: ${path})`, EXIT.store);
      }
      rmSync(path, { force: true });
      held = tryLock(path);
      if (!held) throw new UserError(`${what} was just locked by another process; try again`, EXIT.store);
    }
    return await work();
  } catch (err) {
    if (isSystemError(err)) throw systemUserError(err, outcome(commitsBefore, commits));
    throw err;
  } finally {
    process.off("SIGINT", interrupted);
    process.off("SIGTERM", interrupted);
    if (held) rmSync(path, { force: true });
  }
}
