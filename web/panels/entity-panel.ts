// The details panel for the selected entity: who it is, when it was seen (a time line by week),
// and its relations grouped by predicate with their evidence (fetched from the server once the
// panel is drawn). Escape or the × closes it.
import { fetchEvidence, wasStopped } from "../api.ts";
import type { Digests, EvidenceByEdge } from "../api.ts";
import type { Renderer } from "../render/renderer.ts";
import type { KnowledgeGraph } from "../state/graph.ts";
import { degreeOf, nameIn } from "../state/graph.ts";
import { relationGroups } from "../state/relations.ts";
import type { Store } from "../state/store.ts";
import { entityTimeline } from "../state/timeline.ts";
import { el, swatch } from "./dom.ts";
import { fillEvidence, relationGroupElement } from "./relation-list.ts";
import type { RelationListContext } from "./relation-list.ts";
import { timelineElement } from "./timeline.ts";
import { correctSection, wrongRelationButton } from "./correct.ts";
import type { Search } from "../state/search.ts";
import type { Curation } from "../curation.ts";

interface PanelDeps {
  graph: KnowledgeGraph;
  store: Store;
  renderer: Renderer;
  goTo: (node: string) => void;
  /** The store's digests; empty until the manifest has arrived. */
  digests: () => Digests;
  search: Search;
  curation: Curation;
}

function fact(label: string, ...value: (Node | string)[]): HTMLElement[] {
  return [el("dt", {}, label), el("dd", {}, value)];
}

const wrongRelationFor = (panel: HTMLElement, curation: Curation) => (edge: string) => wrongRelationButton(edge, curation, () => panel.querySelector<HTMLElement>(".correction-status"));

function render(panel: HTMLElement, node: string, evidence: () => EvidenceByEdge | null, deps: PanelDeps): void {
  const { graph, store, renderer, goTo } = deps;
  const a = graph.getNodeAttributes(node);
  const language = store.get().labels;
  const nameOf = (other: string): string => nameIn(graph.getNodeAttributes(other), language);
  const aliases = (a.aliases ?? []).filter((x) => x !== a.name);
  const seen = a.firstSeen || a.lastSeen ? `${a.firstSeen ?? "?"} → ${a.lastSeen ?? "?"}` : "undated";
  const groups = relationGroups(graph, node, renderer.view().visible);
  const pathButton = (end: "from" | "to", text: string): HTMLButtonElement =>
    el("button", { attrs: { type: "button" }, on: { click: () => store.dispatch({ type: "setPathEnd", end, node }) } }, text);
  const color = renderer.colorOf(node);
  const timeline = timelineElement(entityTimeline(graph, node, deps.digests(), renderer.index.span), {
    nameOf,
    color,
    onWeek: (from, to) => store.dispatch({ type: "setDateRange", from, to, mode: "seen" }),
  });
  const ctx: RelationListContext = { graph, node, goTo, nameOf, evidence, digests: deps.digests, wrongRelation: wrongRelationFor(panel, deps.curation) };
  panel.replaceChildren(
    el(
      "header",
      {},
      el("h2", {}, a.name || node),
      el("span", { class: "chip", attrs: { title: "as drawn" } }, swatch(color), a.type),
      el(
        "button",
        { class: "close", attrs: { type: "button", "aria-label": "Close (Escape)" }, on: { click: () => store.dispatch({ type: "select", node: null }) } },
        "×",
      ),
    ),
    el(
      "dl",
      { class: "facts" },
      aliases.length ? fact("Aliases", aliases.join(" · ")) : [],
      fact("Community", swatch(renderer.communities.colorOf(a.community)), a.community === undefined ? "—" : String(a.community)),
      fact("Seen", seen),
      fact("Mentions", `${a.mentions ?? 0} in ${a.docs?.length ?? 0} digests`),
      fact("Degree", String(degreeOf(graph, node))),
    ),
    timeline,
    el("div", { class: "actions" }, pathButton("from", "Path from here"), pathButton("to", "Path to here")),
    correctSection({ graph, search: deps.search, curation: deps.curation, node }),
    el("h3", {}, "Relations"),
    el("p", { class: "hint evidence-status", attrs: { "aria-live": "polite" } }),
    groups.length
      ? el("div", { class: "groups" }, groups.map((g) => relationGroupElement(g, ctx)))
      : el("p", { class: "hint" }, "No relations in the current view."),
  );
  panel.dataset.node = node;
}

export function mountEntityPanel(panel: HTMLElement, deps: PanelDeps): { refresh(): void } {
  panel.setAttribute("data-testid", "entity-panel");
  // The evidence of the entity on show, once it has arrived.
  let loaded: { node: string; evidence: EvidenceByEdge } | null = null;
  const evidenceOf = (node: string) => (): EvidenceByEdge | null => (loaded?.node === node ? loaded.evidence : null);
  const status = (text: string): void => {
    const line = panel.querySelector(".evidence-status");
    if (line) line.textContent = text;
  };
  const context = (node: string): RelationListContext => ({
    graph: deps.graph,
    node,
    goTo: deps.goTo,
    nameOf: (other) => nameIn(deps.graph.getNodeAttributes(other), deps.store.get().labels),
    evidence: evidenceOf(node),
    digests: deps.digests,
    wrongRelation: wrongRelationFor(panel, deps.curation),
  });

  // The strongest relations' evidence first (the server's first page), then the rest, page by page.
  const load = (node: string): void => {
    if (loaded?.node === node) return;
    status("Loading evidence…");
    const { first, all } = fetchEvidence(node);
    const show = (evidence: EvidenceByEdge, done: boolean): void => {
      if (deps.store.get().selected !== node) return; // the person has moved on
      loaded = { node, evidence };
      status(done ? "" : "Loading the evidence of weaker relations…");
      fillEvidence(panel, context(node), evidence);
    };
    first.then((evidence) => show(evidence, false), () => undefined);
    all.then(
      (evidence) => show(evidence, true),
      (err: unknown) => {
        if (wasStopped(err)) return void (loaded?.node === node && (loaded = null)); // a correction took the entity away, or will ask again
        if (deps.store.get().selected === node) status(`Could not load the evidence: ${(err as Error).message}`);
      },
    );
  };
  const update = (): void => {
    const { selected } = deps.store.get();
    panel.hidden = selected === null;
    if (selected === null) {
      delete panel.dataset.node;
      return panel.replaceChildren();
    }
    render(panel, selected, evidenceOf(selected), deps);
    panel.scrollTop = 0;
    load(selected);
  };
  deps.store.subscribe((state, previous) => {
    const looks = state.labels !== previous.labels || state.colorBy !== previous.colorBy;
    // A correction changed the graph: its relations may have moved, and their evidence with them.
    if (state.revision !== previous.revision) loaded = null;
    if (state.selected !== previous.selected || state.filters !== previous.filters || state.revision !== previous.revision || looks) update();
  });
  update();
  return { refresh: update };
}
