// Run by the query bench in a fresh process, as each CLI command loads the store: times
// loadStore and the alias index (handed over by the fold when digests are pending), and prints
// the figures as JSON on stdout.
import { loadStore } from "../../src/store/store.ts";

const store = process.argv[2];
if (!store) throw new Error("usage: load-child.ts STORE");
let started = performance.now();
const { graph, aliasIndex } = await loadStore(store);
const loadMs = performance.now() - started;
started = performance.now();
aliasIndex();
const aliasIndexMs = performance.now() - started;
console.log(JSON.stringify({ loadMs, aliasIndexMs, nodes: graph.order, edges: graph.size }));
