import type { ParseArgsConfig } from "node:util";

/** One CLI command: its flags (node:util parseArgs options) and what it does with them. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig["options"]>;
  run(positionals: string[], flags: Record<string, string | boolean | string[] | undefined>): Promise<number>;
}
