// compromise, loaded on first use: importing it costs about a quarter of a second, at every
// command's start, and most commands (who, path, export, serve, an incremental build of a Chinese
// digest) never ask it anything.
import { createRequire } from "node:module";
import type Nlp from "compromise";

type Compromise = typeof Nlp;

const require = createRequire(import.meta.url);
let loaded: Compromise | undefined;

export function compromise(): Compromise {
  loaded ??= require("compromise") as Compromise;
  return loaded;
}
