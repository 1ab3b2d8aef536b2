// Every CLI command, in the order `aikg --help` lists them.
import type { Command } from "../command.ts";
import { extractCommand } from "./extract.ts";
import { buildCommand } from "./build.ts";
import { removeCommand } from "./remove.ts";
import { repairCommand } from "./repair.ts";
import { statsCommand } from "./stats.ts";
import { whoCommand } from "./who.ts";
import { pathCommand } from "./path.ts";
import { topCommand } from "./top.ts";
import { communitiesCommand } from "./communities.ts";
import { exportCommand } from "./export.ts";
import { serveCommand } from "./serve.ts";
import { curateCommand } from "./curate.ts";

export const COMMANDS: Command[] = [
  extractCommand,
  buildCommand,
  removeCommand,
  repairCommand,
  statsCommand,
  whoCommand,
  pathCommand,
  topCommand,
  communitiesCommand,
  exportCommand,
  curateCommand,
  serveCommand,
];
