// Exports that are what the page shows: the graph area as PNG (sigma's layers and the emphasis
// layers composited as drawn: labels, highlights, the veil), and GEXF (the same writer as `aikg
// export`) of the view, of the selection's neighbourhood (with the newest evidence the panel
// fetched for its relations) or of the whole graph; plus a copy of the shareable link.
import { writeGexf } from "../../src/export/gexf.ts";
import { createGraph } from "../../src/graph/types.ts";
import type { Evidence } from "../../src/types.ts";
import { fetchEvidence } from "../api.ts";
import type { Renderer } from "../render/renderer.ts";
import type { KnowledgeGraph } from "../state/graph.ts";
import type { Store } from "../state/store.ts";
import { el } from "./dom.ts";

const BACKGROUND = "#f7f8fa";

/** The subgraph of these nodes and the edges on screen between them, as a new graph to serialise. */
function subgraph(graph: KnowledgeGraph, renderer: Renderer, keep: (node: string) => boolean): KnowledgeGraph {
  const { visible } = renderer.view();
  const out = createGraph();
  graph.forEachNode((node, a) => {
    if (keep(node) && visible.node(node)) out.addNode(node, a);
  });
  graph.forEachEdge((edge, a, source, target) => {
    if (out.hasNode(source) && out.hasNode(target) && visible.edge(edge)) out.addEdgeWithKey(edge, source, target, a);
  });
  return out;
}

/** The selection, its neighbours on screen and the edges among them; its own carry their newest evidence. */
async function neighbourhood(graph: KnowledgeGraph, renderer: Renderer, node: string): Promise<KnowledgeGraph> {
  const { visible } = renderer.view();
  const around = new Set<string>([node]);
  graph.forEachEdge(node, (edge, _a, source, target) => {
    if (visible.edgeShown(edge)) around.add(source === node ? target : source);
  });
  const out = subgraph(graph, renderer, (n) => around.has(n));
  const evidence = await fetchEvidence(node).all.catch(() => null);
  out.forEachEdge(node, (edge) => {
    const found = evidence?.get(edge)?.evidence ?? [];
    const pieces: Evidence[] = found.map((e) => ({ ...e, span: { start: 0, end: 0 } }));
    out.setEdgeAttribute(edge, "evidence", pieces);
  });
  return out;
}

/**
 * The graph area as drawn: sigma draws synchronously on a refresh that changes nothing, so every
 * WebGL layer still holds that frame when its pixels are copied, in the same task; the 2D layers
 * (labels, the emphasis layers) are drawn in its afterRender, in the same task too.
 */
export function snapshot(renderer: Renderer): HTMLCanvasElement {
  const { sigma } = renderer;
  sigma.refresh({ partialGraph: { nodes: [], edges: [] }, skipIndexation: true });
  const layers = [...sigma.getContainer().querySelectorAll("canvas")];
  const { width, height } = sigma.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const out = el("canvas", { attrs: { width: String(Math.round(width * ratio)), height: String(Math.round(height * ratio)) } });
  const context = out.getContext("2d")!;
  context.fillStyle = BACKGROUND;
  context.fillRect(0, 0, out.width, out.height);
  for (const layer of layers) if (layer.width && layer.height) context.drawImage(layer, 0, 0, out.width, out.height);
  return out;
}

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = el("a", { attrs: { href: url, download: fileName } });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const gexf = (graph: KnowledgeGraph, name: string): void => download(new Blob([writeGexf(graph)], { type: "application/xml" }), name);

export function mountExport(root: HTMLElement, graph: KnowledgeGraph, renderer: Renderer, store: Store): void {
  const status = el("span", { class: "hint", attrs: { "aria-live": "polite" } });
  const button = (text: string, title: string, action: () => unknown): HTMLButtonElement =>
    el("button", { attrs: { type: "button", title }, on: { click: () => void Promise.resolve(action()).catch((err: unknown) => (status.textContent = String(err))) } }, text);
  const selection = button("GEXF: selection", "the selected entity, its neighbours on screen and the relations among them", async () => {
    const { selected } = store.get();
    if (selected !== null) gexf(await neighbourhood(graph, renderer, selected), `aikg-${selected.replace(/[^\w-]+/g, "_").slice(0, 60)}.gexf`);
  });
  root.append(
    button("PNG", "the graph as drawn now", () => snapshot(renderer).toBlob((blob) => blob && download(blob, "aikg-view.png"), "image/png")),
    button("GEXF: view", "the entities and relations the filters keep", () => gexf(subgraph(graph, renderer, () => true), "aikg-view.gexf")),
    selection,
    button("GEXF: all", "the whole graph, whatever the filters", () => gexf(graph, "aikg-graph.gexf")),
    button("Copy link", "the address of this view", () =>
      navigator.clipboard.writeText(location.href).then(
        () => void (status.textContent = "link copied"),
        () => void (status.textContent = "copy the address bar to share this view"),
      ),
    ),
    status,
  );
  const sync = (): void => void (selection.disabled = store.get().selected === null);
  store.subscribe((state, previous) => state.selected !== previous.selected && sync());
  sync();
}
