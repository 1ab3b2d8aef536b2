// The GEXF must open in a real client: networkx's read_gexf parses it and sees the attributes
// (and read_graphml reads the GraphML).
// Skipped (with the reason) when python3 or networkx is missing locally; CI must have both.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeGexf } from "../../src/export/gexf.ts";
import { writeGraphml } from "../../src/export/graphml.ts";
import { fixtureGraph } from "../graph/fixtures.ts";

const probe = spawnSync("python3", ["-c", "import networkx"], { encoding: "utf8" });
const missing = probe.error ? "python3 is not installed" : probe.status !== 0 ? "python3 has no networkx (apt-get install python3-networkx)" : "";
if (missing && process.env.CI === "true") throw new Error(`CI=true but ${missing}`);

const READ = `
import json, sys, networkx as nx
g = nx.read_gexf(sys.argv[1])
google = g.nodes["google"]
predicates = sorted({d["predicate"] for _, _, d in g.edges(data=True)})
print(json.dumps({
  "directed": g.is_directed(), "multi": g.is_multigraph(),
  "nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
  "google": {k: google[k] for k in ("label", "type", "community", "pagerank", "mentions", "firstSeen", "aliases")},
  "viz": google["viz"], "predicates": predicates,
  "weight": g.get_edge_data("google", "openai")["competes_with|google|openai"]["weight"],
  "graphml": nx.read_graphml(sys.argv[2]).number_of_edges(),
}, ensure_ascii=False))
`;

describe.skipIf(missing !== "")(`networkx read_gexf${missing ? ` (skipped: ${missing})` : ""}`, () => {
  it("reads nodes, edges, typed attributes, colours and positions", () => {
    const graph = fixtureGraph();
    const dir = mkdtempSync(join(tmpdir(), "aikg-gexf-"));
    try {
      const path = join(dir, "graph.gexf");
      const graphmlPath = join(dir, "graph.graphml");
      writeFileSync(path, writeGexf(graph));
      writeFileSync(graphmlPath, writeGraphml(graph));
      const run = spawnSync("python3", ["-c", READ, path, graphmlPath], { encoding: "utf8" });
      expect(run.stderr).toBe("");
      const read = JSON.parse(run.stdout);
      const google = graph.getNodeAttributes("google");
      expect(read).toMatchObject({ directed: true, multi: true, nodes: graph.order, edges: graph.size, weight: 2, graphml: graph.size });
      expect(read.google).toEqual({
        label: "Google",
        type: "organization",
        community: google.community,
        pagerank: google.pagerank,
        mentions: google.mentions,
        firstSeen: "2025-06-01",
        aliases: "[Google, Google AI, 谷歌]",
      });
      expect(read.viz.position).toEqual({ x: google.x, y: google.y, z: 0 });
      expect(read.viz.color).toMatchObject({ r: expect.any(Number), g: expect.any(Number), b: expect.any(Number) });
      expect(read.predicates).toContain("co_mention");
      expect(read.predicates).toContain("develops");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
