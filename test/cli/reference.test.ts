// The README's CLI reference is every command's --help, verbatim: this test renders the help
// and compares it with the README (UPDATE_GOLDEN=1 rewrites the README's section from it).
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli/commands/index.ts";
import { EXIT } from "../../src/cli/errors.ts";
import { HelpShown, parseCommandLine } from "../../src/cli/program.ts";

const README = fileURLToPath(new URL("../../README.md", import.meta.url));
const START = "<!-- cli-reference:start (test/cli/reference.test.ts writes it: UPDATE_GOLDEN=1) -->";
const END = "<!-- cli-reference:end -->";

function help(argv: string[]): string {
  let text = "";
  try {
    parseCommandLine(COMMANDS, argv, (t) => void (text += t));
  } catch (err) {
    if (!(err instanceof HelpShown)) throw err;
    expect(err.exitCode).toBe(EXIT.ok);
  }
  return text.trimEnd();
}

function reference(): string {
  const blocks = [["aikg --help", help(["--help"])], ...COMMANDS.map((c) => [`aikg ${c.name} --help`, help([c.name, "--help"])])];
  return blocks.map(([title, text]) => `### \`${title}\`\n\n\`\`\`text\n${text}\n\`\`\``).join("\n\n");
}

describe("the CLI reference", () => {
  it("shows every option of every command with a description", () => {
    for (const command of COMMANDS) {
      const text = help([command.name, "--help"]).replace(/\s+/g, " ");
      for (const [name, spec] of Object.entries(command.options)) {
        expect(text, `${command.name} --${name}`).toContain(`--${name}`);
        expect(spec.description.length, `${command.name} --${name} has a description`).toBeGreaterThan(10);
        if (spec.default !== undefined) expect(text, `${command.name} --${name} shows its default`).toContain(`default: ${spec.defaultDescription ?? `"${spec.default}"`}`);
        for (const choice of spec.choices ?? []) expect(text, `${command.name} --${name} lists ${choice}`).toContain(`"${choice}"`);
      }
    }
  });

  it("is in the README as --help prints it", () => {
    const readme = readFileSync(README, "utf8");
    const start = readme.indexOf(START);
    const end = readme.indexOf(END);
    expect(start, "the README has the reference's markers").toBeGreaterThan(0);
    const current = readme.slice(start + START.length, end).trim();
    const wanted = reference();
    if (process.env.UPDATE_GOLDEN && current !== wanted) {
      writeFileSync(README, `${readme.slice(0, start + START.length)}\n\n${wanted}\n\n${readme.slice(end)}`);
      return;
    }
    expect(current).toBe(wanted);
  });
});
