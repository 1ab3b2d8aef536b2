// The page's one data model: the store's graphology graph, typed as the store types it.
import type { KnowledgeGraph } from "../../src/graph/types.ts";
import type { NodeAttributes } from "../../src/types.ts";
import type { LabelLanguage } from "./types.ts";

export type { KnowledgeGraph };

/** Degree as the store computed it, or as the graph says when the store did not. */
export function degreeOf(graph: KnowledgeGraph, node: string): number {
  const stored = graph.getNodeAttribute(node, "degree");
  return typeof stored === "number" ? stored : graph.degree(node);
}

/** [earliest firstSeen, latest lastSeen] over every node, or null when nothing is dated. */
export function dateExtent(graph: KnowledgeGraph): [string, string] | null {
  let min: string | null = null;
  let max: string | null = null;
  graph.forEachNode((_, a) => {
    if (a.firstSeen && (min === null || a.firstSeen < min)) min = a.firstSeen;
    if (a.lastSeen && (max === null || a.lastSeen > max)) max = a.lastSeen;
  });
  return min !== null && max !== null ? [min, max] : null;
}

/** The name a person reads for an entity. */
export const nameOf = (graph: KnowledgeGraph, node: string): string => {
  const a = graph.getNodeAttributes(node);
  return a.name || a.label || node;
};

const HAN = /\p{Script=Han}/u;
const LATIN = /[A-Za-z]/;

/**
 * The entity's name in the chosen script, where it has names in both (Google / 谷歌, 梁文锋 /
 * Liang Wenfeng): its name when written in that script, else its first alias that is.
 */
export function nameIn(attrs: NodeAttributes, language: LabelLanguage): string {
  const name = attrs.name || attrs.label;
  const chinese = HAN.test(name);
  if (language === "zh") return chinese ? name : (attrs.aliases?.find((alias) => HAN.test(alias)) ?? name);
  return !chinese ? name : (attrs.aliases?.find((alias) => LATIN.test(alias) && !HAN.test(alias)) ?? name);
}
