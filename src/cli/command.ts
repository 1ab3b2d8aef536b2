// One CLI command as data: its arguments, its options (each with a description, and its default
// and allowed values where it has them) and what it does with them. src/cli/program.ts turns
// the list into a commander program, which parses the command line and writes every --help.

/** A --name option: a switch without `value`, else it takes one (named `value` in --help). */
export interface OptionSpec {
  description: string;
  /** The value's name in --help (`--limit <n>`); none for a switch. */
  value?: string;
  /** The default, as the command line would give it (shown in --help). */
  default?: string;
  /** How --help shows a default that is not a plain value (".aikg/ or $AIKG_STORE"). */
  defaultDescription?: string;
  /** The allowed values (case-insensitive); --help lists them and anything else is refused. */
  choices?: readonly string[];
  /** May be given more than once: the command gets every value, in order. */
  repeatable?: boolean;
}

export type Flags = Record<string, string | boolean | string[] | undefined>;

export interface Command {
  name: string;
  summary: string;
  /** The positional arguments as commander declares them: `<name...>`, `<a> <b>`, `[paths...]`. */
  arguments?: { name: string; description: string }[];
  options: Record<string, OptionSpec>;
  /** Lines shown under "Examples:" in --help. */
  examples?: string[];
  run(positionals: string[], flags: Flags): Promise<number>;
}
