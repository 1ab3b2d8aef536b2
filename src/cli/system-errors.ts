// What the operating system refuses (a full disk, a read-only one, a path through a file, too
// many open files) is no bug: one line naming the path, what happened and what to do, exit 4.
import { EXIT, UserError } from "./errors.ts";

const PROBLEMS: Readonly<Record<string, string>> = {
  ENOSPC: "no space left on the device; free some space and run the command again",
  EDQUOT: "the disk quota is used up; free some space and run the command again",
  EACCES: "permission denied; check its permissions, or choose another --store or --out",
  EPERM: "operation not permitted; check its permissions, or choose another --store or --out",
  EROFS: "on a read-only file system; choose a --store or --out on a writable disk",
  ENOTDIR: "a part of this path is a file, not a directory; choose another --store or --out",
  EISDIR: "is a directory where a file was expected; choose another path",
  EEXIST: "already exists and is not what was expected; choose another path",
  EMFILE: "too many open files; raise the limit (ulimit -n) and run the command again",
  ENFILE: "the system has too many open files; close some programs and run the command again",
  EIO: "input/output error; the disk may be failing",
  EFBIG: "the file grew past the size this system allows; free space or raise the limit (ulimit -f)",
};

/** The ones whose code says the machine refused, not that aikg went wrong. */
export const isSystemError = (err: unknown): err is NodeJS.ErrnoException =>
  err instanceof Error && typeof (err as NodeJS.ErrnoException).code === "string" && (err as NodeJS.ErrnoException).code! in PROBLEMS;

/** A system error as the one line the CLI prints; `after` says what became of the store. */
export function systemUserError(err: NodeJS.ErrnoException, after = ""): UserError {
  const where = err.path ?? (err as { dest?: string }).dest ?? "";
  const problem = PROBLEMS[err.code!]!;
  return new UserError(`${where ? `${where}: ` : ""}${problem}${after ? ` (${after})` : ""}`, EXIT.store);
}
