// The explorer page: fetch the store's graph, read the view from the URL, draw it with sigma and
// mount the panels. Every panel talks to the others only through the store.
import { fetchDigests, fetchGraph } from "./api.ts";
import type { Digests } from "./api.ts";
import { syncUrl } from "./history.ts";
import { el } from "./panels/dom.ts";
import { mountEntityPanel } from "./panels/entity-panel.ts";
import { mountExport } from "./panels/export.ts";
import { mountFilters } from "./panels/filters.ts";
import { mountLegend } from "./panels/legend.ts";
import { mountPathTool } from "./panels/path-tool.ts";
import { mountSearch } from "./panels/search.ts";
import { mountTimeStrip } from "./panels/time-strip.ts";
import { mountZoom } from "./panels/zoom.ts";
import { announceCorrections, mountCorrections } from "./panels/corrections.ts";
import { createCuration } from "./curation.ts";
import { createAliasIndex } from "../src/query/alias-index.ts";
import { createRenderer } from "./render/renderer.ts";
import { dateExtent } from "./state/graph.ts";
import type { KnowledgeGraph } from "./state/graph.ts";
import { createSearch } from "./state/search.ts";
import { createStore } from "./state/store.ts";
import { decodeState } from "./state/url.ts";
import { layoutIfMissing } from "./workers/layout.ts";

const byId = (id: string): HTMLElement => {
  const found = document.getElementById(id);
  if (!found) throw new Error(`the page has no #${id}`);
  return found;
};

function setStatus(text: string): void {
  byId("status").textContent = text;
  byId("status").hidden = !text;
}

function describe(graph: KnowledgeGraph): string {
  const dates = dateExtent(graph);
  return `${graph.order.toLocaleString("en")} entities · ${graph.size.toLocaleString("en")} relations${dates ? ` · ${dates[0]} – ${dates[1]}` : ""}`;
}

async function start(): Promise<void> {
  performance.mark("script-start");
  setStatus("Loading the graph…");
  const manifest = fetchDigests(); // small: digest titles and dates, for the entity panel
  const loaded = await fetchGraph();
  const { graph, version } = loaded;
  const aliasIndex = loaded.aliasIndex ?? createAliasIndex(graph);
  setStatus(graph.order === 0 ? "The store holds no entities yet: run `aikg build <dir>` first." : "");
  const layout = layoutIfMissing(graph, (running) => setStatus(running ? "Laying out the graph…" : ""));
  const hasNode = (id: string): boolean => graph.hasNode(id);
  const store = createStore(decodeState(location.hash, hasNode));
  const renderer = createRenderer(byId("graph"), graph, store);
  performance.mark("renderer-created");
  // sigma drew synchronously in its constructor: the next frame puts the graph on screen
  // (first-render), and the frame after starts once that one has been produced (first-painted:
  // software WebGL rasterises 150,000 edges in between). The panels (search, filter counts) are
  // built after it, so the graph shows first.
  const mark = (name: string): void => void (document.documentElement.dataset[name] = String(Math.round(performance.now())));
  await new Promise<void>((painted) =>
    requestAnimationFrame(() => {
      mark("firstRenderMs");
      requestAnimationFrame(() => {
        mark("firstPaintedMs");
        setTimeout(painted, 0);
      });
    }),
  );

  // The renderer frames a new selection.
  const goTo = (node: string): void => store.dispatch({ type: "select", node });
  byId("stats").textContent = describe(graph);
  store.subscribe((state, previous) => void (state.revision !== previous.revision && (byId("stats").textContent = describe(graph))));
  const search = createSearch(graph, aliasIndex);
  mountSearch(byId("search"), search, goTo);
  // Corrections change this graph in place, and its alias index with it (the search's).
  const curation = createCuration({ graph, aliasIndex, version }, renderer, store);
  let digests: Digests = new Map();
  const panel = mountEntityPanel(byId("entity-panel"), { graph, store, renderer, goTo, digests: () => digests, search, curation });
  void manifest.then((found) => {
    digests = found;
    if (store.get().selected !== null) panel.refresh(); // titles and the time line
  });
  mountFilters(byId("filters"), store, renderer);
  mountZoom(byId("zoom"), renderer, store);
  mountTimeStrip(byId("time-strip"), () => renderer.index, store);
  mountPathTool(byId("path"), { graph, search, store, renderer, goTo });
  mountLegend(byId("legend"), graph, store, renderer);
  mountExport(byId("export"), graph, renderer, store);
  void mountCorrections(byId("corrections"), curation);
  announceCorrections(byId("toast"), curation);
  syncUrl(store, hasNode);
  // Escape closes the entity panel (unless it closed a list of suggestions first).
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && !event.defaultPrevented && store.get().selected !== null) store.dispatch({ type: "select", node: null });
  });
  // For the browser's console and the browser tests: the page's one graph, its renderer and state.
  Object.assign(window, { aikg: { graph, sigma: renderer.sigma, store } });

  const { selected, camera } = store.get();
  // Without a camera in the link, centre the selection once positions have settled.
  if (selected !== null && camera === null) void layout.then(() => renderer.focusOn(selected));
  else if (camera === null && !renderer.view().visible.everything) void layout.then(() => renderer.fitVisible());
  await layout;
  document.documentElement.dataset.readyMs = String(Math.round(performance.now()));
  document.documentElement.dataset.state = "ready";
}

start().catch((err: unknown) => {
  document.documentElement.dataset.state = "error";
  setStatus(`Could not load the graph: ${err instanceof Error ? err.message : String(err)}`);
  byId("graph").append(el("p", { class: "hint" }, "Is `aikg serve` still running?"));
});
