// A store file that cannot be read back as written (cut short, overwritten, missing) is damage:
// readers refuse with one line naming the file and the command that repairs the store; writers
// (build, remove, repair) repair it as they write (repair.ts).
import { EXIT, UserError } from "../cli/errors.ts";

/** The command that repairs the store in `dir`, as a reader's refusal names it. */
export const repairCommand = (dir: string): string => `aikg repair --store ${quoteArg(dir)}`;

const quoteArg = (arg: string): string => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, "'\\''")}'`);

export class StoreDamage extends UserError {
  constructor(
    readonly dir: string,
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}; the store is damaged: repair it with '${repairCommand(dir)}' (naming the digest files too extracts damaged digests again)`, EXIT.store);
    this.name = "StoreDamage";
  }
}
