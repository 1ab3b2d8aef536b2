// aikg repair [file|dir]... [--store DIR]: rebuild a damaged store from what is intact in it (the
// extraction files that read back; the manifest put together again from them when it is damaged)
// and extract damaged digests again from the files given. What `build --full` does too.
import type { Command } from "../command.ts";
import { JSON_OPTION, STORE_OPTION } from "../format/flags.ts";
import { buildCommand, buildFrom } from "./build.ts";

export const repairCommand: Command = {
  name: "repair",
  summary: "rebuild a damaged store from its intact files, extracting damaged digests again from the files given",
  arguments: [{ name: "[paths...]", description: "digest files and directories: damaged digests among them are extracted again (optional)" }],
  options: { jobs: buildCommand.options.jobs!, timings: buildCommand.options.timings!, ...STORE_OPTION, ...JSON_OPTION },
  examples: ["aikg repair --store ~/kg", "aikg repair ~/digests --store ~/kg"],
  run: (paths, flags) => buildFrom(paths, flags, { full: true, repair: true }),
};
