// The aikg command line: parse flags, run one command, turn errors into one line and an exit code.
import { parseArgs } from "node:util";
import { COMMANDS } from "./commands/index.ts";
import { EXIT, UserError } from "./errors.ts";

function help(): string {
  const lines = ["aikg: AI news digests → knowledge graph", "", "Commands:"];
  for (const c of COMMANDS) lines.push(`  ${c.usage.padEnd(58)} ${c.summary}`);
  lines.push("", "Run `aikg <command> --help` for its options.");
  return lines.join("\n");
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    console.log(help());
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) throw new UserError(`unknown command '${name}' (try: ${COMMANDS.map((c) => c.name).join(", ")})`);
  if (rest.includes("--help") || rest.includes("-h")) {
    console.log(`usage: aikg ${command.usage}\n\n${command.summary}`);
    for (const [flag, o] of Object.entries(command.options)) console.log(`  --${flag}${o.type === "string" ? " VALUE" : ""}`);
    return EXIT.ok;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UserError(`${name}: ${(err as Error).message.split("\n")[0]}`);
  }
  return command.run(parsed.positionals, parsed.values as Record<string, string | boolean | string[] | undefined>);
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
    if (err instanceof UserError) {
      console.error(`aikg: ${err.message}`);
      process.exitCode = err.exitCode;
    } else {
      const e = err as NodeJS.ErrnoException;
      console.error(`aikg: ${e?.message ?? String(err)}${process.env.AIKG_DEBUG ? `\n${e?.stack}` : ""}`);
      process.exitCode = 70;
    }
  },
);
