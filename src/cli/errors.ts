// Exit codes (documented in the README) and the one error type the CLI prints as one line.
export const EXIT = {
  ok: 0,
  /** Not found, or a batch that went on past bad files. */
  partial: 1,
  usage: 2,
  /** The input could not be read at all (missing path, nothing to read). */
  input: 3,
  /** The store is locked, from another format version, or could not be written. */
  store: 4,
  /** A bug: an error nothing expected. */
  internal: 70,
} as const;

export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.usage,
  ) {
    super(message);
    this.name = "UserError";
  }
}
