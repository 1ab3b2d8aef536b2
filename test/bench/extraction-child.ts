// Run by the extraction bench in a fresh process that loads the pipeline and nothing else (as a
// build's worker does): the parent process holds the browser harness, whose 35 MB of heap alone
// slowed the Chinese pipeline by a third. Prints the figures as JSON on stdout.
import { benchExtraction } from "./extraction.ts";

const bulkDir = process.argv[2];
if (!bulkDir) throw new Error("usage: extraction-child.ts BULK_DIR");
console.log(JSON.stringify(await benchExtraction(bulkDir)));
