// /api/entity/<id>, paged and cached. A hub's relations (3,290 of Hugging Face's on the bulk
// graph, 1.7 MB with their evidence) are served a page at a time, strongest first (typed relations
// before co-mentions, then by weight), so one request does a bounded amount of work and small
// requests are not kept waiting behind it. Each page is serialised once, kept (the most recently
// asked ones, up to a bound), and sent with an ETag: a client that has it gets 304. A page is
// built a slice of relations at a time, yielding to the event loop in between, so the requests
// that come in meanwhile are answered before it is done.
import { createHash } from "node:crypto";
import type { AbstractGraph } from "graphology-types";
import type { EdgeAttributes, NodeAttributes } from "../types.ts";
import { ENTITY_EVIDENCE, safeJson, type EntityRelations } from "./api.ts";
import { Payload } from "./respond.ts";

type Graph = AbstractGraph<NodeAttributes, EdgeAttributes>;

export const ENTITY_PAGES = {
  /** Relations on a page when the request names no limit: an entity panel's worth. */
  defaultLimit: 200,
  /** The most a request may ask for. */
  maxLimit: 1000,
  /** Pages kept serialised, the most recently asked. */
  cachedPages: 512,
  /** Entities whose relation order is kept. */
  cachedOrders: 256,
  /** Relations read and serialised between two turns of the event loop. */
  slice: 50,
};

/** One page of an entity's relations: the shape /api/entity always had, plus where the page lies among them. */
export interface EntityPage extends EntityRelations {
  /** Relations in all. */
  total: number;
  offset: number;
  limit: number;
  /** The offset of the next page, or null on the last. */
  next: number | null;
}

export interface CachedAnswer {
  payload: Payload;
  etag: string;
}

const JSON_TYPE = "application/json; charset=utf-8";

/** An entity's edges, strongest first: typed before co-mentions, then by weight, then by key. */
function orderedEdges(graph: Graph, id: string): string[] {
  const edges = graph.mapEdges(id, (edge, a) => ({ edge, coMention: a.predicate === "co_mention" ? 1 : 0, weight: a.weight }));
  edges.sort((x, y) => x.coMention - y.coMention || y.weight - x.weight || (x.edge < y.edge ? -1 : 1));
  return edges.map((e) => e.edge);
}

/** A Map used as a bounded cache: reading an entry makes it the newest; the oldest goes first. */
class Recent<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly bound: number) {}
  get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }
  set(key: K, value: V): void {
    this.map.set(key, value);
    if (this.map.size > this.bound) this.map.delete(this.map.keys().next().value!);
  }
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export class EntityPages {
  /** Answers, or the promise of one being built (two asks at once build it once). */
  private readonly pages = new Recent<string, Promise<CachedAnswer>>(ENTITY_PAGES.cachedPages);
  private readonly orders = new Recent<string, string[]>(ENTITY_PAGES.cachedOrders);

  constructor(private readonly graph: Graph) {}

  /** The page, serialised (from the cache when it was asked before), or null for an unknown entity. */
  answer(id: string, offset: number, limit: number): Promise<CachedAnswer> | null {
    if (!this.graph.hasNode(id)) return null;
    const key = `${offset}\u0000${limit}\u0000${id}`;
    let answer = this.pages.get(key);
    if (!answer) this.pages.set(key, (answer = this.build(id, offset, limit)));
    return answer;
  }

  /**
   * The page as JSON, the same text safeJson makes of an EntityPage, a slice of relations at a
   * time. It reads the evidence of the page's edges only: a store that loads evidence lazily pays
   * for this page.
   */
  private async build(id: string, offset: number, limit: number): Promise<CachedAnswer> {
    let order = this.orders.get(id);
    if (!order) this.orders.set(id, (order = orderedEdges(this.graph, id)));
    const edges = order.slice(offset, offset + limit);
    const parts: string[] = [];
    for (let from = 0; from < edges.length; from += ENTITY_PAGES.slice) {
      if (from > 0) await nextTurn();
      const relations = edges.slice(from, from + ENTITY_PAGES.slice).map((edge) => {
        const a = this.graph.getEdgeAttributes(edge);
        // The newest few pieces; GET /api/evidence pages the rest (the store keeps up to 500).
        const kept = a.evidence; // read once: a store may parse it from disk on each read
        const evidence = kept.slice(0, ENTITY_EVIDENCE).map(({ doc, date, text, url }) => ({ doc, date, text, url }));
        return { edge, predicate: a.predicate, source: this.graph.source(edge), target: this.graph.target(edge), evidence, evidenceKept: kept.length };
      });
      parts.push(safeJson(relations).slice(1, -1));
    }
    const end = offset + edges.length;
    const paging: Omit<EntityPage, "id" | "relations"> = { total: order.length, offset, limit, next: end < order.length ? end : null };
    const body = Buffer.from(`${safeJson({ id }).slice(0, -1)},"relations":[${parts.join(",")}],${safeJson(paging).slice(1)}`, "utf8");
    const etag = `"${createHash("sha1").update(body).digest("base64url")}"`;
    return { payload: new Payload(body, JSON_TYPE), etag };
  }
}

/** Whether an If-None-Match header names this ETag (a list, weak or not, or *). */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t === etag || t === `W/${etag}`;
  });
}
