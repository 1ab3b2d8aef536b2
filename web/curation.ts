// The page's corrections: sent to the server (POST /api/curation, with the token this page was
// served with), listed, undone. The server answers what the write changed in the graph it serves
// (src/graph/changes.ts); the page applies the same changes to its own graph in place, its alias
// index following, and the store's graphChanged derives the rest again (filters, legend, time
// strip, panel) while sigma redraws what changed. A page whose graph is not the version the
// write changed (another tab, or `aikg curate`, wrote meanwhile) loads again instead, its view
// kept. Either way the change is announced, with Undo for one made.
import type { Decision, Outcome } from "../src/curate/types.ts";
import { applyChanges, type ChangedItems } from "../src/graph/changes.ts";
import { claimedKeys, reindexNodes, type AliasIndex } from "../src/query/alias-index.ts";
import type { GraphUpdate } from "../src/server/curation-routes.ts";
import type { EntityType } from "../src/types.ts";
import { forgetEvidence, NO_EVIDENCE, stopEvidence } from "./api.ts";
import type { Renderer } from "./render/renderer.ts";
import type { KnowledgeGraph } from "./state/graph.ts";
import type { Store } from "./state/store.ts";
import type { ExplorerState } from "./state/types.ts";
import { encodeState } from "./state/url.ts";

export type Correction =
  | { action: "merge"; into: string; others: string[] }
  | { action: "rename"; entity: string; name: string }
  | { action: "retype"; entity: string; type: EntityType }
  | { action: "reject"; entity: string }
  | { action: "reject-relation"; edge: string };

export interface Listed {
  editable: boolean;
  off?: string;
  /** The curation file, or null when the server serves a graph without a store's. */
  file: string | null;
  decisions: (Decision & Outcome & { n: number; text: string })[];
}

export interface Announcement {
  text: string;
  /** The decision to undo from the announcement, if it is one made (not one undone). */
  undo?: { n: number; at: string };
}

/** The page's graph as the server sent it, and which version of the served graph it is now. */
export interface PageGraph {
  graph: KnowledgeGraph;
  aliasIndex: AliasIndex;
  version: number;
}

export interface Curation {
  /** Sends a correction; once the server has it, the page shows it. Throws the server's reason. */
  correct(correction: Correction): Promise<void>;
  undo(n: number, at: string): Promise<void>;
  /** Called after each correction made or undone has been applied to the page. */
  onChange(listener: (announced: Announcement) => void): void;
}

const meta = (): HTMLMetaElement | null => document.querySelector<HTMLMetaElement>('meta[name="aikg-edit-token"]');

/** Whether this page may correct the graph, and why not when it may not. */
export function editing(): { on: true } | { on: false; why: string } {
  const found = meta();
  if (found?.content) return { on: true };
  return { on: false, why: found?.dataset.off ?? "this server takes no corrections (its page carries no edit token)" };
}

async function post<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(path, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Aikg-Token": meta()?.content ?? "" },
    body: JSON.stringify(body),
  });
  // The server says why it refused, in one line.
  if (!response.ok) throw new Error((await response.text()).trim() || `the server answered ${response.status}`);
  return (await response.json()) as T;
}

export const listCorrections = async (): Promise<Listed> => {
  const response = await fetch("/api/curation", { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`the server answered ${response.status}`);
  return (await response.json()) as Listed;
};

const ANNOUNCE = "aikg-correction";

/** Loads the page again showing `selected` (the rest of the view kept), to announce `what`. */
function reloadShowing(state: ExplorerState, selected: string | null, what: Announcement): void {
  sessionStorage.setItem(ANNOUNCE, JSON.stringify(what));
  // An entity the correction removed drops out of the view (the path's ends too) as the page reads it again.
  const next = encodeState({ ...state, selected });
  history.replaceState(null, "", next ? `#${next}` : location.pathname);
  location.reload();
}

/** The announcement the page was loaded again for, once (null when there is none). */
export function takeAnnouncement(): Announcement | null {
  const raw = sessionStorage.getItem(ANNOUNCE);
  sessionStorage.removeItem(ANNOUNCE);
  try {
    return raw ? (JSON.parse(raw) as Announcement) : null;
  } catch {
    return null;
  }
}

/** The entities a correction takes away, if the server applies it: merged into another, or rejected. */
function takenAway(correction: Correction): string[] {
  if (correction.action === "merge") return correction.others;
  return correction.action === "reject" ? [correction.entity] : [];
}

/** Nodes whose names (or mentions, which rank them) the changes touch: the alias index's entries for them change. */
function renamed(update: GraphUpdate): string[] {
  const { droppedNodes, nodes } = update.changes;
  const names = nodes.filter(([, a, whole]) => whole || "name" in a || "aliases" in a || "mentions" in a).map(([n]) => n);
  return [...droppedNodes, ...names];
}

/** Milliseconds since the click, on the page's root as data-correction-<step>-ms: the browser tests and the bench read them. */
function since(step: "answered" | "applied" | "drawn" | "painted"): void {
  const key = `correction${step[0]!.toUpperCase()}${step.slice(1)}Ms`;
  document.documentElement.dataset[key] = String(Math.round(performance.measure(`correction-${step}`, "correction-sent").duration));
}

/** Marks when the change is drawn (the frame after it was applied) and painted (the one after that); counts it. */
function markShown(): void {
  const root = document.documentElement;
  since("applied");
  requestAnimationFrame(() => {
    since("drawn");
    requestAnimationFrame(() => {
      since("painted");
      root.dataset.corrections = String(Number(root.dataset.corrections ?? 0) + 1);
    });
  });
}

export function createCuration(page: PageGraph, renderer: Renderer, store: Store): Curation {
  const listeners: ((announced: Announcement) => void)[] = [];
  /**
   * Applies a write's changes to the page's graph, or loads the page again when it holds another
   * version. `shown`: the entity the server says to show, which the selection moves to when
   * `always`, else only when the change took the selection away (a merge: the entity it went into).
   */
  const show = (update: GraphUpdate, announced: Announcement, shown: string | null, always: boolean): void => {
    const state = store.get();
    if (update.version.from !== page.version) return reloadShowing(state, shown ?? state.selected, announced);
    const { graph, aliasIndex } = page;
    const names = renamed(update);
    const former = claimedKeys(graph, names);
    let items: ChangedItems;
    try {
      items = renderer.changeGraph(() => applyChanges(graph, update.changes, () => NO_EVIDENCE));
    } catch {
      return reloadShowing(state, shown ?? state.selected, announced); // the graph may be half changed: the server's is whole
    }
    reindexNodes(aliasIndex, graph, names, former);
    page.version = update.version.to;
    forgetEvidence(); // relations moved between entities, or went
    const gone = state.selected !== null && items.droppedNodes.includes(state.selected);
    store.dispatch({ type: "graphChanged", gone: items.droppedNodes, ...(always || gone ? { select: shown } : {}) });
    for (const listener of listeners) listener(announced);
    markShown();
  };
  return {
    async correct(correction) {
      performance.mark("correction-sent");
      stopEvidence(takenAway(correction));
      const made = await post<GraphUpdate & Outcome & { n: number; text: string; decision: Decision; select: string | null }>("/api/curation", correction);
      since("answered");
      const note = made.status === "applied" ? "" : ` (${made.status}${made.note ? `: ${made.note}` : ""})`;
      show(made, { text: `${made.text}${note}`, undo: { n: made.n, at: made.decision.at } }, made.select, false);
    },
    async undo(n, at) {
      performance.mark("correction-sent");
      const undone = await post<GraphUpdate & { text: string; select: string | null }>("/api/curation/undo", { n, at });
      since("answered");
      // A rejected entity back is shown; otherwise the selection stays.
      show(undone, { text: `Undone: ${undone.text}` }, undone.select, undone.select !== null);
    },
    onChange: (listener) => void listeners.push(listener),
  };
}
