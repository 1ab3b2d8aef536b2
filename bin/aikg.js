#!/usr/bin/env node
// The aikg command: the bundled CLI when it is up to date, else the sources through tsx.
import { runEntry } from "./entry.js";

await runEntry("aikg", "src/cli/main.ts");
