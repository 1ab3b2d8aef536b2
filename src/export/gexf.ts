// GEXF 1.3 for Gephi: typed attributes, community colours, stored ForceAtlas2 positions and
// sizes by PageRank, so the file opens laid out.
import { write } from "graphology-gexf";
import type Graph from "graphology-types";
import { roundSignificant } from "../analyse/rng.ts";
import type { KnowledgeGraph } from "../graph/types.ts";
import type { EdgeAttributes, NodeAttributes } from "../types.ts";
import { communityColor } from "./palette.ts";
import { copyGraph } from "../graph/dictionary-adjacency.ts";
import type { ExportOptions } from "./types.ts";

const MIN_SIZE = 4;
const MAX_SIZE = 40;

function nodeFormatter(graph: KnowledgeGraph) {
  let maxRank = 0;
  graph.forEachNode((_n, a) => {
    maxRank = Math.max(maxRank, a.pagerank ?? 0);
  });
  return (_key: string, a: NodeAttributes) => ({
    label: a.name,
    viz: {
      color: communityColor(a.community),
      size: roundSignificant(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * (maxRank > 0 ? Math.sqrt((a.pagerank ?? 0) / maxRank) : 0), 4),
      x: a.x ?? 0,
      y: a.y ?? 0,
    },
    attributes: {
      type: a.type,
      aliases: a.aliases,
      mentions: a.mentions,
      digests: a.docs.length,
      firstSeen: a.firstSeen,
      lastSeen: a.lastSeen,
      community: a.community,
      pagerank: a.pagerank,
      degree: a.degree,
      weightedDegree: a.weightedDegree,
      betweenness: a.betweenness,
    },
  });
}

const edgeFormatter = ({ titleOf }: ExportOptions) => (_key: string, a: EdgeAttributes) => {
  const latest = a.evidence[0];
  return {
    label: a.predicate,
    kind: a.predicate,
    weight: a.weight,
    attributes: {
      predicate: a.predicate,
      firstSeen: a.firstSeen,
      lastSeen: a.lastSeen,
      evidence: latest?.text,
      doc: latest?.doc,
      digestTitle: latest ? titleOf?.(latest.doc) : undefined,
      url: latest?.url,
    },
  };
};

export function writeGexf(graph: KnowledgeGraph, options: ExportOptions = {}): string {
  // <meta> takes only the fields GEXF defines, so the graph's own attributes stay out of it.
  const view: Graph<NodeAttributes, EdgeAttributes> = copyGraph(graph);
  view.replaceAttributes({ creator: "aikg" });
  return write(view, {
    version: "1.3",
    pedantic: true,
    formatNode: nodeFormatter(graph),
    formatEdge: edgeFormatter(options),
  });
}
