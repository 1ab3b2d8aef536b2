// Loads the hand-made extractions in test/fixtures/graph (see its README).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Extraction } from "../../src/types.ts";
import { buildGraph } from "../../src/graph/build.ts";
import { analyse } from "../../src/analyse/index.ts";
import type { KnowledgeGraph } from "../../src/graph/types.ts";

export const FIXTURE_NAMES = ["d1-hubtoday-0601", "d2-ainews-en-0602", "d3-ainews-0603", "d4-hubtoday-0604"] as const;
export type FixtureName = (typeof FIXTURE_NAMES)[number] | "d3-ainews-0603-changed";

export function fixture(name: FixtureName): Extraction {
  const url = new URL(`../fixtures/graph/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(fileURLToPath(url), "utf8")) as Extraction;
}

export const allFixtures = (): Extraction[] => FIXTURE_NAMES.map(fixture);

/** The four fixture digests, built and analysed: the graph most tests query. */
export function fixtureGraph(): KnowledgeGraph {
  const graph = buildGraph(allFixtures());
  analyse(graph);
  return graph;
}
