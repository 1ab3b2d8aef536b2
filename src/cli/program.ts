// The command line, parsed by commander from the commands' specs (command.ts): every command's
// --help shows each option with its description, default and allowed values; a parse error is
// one line, `aikg: <command>: <problem>`, and exit code 2.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Command as Program, CommanderError, InvalidArgumentError, Option } from "commander";
import { REPO_ROOT } from "../data-dir.ts";
import type { Command, Flags, OptionSpec } from "./command.ts";
import { EXIT, UserError } from "./errors.ts";

const packageVersion = (): string => (JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8")) as { version: string }).version;

function option(name: string, spec: OptionSpec): Option {
  // Commander shows a default only with its value: one worked out at run time is described.
  const described = spec.default === undefined && spec.defaultDescription ? ` (default: ${spec.defaultDescription})` : "";
  const o = new Option(`--${name}${spec.value ? ` <${spec.value}>` : ""}`, `${spec.description}${described}`);
  if (spec.default !== undefined) o.default(spec.default, spec.defaultDescription);
  if (spec.repeatable) o.argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), value]);
  if (spec.choices) {
    const choices = spec.choices;
    // Listed in --help by commander; matched here whatever the case (--type Person).
    o.choices(choices).argParser((raw: string) => {
      const found = choices.find((c) => c.toLowerCase() === raw.trim().toLowerCase());
      if (found === undefined) throw new InvalidArgumentError(`Allowed choices are ${choices.join(", ")}.`);
      return found;
    });
  }
  return o;
}

/** Commander's message as our one line: no "error: " prefix, the command named. */
function oneLine(command: string | undefined, message: string): string {
  const text = message
    .replace(/^error:\s*/, "")
    .replace(/\s*\n\s*/g, " ")
    .replace(/^too many arguments for '[^']*'\. Expected (\d+) arguments? but got (\d+)\./, (_m, expected: string, got: string) =>
      expected === "0" ? `takes no arguments (got ${got}); options start with --` : `takes ${expected} argument${expected === "1" ? "" : "s"}, not ${got}`,
    )
    .trim();
  return command ? `${command}: ${text}` : text;
}

export interface Parsed {
  command: Command;
  positionals: string[];
  flags: Flags;
}

/** Help is wrapped at this width whatever the terminal, so the README can quote it (test/cli/reference.test.ts). */
export const HELP_WIDTH = 100;

/** The commander program for these commands; `onChosen` receives what the command line chose. */
export function buildProgram(commands: readonly Command[], write: (text: string) => void, onChosen: (parsed: Parsed) => void = () => {}): Program {
  const program = new Program("aikg")
    .description("AI news digests → knowledge graph: build a store from digests, query it, export it, explore it")
    .usage("<command> [options]")
    // Subcommands inherit these three.
    .exitOverride()
    .configureOutput({ writeOut: write, writeErr: () => {}, outputError: () => {} })
    .configureHelp({ helpWidth: HELP_WIDTH })
    .version(packageVersion(), "--version", "print aikg's version")
    .helpCommand("help [command]", "show a command's options")
    .addHelpText("after", "\nRun `aikg <command> --help` for a command's options.");
  for (const spec of commands) {
    const sub = program.command(spec.name).description(spec.summary);
    for (const arg of spec.arguments ?? []) sub.argument(arg.name, arg.description);
    for (const [name, o] of Object.entries(spec.options)) sub.addOption(option(name, o));
    if (spec.examples?.length) sub.addHelpText("after", `\nExamples:\n${spec.examples.map((e) => `  ${e}`).join("\n")}`);
    sub.action((...args: unknown[]) => {
      const command = args[args.length - 1] as Program;
      const flags: Flags = {};
      const values = command.opts();
      for (const o of command.options) {
        const value = values[o.attributeName()];
        if (value !== undefined) flags[o.long!.slice(2)] = value as Flags[string];
      }
      onChosen({ command: spec, positionals: command.args, flags });
    });
  }
  return program;
}

/**
 * Parses argv (without node and the script) into a command and its values. Help and parse
 * errors are thrown: a UserError (exit 2), or a HelpShown once --help has been printed.
 */
export function parseCommandLine(commands: readonly Command[], argv: string[], write: (text: string) => void = (t) => process.stdout.write(t)): Parsed {
  let chosen: Parsed | undefined;
  const program = buildProgram(commands, write, (parsed) => (chosen = parsed));
  if (argv.length === 0) {
    // No command: the overview, and the exit code of a usage error.
    write(program.helpInformation());
    throw new HelpShown(EXIT.usage);
  }
  try {
    program.parse(argv, { from: "user" });
  } catch (err) {
    if (!(err instanceof CommanderError)) throw err;
    if (err.exitCode === 0) throw new HelpShown(EXIT.ok); // --help, --version
    const name = commands.some((c) => c.name === argv[0]) ? argv[0] : undefined;
    throw new UserError(`${oneLine(name, err.message)} (see aikg ${name ? `${name} ` : ""}--help)`, EXIT.usage);
  }
  if (!chosen) throw new HelpShown(EXIT.ok); // `aikg help`
  return chosen;
}

/** --help (or no command) was answered: nothing to run; exit with `code`. */
export class HelpShown extends Error {
  constructor(readonly exitCode: number) {
    super("help shown");
    this.name = "HelpShown";
  }
}
