// Entry of an extraction worker thread (src/extract/worker.ts), bundled or from source like bin/aikg.js.
import { runEntry } from "./entry.js";

await runEntry("extract-worker", "src/extract/worker.ts");
