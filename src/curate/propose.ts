// Turns what a person asks (names typed on the command line, or the explorer's node ids) into a
// decision about the graph they see, or refuses in one line saying why: a name no entity goes
// by, one several go by (listing them), or a change that would do nothing or say something
// else than meant (an alias that is another entity's name is a merge). The CLI and the
// server's write API both go through here.
import type { KnowledgeGraph } from "../graph/types.ts";
import { edgeKey, orient } from "../graph/edges.ts";
import { suggest, type AliasIndex } from "../query/alias-index.ts";
import { nameKey } from "../resolve/normalize.ts";
import type { EdgeKind, EntityType } from "../types.ts";
import { findNamed, ownsKey, refOf } from "./target.ts";
import type { Decision } from "./types.ts";

export type Request =
  | { action: "merge"; into: string; others: string[] }
  | { action: "alias" | "unalias"; entity: string; form: string }
  | { action: "rename"; entity: string; name: string }
  | { action: "retype"; entity: string; type: EntityType }
  | { action: "reject"; entity: string }
  | { action: "reject-relation"; source: string; predicate: EdgeKind; target: string }
  | { action: "add"; name: string; type: EntityType; aliases: string[] };

/** Why a request changes nothing; the message is one line for a person. */
export class Refusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = "Refusal";
  }
}

type Meta = Pick<Decision, "at" | "why" | "via">;

function describeNode(graph: KnowledgeGraph, node: string): string {
  const a = graph.getNodeAttributes(node);
  return `${a.name} (${a.type}, id ${node}, ${a.mentions} mention${a.mentions === 1 ? "" : "s"})`;
}

/** The node a name or id means; refuses when none or several do. */
export function entityNamed(graph: KnowledgeGraph, index: AliasIndex, name: string): string {
  const found = findNamed(graph, index, name);
  if ("node" in found) return found.node;
  if ("candidates" in found) {
    throw new Refusal(`'${name}' names ${found.candidates.length} entities: ${found.candidates.map((n) => describeNode(graph, n)).join("; ")}; name one by its id`);
  }
  const close = suggest(index, graph, name);
  throw new Refusal(`no entity named '${name}'${close.length ? `; did you mean: ${close.join(", ")}?` : ""}`);
}

/** An entity other than `node` whose own name `name` is, if any. */
function otherOwner(graph: KnowledgeGraph, index: AliasIndex, name: string, node: string): string | undefined {
  const found = findNamed(graph, index, name);
  const owner = "node" in found ? found.node : "candidates" in found ? found.candidates[0] : undefined;
  return owner !== undefined && owner !== node && ownsKey(graph, owner, nameKey(name)) ? owner : undefined;
}

export function propose(graph: KnowledgeGraph, index: AliasIndex, request: Request, meta: Meta): Decision {
  const named = (name: string): string => entityNamed(graph, index, name);
  const nameOf = (node: string): string => graph.getNodeAttribute(node, "name");
  const mergeHint = (node: string, owner: string): string => `'${nameOf(owner)}' is another entity; to make them one: aikg curate merge '${nameOf(node)}' '${nameOf(owner)}'`;
  switch (request.action) {
    case "merge": {
      const into = named(request.into);
      const found = request.others.map(named);
      const same = found.indexOf(into);
      if (same >= 0) throw new Refusal(`'${request.others[same]}' and '${request.into}' are one entity already (${nameOf(into)}): nothing to merge`);
      const others = [...new Set(found)];
      return { action: "merge", into: refOf(graph, into), others: others.map((n) => refOf(graph, n)), ...meta };
    }
    case "alias": {
      const node = named(request.entity);
      const owner = otherOwner(graph, index, request.form, node);
      if (owner !== undefined) throw new Refusal(mergeHint(node, owner));
      if (graph.getNodeAttribute(node, "aliases").includes(request.form)) throw new Refusal(`'${request.form}' is one of ${nameOf(node)}'s names already`);
      return { action: "alias", entity: refOf(graph, node), form: request.form, ...meta };
    }
    case "unalias": {
      const node = named(request.entity);
      const key = nameKey(request.form);
      if (ownsKey(graph, node, key)) throw new Refusal(`'${request.form}' is ${nameOf(node)}'s name; rename it first (aikg curate rename)`);
      if (!graph.getNodeAttribute(node, "aliases").some((a) => nameKey(a) === key)) throw new Refusal(`'${request.form}' is not one of ${nameOf(node)}'s names`);
      return { action: "unalias", entity: refOf(graph, node), form: request.form, ...meta };
    }
    case "rename": {
      const node = named(request.entity);
      if (nameOf(node) === request.name) throw new Refusal(`${nameOf(node)} is its name already`);
      const owner = otherOwner(graph, index, request.name, node);
      if (owner !== undefined) throw new Refusal(mergeHint(node, owner));
      return { action: "rename", entity: refOf(graph, node), name: request.name, ...meta };
    }
    case "retype": {
      const node = named(request.entity);
      if (graph.getNodeAttribute(node, "type") === request.type) throw new Refusal(`${nameOf(node)} is a ${request.type} already`);
      return { action: "retype", entity: refOf(graph, node), type: request.type, ...meta };
    }
    case "reject":
      return { action: "reject", entity: refOf(graph, named(request.entity)), ...meta };
    case "reject-relation": {
      const [source, target] = [named(request.source), named(request.target)];
      const { predicate } = request;
      if (!graph.hasEdge(edgeKey(predicate, ...orient(predicate, source, target)))) {
        const reverse = graph.hasEdge(edgeKey(predicate, ...orient(predicate, target, source)));
        throw new Refusal(`no relation ${nameOf(source)} ${predicate} ${nameOf(target)}${reverse ? ` (there is ${nameOf(target)} ${predicate} ${nameOf(source)})` : `; aikg who '${nameOf(source)}' lists its relations`}`);
      }
      return { action: "reject-relation", source: refOf(graph, source), predicate, target: refOf(graph, target), ...meta };
    }
    case "add":
      return { action: "add", name: request.name, type: request.type, aliases: [...new Set(request.aliases)], ...meta };
  }
}
