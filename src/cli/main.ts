// The aikg command line: parse it (commander, from each command's spec), run one command, turn
// errors into one line and an exit code.
import { format } from "node:util";
import { COMMANDS } from "./commands/index.ts";
import { EXIT, UserError } from "./errors.ts";
import { forTerminal } from "./format/terminal.ts";
import { HelpShown, parseCommandLine } from "./program.ts";
import { isSystemError, systemUserError } from "./system-errors.ts";

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseCommandLine(COMMANDS, argv);
  } catch (err) {
    if (err instanceof HelpShown) return err.exitCode;
    throw err;
  }
  return parsed.command.run(parsed.positionals, parsed.flags);
}

// Digest text is untrusted: every line printed loses the escape sequences and controls a
// terminal would act on (JSON comes with them escaped already, see printJson).
for (const method of ["log", "error", "warn"] as const) {
  const print = console[method].bind(console);
  console[method] = (...args: unknown[]) => print(forTerminal(format(...args)));
}

// Piped into `head`, the reader may close early: that is a normal end, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(0);
    throw err;
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (isSystemError(err)) err = systemUserError(err);
    if (err instanceof UserError) {
      console.error(`aikg: ${err.message}`);
      process.exitCode = err.exitCode;
    } else {
      const e = err as NodeJS.ErrnoException;
      const debug = process.env.AIKG_DEBUG ? `\n${e?.stack}` : " (an internal error: please report it with the output of AIKG_DEBUG=1)";
      console.error(`aikg: ${e?.message ?? String(err)}${debug}`);
      process.exitCode = EXIT.internal;
    }
  },
);
