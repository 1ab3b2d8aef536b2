// The one error the read stage throws: it names the file and says, in a line, what is wrong.

export class ReadError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = "ReadError";
  }
}
