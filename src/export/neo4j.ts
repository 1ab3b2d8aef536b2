// CSV for `neo4j-admin database import full`: typed headers (id:ID, :LABEL, :START_ID, :END_ID,
// :TYPE, int/double/date/string[] properties), array cells split on ';' (the tool's default).
import type { KnowledgeGraph } from "../graph/types.ts";
import { csvTable } from "./csv-format.ts";
import type { ExportFile, ExportOptions } from "./types.ts";

const ID_SPACE = "Entity";
const ARRAY_DELIMITER = ";";

const NODE_HEADER = [
  `id:ID(${ID_SPACE})`, "name", "type", "aliases:string[]", "mentions:int", "digests:int", "firstSeen:date", "lastSeen:date",
  "community:int", "pagerank:double", "degree:int", "weightedDegree:double", "betweenness:double", "x:double", "y:double", ":LABEL",
];
const RELATIONSHIP_HEADER = [
  `:START_ID(${ID_SPACE})`, `:END_ID(${ID_SPACE})`, ":TYPE", "weight:int", "roles:string[]", "firstSeen:date", "lastSeen:date",
  "evidence", "evidenceDoc", "evidenceUrl", "evidenceTitle",
];

/** Organization → Organization; co_mention → CO_MENTION (Neo4j naming habits). */
const label = (type: string): string => type.charAt(0).toUpperCase() + type.slice(1);
const relationshipType = (predicate: string): string => predicate.toUpperCase();
const arrayCell = (values: readonly string[] | undefined): string | undefined =>
  values?.map((v) => v.replaceAll(ARRAY_DELIMITER, ",")).join(ARRAY_DELIMITER);

export function writeNeo4j(graph: KnowledgeGraph, { titleOf }: ExportOptions = {}): ExportFile[] {
  const nodes = graph.mapNodes((node, a) => [
    node, a.name, a.type, arrayCell(a.aliases), a.mentions, a.docs.length, a.firstSeen, a.lastSeen,
    a.community, a.pagerank, a.degree, a.weightedDegree, a.betweenness, a.x, a.y, `${ID_SPACE}${ARRAY_DELIMITER}${label(a.type)}`,
  ]);
  const relationships = graph.mapEdges((_edge, a, source, target) => {
    const latest = a.evidence[0];
    return [source, target, relationshipType(a.predicate), a.weight, arrayCell(a.roles), a.firstSeen, a.lastSeen, latest?.text, latest?.doc, latest?.url, latest && titleOf?.(latest.doc)];
  });
  return [
    { name: "nodes.csv", content: csvTable(NODE_HEADER, nodes) },
    { name: "relationships.csv", content: csvTable(RELATIONSHIP_HEADER, relationships) },
  ];
}

/** The command that loads the files (into an empty, stopped database named `neo4j`). */
export function neo4jImportCommand(dir: string): string {
  return `neo4j-admin database import full --nodes=${dir}/nodes.csv --relationships=${dir}/relationships.csv neo4j`;
}
